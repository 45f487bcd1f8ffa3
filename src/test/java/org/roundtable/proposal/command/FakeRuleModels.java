package org.roundtable.proposal.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.RuleModel;
import org.roundtable.rule.RuleModels;

/** The models of the rules a test knows; every other rule has none. */
final class FakeRuleModels implements RuleModels {

    private final Map<RuleId, RuleModel> models = new HashMap<>();

    FakeRuleModels with(RuleModel model) {
        models.put(model.ruleId(), model);
        return this;
    }

    @Override
    public Optional<RuleModel> current(RuleId ruleId) {
        return Optional.ofNullable(models.get(ruleId));
    }
}
