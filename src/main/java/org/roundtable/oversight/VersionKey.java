package org.roundtable.oversight;

import org.roundtable.rule.RuleId;

/**
 * The shape shared by the ids of one rule version: a rule id, ":v", the version number, and a
 * suffix that keeps aggregates of different kinds apart in the one event store.
 */
final class VersionKey {

    private VersionKey() {
    }

    static String of(RuleId ruleId, int version, String suffix) {
        if (ruleId == null || version < 1) {
            throw new IllegalArgumentException("a rule id and a version of at least 1 are required");
        }
        return ruleId.value() + ":v" + version + suffix;
    }

    static void require(String value, String suffix, String what) {
        if (value == null || !value.matches("[A-Za-z0-9._-]{1,64}:v[1-9][0-9]{0,8}" + suffix)) {
            throw new IllegalArgumentException(what + " must look like '<rule id>:v<version>" + suffix
                    + "', e.g. 'rule-1:v2" + suffix + "'");
        }
    }
}
