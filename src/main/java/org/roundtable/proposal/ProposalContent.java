package org.roundtable.proposal;

import java.time.LocalDate;
import java.util.List;
import org.roundtable.rule.RuleCategory;

/** What a proposal says: the typed change to algorithm rules, with its reasons. */
public record ProposalContent(String title, RuleCategory category, List<ParameterChange> changes, String rationale,
                              String expectedImpact, LocalDate effectiveDate) {

    public ProposalContent {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("a proposal needs a title of 1 to 200 characters");
        }
        if (category == null) {
            throw new IllegalArgumentException("a proposal needs a category");
        }
        if (changes == null || changes.isEmpty()) {
            throw new IllegalArgumentException("a proposal needs at least one parameter change");
        }
        if (changes.size() > 100) {
            throw new IllegalArgumentException("a proposal may change at most 100 parameters");
        }
        changes = List.copyOf(changes);
        if (rationale == null || rationale.isBlank() || rationale.length() > 10_000) {
            throw new IllegalArgumentException("a proposal needs a rationale of 1 to 10000 characters");
        }
        if (expectedImpact == null || expectedImpact.isBlank() || expectedImpact.length() > 10_000) {
            throw new IllegalArgumentException("a proposal needs an expected impact on workers of 1 to 10000 characters");
        }
        if (effectiveDate == null) {
            throw new IllegalArgumentException("a proposal needs a proposed effective date");
        }
    }
}
