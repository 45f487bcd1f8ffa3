package org.roundtable.round.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.roundtable.platform.ElectorateKind;

/** The convener opens a round on a submitted proposal; times are typed in the readers' time zone. */
public class OpenRoundForm {

    @NotBlank
    @Size(max = 64)
    private String proposalId = "";
    @NotNull
    private ElectorateKind electorateKind = ElectorateKind.REPRESENTATIVES;
    @NotBlank
    private String commentStartsAt = "";
    @NotBlank
    private String commentEndsAt = "";

    public String getProposalId() {
        return proposalId;
    }

    public void setProposalId(String proposalId) {
        this.proposalId = proposalId;
    }

    public ElectorateKind getElectorateKind() {
        return electorateKind;
    }

    public void setElectorateKind(ElectorateKind electorateKind) {
        this.electorateKind = electorateKind;
    }

    public String getCommentStartsAt() {
        return commentStartsAt;
    }

    public void setCommentStartsAt(String commentStartsAt) {
        this.commentStartsAt = commentStartsAt;
    }

    public String getCommentEndsAt() {
        return commentEndsAt;
    }

    public void setCommentEndsAt(String commentEndsAt) {
        this.commentEndsAt = commentEndsAt;
    }
}
