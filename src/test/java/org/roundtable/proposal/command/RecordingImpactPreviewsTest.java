package org.roundtable.proposal.command;

import static org.hamcrest.Matchers.containsString;
import static org.roundtable.proposal.command.ProposalSamples.DISPATCH;
import static org.roundtable.proposal.command.ProposalSamples.HR;
import static org.roundtable.proposal.command.ProposalSamples.PLATFORM;
import static org.roundtable.proposal.command.ProposalSamples.PRICING;
import static org.roundtable.proposal.command.ProposalSamples.PROPOSAL;
import static org.roundtable.proposal.command.ProposalSamples.ROUND;
import static org.roundtable.proposal.command.ProposalSamples.drafted;
import static org.roundtable.proposal.command.ProposalSamples.locked;
import static org.roundtable.proposal.command.ProposalSamples.placed;
import static org.roundtable.proposal.command.ProposalSamples.submitted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.preview.ImpactPreview;
import org.roundtable.preview.OrderSample;
import org.roundtable.preview.PreviewSettings;
import org.roundtable.preview.RecordedImpact;
import org.roundtable.preview.RuleKind;
import org.roundtable.preview.Weather;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalCommands.RecordImpactPreview;
import org.roundtable.proposal.ProposalEvents.ImpactPreviewRecorded;
import org.roundtable.proposal.ProposalEvents.ProposalRevised;
import org.roundtable.proposal.ProposalEvents.ProposalUnlockedAfterVote;
import org.roundtable.proposal.ProposalEvents.ProposalWithdrawn;
import org.roundtable.proposal.RevisionDelta;
import org.roundtable.rule.RuleId;
import org.roundtable.shared.DomainException;

/** Impact previews are recorded with the revision they were computed for, by the proposal's own platform. */
class RecordingImpactPreviewsTest {

    static final PersonId REP = PersonId.of("p-rep");
    static final RecordedImpact IMPACT = impact();

    private AggregateTestFixture<ProposalAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProposalAggregate.class);
        fixture.registerInjectableResource(new FakeRuleModels());
    }

    @Test
    void aWorkerRepresentativeRecordsAPreviewOfTheCurrentRevision() {
        fixture.given(drafted(), submitted(), placed(ROUND))
                .when(record(1, PRICING, PLATFORM, REP))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ImpactPreviewRecorded(PROPOSAL, 1, PRICING, 3, IMPACT, REP));
    }

    @Test
    void aPreviewOfALaterRevisionIsRecordedWithThatRevision() {
        ParameterChange cheaper = new ParameterChange(PRICING, "per km", "1.0", "1.1", "CNY/km");
        fixture.given(drafted(), submitted(), new ProposalRevised(PROPOSAL, 2, List.of(ProposalSamples.BASE_FARE,
                        cheaper), List.of(new RevisionDelta(PRICING, "per km", "1.2", "1.1")), "halfway", null, HR))
                .when(record(2, PRICING, PLATFORM, HR))
                .expectEvents(new ImpactPreviewRecorded(PROPOSAL, 2, PRICING, 3, IMPACT, HR));
    }

    @Test
    void refusesAPreviewFromAnotherPlatform() {
        fixture.given(drafted(), submitted())
                .when(record(1, PRICING, PlatformId.of("pf-other"), REP))
                .expectException(DomainException.NotAllowed.class)
                .expectExceptionMessage(containsString("platform pf-fastfood"))
                .expectNoEvents();
        fixture.given(drafted(), submitted())
                .when(record(1, PRICING, null, PersonId.of("p-convener")))
                .expectException(DomainException.NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void refusesAPreviewComputedForAnEarlierRevision() {
        fixture.given(drafted(), submitted(), new ProposalRevised(PROPOSAL, 2, List.of(ProposalSamples.BASE_FARE),
                        List.of(new RevisionDelta(PRICING, "per km", "1.2", null)), "simpler", null, HR))
                .when(record(1, PRICING, PLATFORM, REP))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("computed for revision 1 of proposal prop-1, but the"
                        + " proposal stands at revision 2"))
                .expectNoEvents();
    }

    @Test
    void refusesAPreviewOfARuleTheRevisionDoesNotChange() {
        fixture.given(drafted(), submitted())
                .when(record(1, DISPATCH, PLATFORM, REP))
                .expectException(DomainException.Invalid.class)
                .expectExceptionMessage(containsString("does not change rule rule-dispatch"))
                .expectNoEvents();
    }

    @Test
    void refusesAPreviewOfADraft() {
        fixture.given(drafted())
                .when(record(1, PRICING, PLATFORM, HR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("still a draft"))
                .expectNoEvents();
    }

    @Test
    void refusesAPreviewOfAWithdrawnProposal() {
        fixture.given(drafted(), submitted(), new ProposalWithdrawn(PROPOSAL, "Not needed", HR, null))
                .when(record(1, PRICING, PLATFORM, REP))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("withdrawn"))
                .expectNoEvents();
    }

    @Test
    void refusesAPreviewOnceVotingHasOpenedAndAfterTheProposalIsAdopted() {
        // an adopted proposal stays locked for the vote that adopted it: only a failed vote unlocks it
        fixture.given(drafted(), submitted(), placed(ROUND), locked(ROUND))
                .when(record(1, PRICING, PLATFORM, REP))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("the text is final"))
                .expectNoEvents();
    }

    @Test
    void aPreviewMayBeRecordedAgainOnceAFailedVoteUnlocksTheProposal() {
        fixture.given(drafted(), submitted(), placed(ROUND), locked(ROUND),
                        new ProposalUnlockedAfterVote(PROPOSAL, ROUND))
                .when(record(1, PRICING, PLATFORM, REP))
                .expectEvents(new ImpactPreviewRecorded(PROPOSAL, 1, PRICING, 3, IMPACT, REP));
    }

    private static RecordImpactPreview record(int revision, RuleId rule, PlatformId platform, PersonId by) {
        return new RecordImpactPreview(PROPOSAL, revision, rule, 3, IMPACT, platform, by);
    }

    /** A preview of three orders, a base fare raised from 3.00 to 3.50. */
    static RecordedImpact impact() {
        Map<String, String> before = Map.of("base_fare", "3", "per_km", "1.2", "per_minute", "0.1",
                "commission_rate", "20%");
        Map<String, String> after = Map.of("base_fare", "3.5", "per_km", "1.2", "per_minute", "0.1",
                "commission_rate", "20%");
        OrderSample orders = OrderSample.builder().add(2, 20, 12, Weather.CLEAR, false)
                .add(4, 30, 19, Weather.RAIN, true).add(1, 12, 23, Weather.CLOUDY, false).build();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest("three orders".getBytes(StandardCharsets.UTF_8));
            return RecordedImpact.of(ImpactPreview.compute(RuleKind.PRICING, before, after, orders,
                    PreviewSettings.defaults()), digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
