package org.roundtable.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.round.Outcome;
import org.roundtable.round.Tally;
import org.roundtable.rule.RuleId;

class OutcomeWordsTest {

    private static final List<ParameterChange> CHANGES = List.of(
            new ParameterChange(RuleId.of("rule-1"), "storm_surcharge", "1.0", "2.5", "CNY"),
            new ParameterChange(RuleId.of("rule-1"), "max_hours", "10", "8", ""));

    @Test
    void anAdoptedOutcomeSaysWhatChangesAndFromWhen() {
        assertThat(OutcomeWords.summary(Outcome.ADOPTED, new Tally(3, 2, 0, 1), 2, CHANGES, LocalDate.of(2026, 3, 1)))
                .isEqualTo("Adopted. Of 3 voters, 3 took part: 2 for, none against, 1 abstained. The text voted on"
                        + " was revision 2. Changes: storm_surcharge from 1.0 to 2.5 CNY; max_hours from 10 to 8."
                        + " In force from 2026-03-01.");
    }

    @Test
    void withoutAQuorumNothingChanges() {
        assertThat(OutcomeWords.summary(Outcome.NO_QUORUM, new Tally(10, 3, 1, 0), 1, CHANGES, LocalDate.of(2026, 3, 1)))
                .isEqualTo("No quorum: too few voters took part for the vote to count. Of 10 voters, 4 took part:"
                        + " 3 for, 1 against, none abstained. The text voted on was revision 1."
                        + " The proposed changes do not take effect.");
        assertThat(OutcomeWords.title(Outcome.NO_QUORUM, "Shorter days")).isEqualTo("No quorum: Shorter days");
    }

    @Test
    void oneVoterIsOneVoter() {
        assertThat(OutcomeWords.tally(new Tally(1, 1, 0, 0))).isEqualTo("Of 1 voter, 1 took part: 1 for, none against,"
                + " none abstained.");
    }
}
