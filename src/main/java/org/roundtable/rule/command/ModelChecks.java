package org.roundtable.rule.command;

import org.roundtable.preview.EvaluableRule;
import org.roundtable.preview.RuleKind;
import org.roundtable.rule.RuleCommands.RegisterRule;
import org.roundtable.rule.RuleModel;
import org.roundtable.shared.DomainException;

/** What registering a rule with a kind must satisfy: the kind fits the category, the model takes the parameters. */
final class ModelChecks {

    private ModelChecks() {
    }

    /** Checks a registration with a kind and answers the summary generated from its parameters. */
    static String registered(RegisterRule command) {
        RuleKind kind = command.kind();
        if (command.category().modelKind() != kind) {
            RuleKind fitting = command.category().modelKind();
            throw new DomainException.Invalid("A rule of category " + command.category() + " cannot be of kind "
                    + kind + (fitting == null ? "; rules of this category have no model yet, so leave the kind out."
                    : "; its kind is " + fitting + "."));
        }
        if (command.summary() != null && !command.summary().isBlank()) {
            throw new DomainException.Invalid("A " + kind + " rule is described by its parameters: leave the summary"
                    + " out, it is generated from them so that the words and the numbers never disagree.");
        }
        return EvaluableRule.of(kind, RuleModel.values(command.parameters())).summary().en();
    }
}
