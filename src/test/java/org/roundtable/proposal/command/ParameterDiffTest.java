package org.roundtable.proposal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.roundtable.proposal.command.ProposalSamples.BASE_FARE;
import static org.roundtable.proposal.command.ProposalSamples.DISPATCH;
import static org.roundtable.proposal.command.ProposalSamples.PER_KM;
import static org.roundtable.proposal.command.ProposalSamples.PRICING;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.RevisionDelta;
import org.roundtable.shared.DomainException;

/** How a revision's changes merge into the current diff, and the delta it reports. */
class ParameterDiffTest {

    private final ParameterDiff current = new ParameterDiff(List.of(BASE_FARE, PER_KM));

    @Test
    void replacesTheLineOfTheSameRuleAndParameterInPlace() {
        ParameterChange higher = new ParameterChange(PRICING, "base fare", "3.5", "4.5", "CNY");

        ParameterDiff.Revised revised = current.revise(List.of(higher));

        assertThat(revised.lines()).containsExactly(higher, PER_KM);
        assertThat(revised.delta()).containsExactly(new RevisionDelta(PRICING, "base fare", "4.0", "4.5"));
    }

    @Test
    void addsALineForAParameterNotInTheDiffWithNoValueBefore() {
        ParameterChange radius = new ParameterChange(DISPATCH, "radius", "5", "3", "km");

        ParameterDiff.Revised revised = current.revise(List.of(radius));

        assertThat(revised.lines()).containsExactly(BASE_FARE, PER_KM, radius);
        assertThat(revised.delta()).containsExactly(new RevisionDelta(DISPATCH, "radius", null, "3"));
    }

    @Test
    void treatsTheSameParameterNameOfAnotherRuleAsAnotherLine() {
        ParameterChange dispatchBaseFare = new ParameterChange(DISPATCH, "base fare", "3.5", "4.0", "CNY");

        ParameterDiff.Revised revised = current.revise(List.of(dispatchBaseFare));

        assertThat(revised.lines()).containsExactly(BASE_FARE, PER_KM, dispatchBaseFare);
        assertThat(revised.delta()).containsExactly(new RevisionDelta(DISPATCH, "base fare", null, "4.0"));
    }

    @Test
    void leavesLinesRepeatedUnchangedOutOfTheDelta() {
        ParameterChange cheaperKm = new ParameterChange(PRICING, "per km", "1.0", "1.1", "CNY/km");

        ParameterDiff.Revised revised = current.revise(List.of(BASE_FARE, cheaperKm));

        assertThat(revised.lines()).containsExactly(BASE_FARE, cheaperKm);
        assertThat(revised.delta()).containsExactly(new RevisionDelta(PRICING, "per km", "1.2", "1.1"));
    }

    @Test
    void changesNothingWhenEveryLineIsRepeatedAsItIs() {
        ParameterDiff.Revised revised = current.revise(List.of(PER_KM, BASE_FARE));

        assertThat(revised.changesNothing()).isTrue();
        assertThat(revised.lines()).containsExactly(BASE_FARE, PER_KM);
    }

    @Test
    void countsACorrectedUnitAsAChangedLine() {
        ParameterChange perOrder = new ParameterChange(PRICING, "base fare", "3.5", "4.0", "CNY/order");

        ParameterDiff.Revised revised = current.revise(List.of(perOrder));

        assertThat(revised.changesNothing()).isFalse();
        assertThat(revised.delta()).containsExactly(new RevisionDelta(PRICING, "base fare", "4.0", "4.0"));
    }

    @Test
    void refusesARevisionThatNamesALineTwice() {
        assertThatThrownBy(() -> current.revise(List.of(PER_KM, PER_KM)))
                .isInstanceOf(DomainException.Invalid.class)
                .hasMessageContaining("per km");
    }

    @Test
    void refusesToGrowBeyondAHundredLines() {
        List<ParameterChange> many = IntStream.range(0, 99)
                .mapToObj(i -> new ParameterChange(DISPATCH, "p" + i, "1", "2", ""))
                .toList();

        assertThatThrownBy(() -> current.revise(many))
                .isInstanceOf(DomainException.Invalid.class)
                .hasMessageContaining("101");
    }
}
