package org.roundtable.round.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reason in words: to suspend talks, or to send a round back to negotiation. */
public class ReasonForm {

    @NotBlank
    @Size(max = 5_000)
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
