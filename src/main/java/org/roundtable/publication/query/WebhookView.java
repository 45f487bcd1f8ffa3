package org.roundtable.publication.query;

import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.publication.WebhookId;
import org.roundtable.publication.WebhookTopic;

/** A webhook subscription without its secret. */
public record WebhookView(WebhookId id, PlatformId platformId, URI url, Set<WebhookTopic> events,
                          PersonId createdBy, Instant createdAt) {
}
