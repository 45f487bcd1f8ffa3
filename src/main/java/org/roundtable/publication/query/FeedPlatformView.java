package org.roundtable.publication.query;

import java.time.Instant;
import org.roundtable.platform.PlatformId;

/** A platform as its feed names it. */
public record FeedPlatformView(PlatformId id, String name, Instant registeredAt) {
}
