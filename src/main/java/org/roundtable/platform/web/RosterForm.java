package org.roundtable.platform.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The convener's form to put a person on a platform's roster; the side follows from the person's
 * role (a representative sits on the workers' side, HR on the platform's).
 */
public class RosterForm {

    @NotBlank
    @Size(max = 64)
    private String personId = "";
    private boolean chief;

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public boolean isChief() {
        return chief;
    }

    public void setChief(boolean chief) {
        this.chief = chief;
    }
}
