package org.roundtable.proposal.query;

import org.roundtable.platform.PlatformId;

/** The proposals of one platform, or of every platform when {@code platformId} is null, newest first. */
public record FindProposals(PlatformId platformId) {
}
