package org.roundtable.publication.web;

import java.time.Instant;
import java.util.List;
import org.roundtable.publication.query.PublishedOutcomeView;

/**
 * A feed of published outcomes as both formats write it: the ids are tag: URIs that never change,
 * the links are absolute.
 *
 * @param id      the feed's tag: URI
 * @param self    the feed's own address
 * @param home    the public site the feed belongs to
 * @param updated the newest entry's time, or when the platform was registered for an empty feed
 */
record OutcomeFeed(String id, String title, String subtitle, String self, String home, Instant updated,
                   List<Entry> entries) {

    /** One outcome: {@code link} is its public round page. */
    record Entry(String id, String title, String link, Instant updated, String summary, String category,
                 String author, PublishedOutcomeView outcome) {
    }

    /** Builds a feed of these outcomes, newest first, with ids minted under the tagging entity. */
    static OutcomeFeed of(String tagAuthority, String feedName, String title, String subtitle, String base, String self,
                          Instant emptySince, List<PublishedOutcomeView> outcomes) {
        String tag = "tag:" + tagAuthority + ":";
        List<Entry> entries = outcomes.stream()
                .map(outcome -> new Entry(tag + "outcome:" + outcome.roundId(), outcome.title(),
                        base + "/rounds/" + outcome.roundId(), outcome.publishedAt(), outcome.summary(),
                        outcome.outcome().name().toLowerCase().replace('_', '-'), outcome.platformName(), outcome))
                .toList();
        Instant updated = entries.isEmpty() ? emptySince : entries.get(0).updated();
        return new OutcomeFeed(tag + feedName, title, subtitle, self, base + "/", updated, entries);
    }
}
