package org.roundtable.oversight.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.roundtable.oversight.ReviewDecision;
import org.roundtable.oversight.ReviewEvents.ReviewEvaluated;
import org.roundtable.oversight.ReviewId;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundCommands.RequestConsultation;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.RuleView;

class WhenReviewAsksRenegotiationThenRequestRoundTest {

    static final RuleId RULE = RuleId.of("rule-1");
    static final PlatformId PLATFORM = PlatformId.of("pf-1");
    static final PersonId REP = PersonId.of("rep-1");
    static final RoundId ROUND = RoundId.of("rnd-review");

    CommandGateway commands = mock(CommandGateway.class);
    QueryGateway queries = mock(QueryGateway.class);
    WhenReviewAsksRenegotiationThenRequestRound reaction;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        RuleView rule = new RuleView(RULE, PLATFORM, "Pay per order", RuleCategory.PRICING_AND_PAY, 2, List.of(),
                "", LocalDate.of(2026, 3, 6), List.of());
        when(queries.query(any(FindRule.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(rule)));
        reaction = new WhenReviewAsksRenegotiationThenRequestRound(commands, queries);
    }

    static ReviewEvaluated evaluated(ReviewDecision decision, String reasons, RoundId round) {
        return new ReviewEvaluated(ReviewId.of(RULE, 2), RULE, 2, 1, "2026", decision, reasons, PLATFORM, round, REP);
    }

    @Test
    void aRenegotiationFilesAWrittenRequestForANewRound() {
        reaction.on(evaluated(ReviewDecision.RENEGOTIATE, "Pay below the floor.", ROUND));

        ArgumentCaptor<RequestConsultation> sent = ArgumentCaptor.forClass(RequestConsultation.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().roundId()).isEqualTo(ROUND);
        assertThat(sent.getValue().platformId()).isEqualTo(PLATFORM);
        assertThat(sent.getValue().topic()).isEqualTo("Review of Pay per order v2");
        assertThat(sent.getValue().request()).contains("Pay below the floor.").contains("2026");
        assertThat(sent.getValue().requestedBy()).isEqualTo(REP);
    }

    @Test
    void keepingTheRuleRequestsNothing() {
        reaction.on(evaluated(ReviewDecision.KEEP, null, null));

        verify(commands, never()).sendAndWait(any());
    }
}
