package org.roundtable.publication.delivery;

import java.net.URI;

/** A due delivery this node has claimed, with what it takes to send it. */
record ClaimedDelivery(String id, String subscriptionId, URI url, String secret, String eventType, String body,
                       int attempts) {
}
