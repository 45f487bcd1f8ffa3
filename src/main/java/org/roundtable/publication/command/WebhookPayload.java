package org.roundtable.publication.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.Outcome;
import org.roundtable.round.Phase;
import org.roundtable.round.Tally;

/**
 * The JSON body of one webhook delivery. {@code deliveryId} repeats the {@code X-Roundtable-Delivery}
 * header; {@code type} the {@code X-Roundtable-Event} header; {@code outcome} is present only for
 * {@code OutcomePublished}; {@code roundUrl} only when Roundtable knows its public address.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookPayload(String deliveryId, String type, String eventId, Instant occurredAt, String platformId,
                      String roundId, Phase phase, String roundPath, String roundUrl, PublishedOutcome outcome) {

    /** A published outcome with its tally, in figures and in words. */
    record PublishedOutcome(Outcome result, String summary, Tally tally, ProposalId proposalId, int revision,
                            List<ParameterChange> changes, LocalDate effectiveDate, Instant publishedAt) {
    }
}
