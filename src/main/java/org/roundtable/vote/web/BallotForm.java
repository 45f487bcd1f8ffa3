package org.roundtable.vote.web;

import jakarta.validation.constraints.NotNull;
import org.roundtable.vote.Choice;

/** The one field of the ballot screen. */
public class BallotForm {

    @NotNull
    private Choice choice;

    public Choice getChoice() {
        return choice;
    }

    public void setChoice(Choice choice) {
        this.choice = choice;
    }
}
