package org.roundtable.round.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An opinion on the proposal: what the person says, and optionally which parameter it is about. */
public class OpinionForm {

    @NotBlank
    @Size(max = 5_000)
    private String text = "";
    @Size(max = 100)
    private String parameter = "";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getParameter() {
        return parameter;
    }

    public void setParameter(String parameter) {
        this.parameter = parameter;
    }
}
