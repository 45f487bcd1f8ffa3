package org.roundtable.rule.command;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundEvents.OutcomePublished;
import org.roundtable.round.RoundId;
import org.roundtable.round.Tally;
import org.roundtable.rule.RuleCommands.AdoptRuleVersion;
import org.roundtable.rule.RuleId;

/** A published, adopted outcome makes a new version of every rule it changes. */
class WhenOutcomePublishedThenAdoptRuleVersionsTest {

    private static final RoundId ROUND = RoundId.of("round-1");
    private static final RuleId PRICING = RuleId.of("rule-pricing");
    private static final RuleId DISPATCH = RuleId.of("rule-dispatch");
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 1);
    private static final ParameterChange FARE = new ParameterChange(PRICING, "base fare", "3.5", "4.0", "CNY");
    private static final ParameterChange RADIUS = new ParameterChange(DISPATCH, "radius", "5", "3", "km");
    private static final ParameterChange PER_KM = new ParameterChange(PRICING, "per km", "1.0", "1.2", "CNY/km");

    private CommandGateway gateway;

    @BeforeEach
    void setUp() {
        gateway = mock(CommandGateway.class);
        when(gateway.send(any())).thenReturn(CompletableFuture.completedFuture(null));
    }

    @Test
    void adoptsOneVersionPerRuleWithTheChangesOfThatRule() {
        new WhenOutcomePublishedThenAdoptRuleVersions(gateway).on(published(Outcome.ADOPTED));

        verify(gateway).send(new AdoptRuleVersion(PRICING, ROUND, List.of(FARE, PER_KM), EFFECTIVE));
        verify(gateway).send(new AdoptRuleVersion(DISPATCH, ROUND, List.of(RADIUS), EFFECTIVE));
        verifyNoMoreInteractions(gateway);
    }

    @Test
    void leavesRulesAsTheyAreWhenTheOutcomeIsNotAdopted() {
        new WhenOutcomePublishedThenAdoptRuleVersions(gateway).on(published(Outcome.REJECTED));
        new WhenOutcomePublishedThenAdoptRuleVersions(gateway).on(published(Outcome.NO_QUORUM));

        verifyNoInteractions(gateway);
    }

    private static OutcomePublished published(Outcome outcome) {
        return new OutcomePublished(ROUND, PlatformId.of("pf-1"), ProposalId.of("prop-1"), outcome,
                new Tally(9, 6, 1, 1), 2, List.of(FARE, RADIUS, PER_KM), EFFECTIVE, PersonId.of("p-convener"),
                Instant.parse("2026-02-01T10:00:00Z"));
    }
}
