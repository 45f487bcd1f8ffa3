package org.roundtable.round.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.roundtable.round.OpinionAnswer;

/** Platform HR's public answer to one opinion; a reason is needed unless it is adopted in full. */
public class AnswerForm {

    @NotNull
    private OpinionAnswer answer;
    @Size(max = 5_000)
    private String reason = "";

    public OpinionAnswer getAnswer() {
        return answer;
    }

    public void setAnswer(OpinionAnswer answer) {
        this.answer = answer;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
