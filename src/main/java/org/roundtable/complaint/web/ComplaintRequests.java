package org.roundtable.complaint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.roundtable.complaint.ComplaintOutcome;
import org.roundtable.complaint.DecisionKind;
import org.roundtable.complaint.DecisionMaking;

/** The bodies of the complaint requests; who acts is never among their fields. */
final class ComplaintRequests {

    private ComplaintRequests() {
    }

    /** {@code decisionMaking} may be left out when the worker does not know (NOT_KNOWN). */
    record NewComplaint(@NotBlank String platformId, @NotBlank String ruleId, @NotNull DecisionKind decisionKind,
                        @NotNull LocalDate decisionDate, DecisionMaking decisionMaking,
                        @NotBlank @Size(max = 5000) String text) {
    }

    record Answer(@NotNull ComplaintOutcome outcome, @NotNull DecisionMaking decisionMaking,
                  @NotBlank @Size(max = 5000) String explanation) {
    }

    record HumanReview(@NotNull ComplaintOutcome result, @NotBlank @Size(max = 5000) String explanation) {
    }

    record Dispute(@NotBlank @Size(max = 2000) String reason) {
    }

    record UnionFollowUp(@NotBlank @Size(max = 5000) String note) {
    }

    record Withdrawal(@Size(max = 2000) String reason) {
    }
}
