package org.roundtable.publication.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.platform.PlatformId;
import org.roundtable.publication.PublicationSettings;
import org.roundtable.publication.query.FeedPlatformView;
import org.roundtable.publication.query.FeedQueries.FindFeedPlatform;
import org.roundtable.publication.query.FeedQueries.FindPublishedOutcomes;
import org.roundtable.publication.query.PublishedOutcomeView;
import org.roundtable.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Published outcomes as Atom and JSON feeds, overall and per platform, newest first. Public; feed
 * readers may poll with {@code If-None-Match} and get 304 while nothing new is published.
 */
@RestController
class FeedController {

    private final QueryGateway queries;
    private final PublicationSettings settings;
    private final ObjectMapper json;

    FeedController(QueryGateway queries, PublicationSettings settings, ObjectMapper json) {
        this.queries = queries;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping("/feeds/outcomes.atom")
    ResponseEntity<byte[]> allAtom(WebRequest request) {
        return atom(all(".atom"), request);
    }

    @GetMapping("/feeds/outcomes.json")
    ResponseEntity<byte[]> allJson(WebRequest request) {
        return json(all(".json"), request);
    }

    @GetMapping("/feeds/platforms/{platformId}.atom")
    ResponseEntity<byte[]> platformAtom(@PathVariable String platformId, WebRequest request) {
        return atom(platform(platformId, ".atom"), request);
    }

    @GetMapping("/feeds/platforms/{platformId}.json")
    ResponseEntity<byte[]> platformJson(@PathVariable String platformId, WebRequest request) {
        return json(platform(platformId, ".json"), request);
    }

    private OutcomeFeed all(String extension) {
        String base = base();
        return OutcomeFeed.of(settings.tagAuthority(), "outcomes", "Roundtable: published consultation outcomes",
                "Outcomes of consultations on the algorithm rules of platform work, newest first.", base,
                base + "/feeds/outcomes" + extension, Instant.EPOCH, outcomes(null));
    }

    private OutcomeFeed platform(String id, String extension) {
        PlatformId platformId = PlatformId.of(id);
        FeedPlatformView platform = queries.query(new FindFeedPlatform(platformId),
                ResponseTypes.instanceOf(FeedPlatformView.class)).join();
        if (platform == null) {
            throw new DomainException.NotFound("There is no platform '" + id + "', so it has no feed.");
        }
        String base = base();
        return OutcomeFeed.of(settings.tagAuthority(), "platform:" + platformId,
                "Roundtable: consultation outcomes of " + platform.name(),
                "Outcomes of consultations on the algorithm rules of " + platform.name() + ", newest first.", base,
                base + "/feeds/platforms/" + platformId + extension, platform.registeredAt(), outcomes(platformId));
    }

    private List<PublishedOutcomeView> outcomes(PlatformId platformId) {
        return queries.query(new FindPublishedOutcomes(platformId, settings.feedSize()),
                ResponseTypes.multipleInstancesOf(PublishedOutcomeView.class)).join();
    }

    private ResponseEntity<byte[]> atom(OutcomeFeed feed, WebRequest request) {
        return answer(AtomFeedWriter.write(feed), AtomFeedWriter.contentType(), feed, request);
    }

    private ResponseEntity<byte[]> json(OutcomeFeed feed, WebRequest request) {
        try {
            byte[] body = json.writeValueAsBytes(JsonFeedWriter.write(feed));
            return answer(body, JsonFeedWriter.MEDIA_TYPE + ";charset=UTF-8", feed, request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the JSON feed " + feed.id(), e);
        }
    }

    private static ResponseEntity<byte[]> answer(byte[] body, String contentType, OutcomeFeed feed,
                                                 WebRequest request) {
        String etag = "\"" + digest(body) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .eTag(etag)
                .lastModified(feed.updated())
                .cacheControl(CacheControl.noCache().cachePublic())
                .body(body);
    }

    private String base() {
        String configured = settings.publicBase();
        return configured != null ? configured : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
