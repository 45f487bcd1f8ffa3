package org.roundtable.publication.query;

import org.roundtable.platform.PlatformId;

/** The questions the outcome feeds ask. */
public final class FeedQueries {

    private FeedQueries() {
    }

    /**
     * The newest published outcomes, newest first, as {@link PublishedOutcomeView}s; of one platform,
     * or of all when {@code platformId} is null.
     */
    public record FindPublishedOutcomes(PlatformId platformId, int limit) {

        public FindPublishedOutcomes {
            if (limit < 1 || limit > 500) {
                throw new IllegalArgumentException("ask for 1 to 500 outcomes");
            }
        }
    }

    /** A platform as a {@link FeedPlatformView}; answers null when no such platform is registered. */
    public record FindFeedPlatform(PlatformId platformId) {
    }
}
