package org.roundtable.oversight.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.roundtable.oversight.FilingCommands.OpenFiling;
import org.roundtable.oversight.FilingId;
import org.roundtable.oversight.OversightSettings;
import org.roundtable.oversight.ReviewCommands.ScheduleReviews;
import org.roundtable.oversight.ReviewId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleEvents.RuleVersionAdopted;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.query.FindRule;

class WhenRuleVersionAdoptedThenOpenFilingTest {

    static final RuleId RULE = RuleId.of("rule-1");

    CommandGateway commands = mock(CommandGateway.class);
    QueryGateway queries = mock(QueryGateway.class);

    @Test
    @SuppressWarnings("unchecked")
    void opensAFilingDueAfterTheWorkingDaysAndSchedulesTheFirstReview() {
        when(queries.query(any(FindRule.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.empty()));
        WhenRuleVersionAdoptedThenOpenFiling reaction = new WhenRuleVersionAdoptedThenOpenFiling(commands, queries,
                new OversightSettings(3, Period.ofMonths(12)));
        // Adopted on Thursday 2026-03-05 (China time): 3 working days are Fri, Mon, Tue.
        Instant adoptedAt = LocalDate.of(2026, 3, 5).atTime(15, 0).atZone(OversightSettings.ZONE).toInstant();

        reaction.on(new RuleVersionAdopted(RULE, 2, List.of(), "", LocalDate.of(2026, 3, 10), RoundId.of("rnd-1")),
                adoptedAt);

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, times(2)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues().get(0)).isEqualTo(new OpenFiling(FilingId.of(RULE, 2), RULE, 2, null,
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 10)));
        assertThat(sent.getAllValues().get(1)).isEqualTo(new ScheduleReviews(ReviewId.of(RULE, 2), RULE, 2, null,
                LocalDate.of(2027, 3, 5)));
    }
}
