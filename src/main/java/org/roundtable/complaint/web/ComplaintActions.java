package org.roundtable.complaint.web;

import org.roundtable.complaint.ComplaintOutcome;
import org.roundtable.complaint.DecisionMaking;
import org.roundtable.complaint.query.ComplaintView;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;

/**
 * What the reader of a complaint's page may do with it now, to offer only the steps that can
 * succeed. The aggregate still decides; this mirrors its rules (docs/complaints.md).
 */
public record ComplaintActions(boolean filer, boolean answer, boolean requestHumanReview, boolean recordHumanReview,
                               boolean dispute, boolean followUp, boolean withdraw) {

    static ComplaintActions of(Actor actor, ComplaintView complaint) {
        boolean open = complaint.withdrawal() == null;
        boolean filer = complaint.workerId().equals(actor.id());
        boolean hr = actor.has(Role.PLATFORM_HR) && actor.belongsTo(complaint.platformId());
        ComplaintView.Answer answer = complaint.answer();
        ComplaintView.HumanReview review = complaint.humanReview();
        boolean reviewable = answer != null && answer.outcome() == ComplaintOutcome.NOT_UPHELD
                && answer.decisionMaking() == DecisionMaking.ALGORITHM_ALONE && review == null;
        return new ComplaintActions(filer,
                hr && open && answer == null,
                filer && open && reviewable,
                hr && open && review != null && review.result() == null,
                filer && open && answer != null && complaint.outcome() != ComplaintOutcome.UPHELD
                        && complaint.escalation() == null,
                actor.has(Role.CONVENER) && open && complaint.escalation() != null,
                filer && open);
    }

    public boolean any() {
        return answer || requestHumanReview || recordHumanReview || dispute || followUp || withdraw;
    }
}
