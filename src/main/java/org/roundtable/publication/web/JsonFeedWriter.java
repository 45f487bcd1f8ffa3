package org.roundtable.publication.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.publication.query.PublishedOutcomeView;

/**
 * An {@link OutcomeFeed} in the shape of JSON Feed 1.1 (https://jsonfeed.org/version/1.1); the
 * figures of each outcome travel in the {@code _roundtable} extension for programs that count.
 */
final class JsonFeedWriter {

    static final String MEDIA_TYPE = "application/feed+json";
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeedWriter() {
    }

    static Map<String, Object> write(OutcomeFeed feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", VERSION);
        json.put("title", feed.title());
        json.put("description", feed.subtitle());
        json.put("home_page_url", feed.home());
        json.put("feed_url", feed.self());
        json.put("language", "en");
        json.put("authors", List.of(Map.of("name", "Roundtable")));
        json.put("items", feed.entries().stream().map(JsonFeedWriter::item).toList());
        return json;
    }

    private static Map<String, Object> item(OutcomeFeed.Entry entry) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", entry.id());
        item.put("url", entry.link());
        item.put("title", entry.title());
        item.put("content_text", entry.summary());
        item.put("summary", entry.summary());
        item.put("date_published", AtomFeedWriter.time(entry.updated()));
        item.put("date_modified", AtomFeedWriter.time(entry.updated()));
        item.put("authors", List.of(Map.of("name", entry.author())));
        item.put("tags", List.of(entry.category()));
        item.put("_roundtable", figures(entry.outcome()));
        return item;
    }

    private static Map<String, Object> figures(PublishedOutcomeView outcome) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("round_id", outcome.roundId().value());
        figures.put("platform_id", outcome.platformId().value());
        figures.put("proposal_id", outcome.proposalId().value());
        figures.put("outcome", outcome.outcome().name());
        figures.put("electorate", outcome.tally().electorate());
        figures.put("ballots", outcome.tally().ballots());
        figures.put("for", outcome.tally().forVotes());
        figures.put("against", outcome.tally().against());
        figures.put("abstain", outcome.tally().abstain());
        figures.put("revision", outcome.revision());
        figures.put("changes", outcome.changes());
        figures.put("effective_date", outcome.effectiveDate() == null ? null : outcome.effectiveDate().toString());
        return figures;
    }
}
