package org.roundtable.round.web;

import jakarta.validation.constraints.NotBlank;

/** The convener opens voting until a time typed in the readers' time zone. */
public class VotingForm {

    @NotBlank
    private String closesAt = "";

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }
}
