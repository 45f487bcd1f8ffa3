package org.roundtable.rule;

import java.util.Optional;

/**
 * The models of registered rules as the write side sees them, in the caller's transaction: the
 * kind and the current parameters of every rule that has a kind. A rule without a kind (a
 * free-form rule, or one registered before rules had kinds) has no model.
 */
public interface RuleModels {

    Optional<RuleModel> current(RuleId ruleId);
}
