package org.roundtable.rule.query;

import org.roundtable.platform.PlatformId;

/** The rules of one platform, or of every platform when {@code platformId} is null, by name. */
public record FindRules(PlatformId platformId) {
}
