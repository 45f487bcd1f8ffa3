package org.roundtable.publication;

import java.net.URI;
import java.util.Set;

/** A new subscription with its signing secret: the only time the secret is ever shown. */
public record WebhookRegistration(WebhookId id, URI url, Set<WebhookTopic> events, String secret) {
}
