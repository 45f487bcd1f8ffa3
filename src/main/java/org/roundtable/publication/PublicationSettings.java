package org.roundtable.publication;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of publication, bound from {@code roundtable.publication.*}; every one has a working default.
 *
 * @param publicUrl    the public address of Roundtable (e.g. https://roundtable.example.org) used in links
 *                     sent to webhooks; feeds use it too when set, and otherwise the address they were asked at
 * @param tagAuthority the tagging entity of the feeds' tag: URIs ("authority,date"); never change it once
 *                     feeds are read, or every reader sees every entry anew
 * @param feedSize     how many outcomes a feed holds, newest first
 */
@ConfigurationProperties("roundtable.publication")
public record PublicationSettings(URI publicUrl, @DefaultValue("roundtable.local,2025") String tagAuthority,
                                  @DefaultValue("50") int feedSize, @DefaultValue Live live,
                                  @DefaultValue Webhooks webhooks) {

    public PublicationSettings {
        if (feedSize < 1 || feedSize > 500) {
            throw new IllegalArgumentException("roundtable.publication.feed-size must be between 1 and 500");
        }
        if (tagAuthority == null || !tagAuthority.matches("[A-Za-z0-9.@-]+,\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("roundtable.publication.tag-authority must be 'domain-or-email,date'"
                    + " such as 'roundtable.example.org,2025'");
        }
    }

    /**
     * Server-sent events of open round pages.
     *
     * @param maxEmitters how many streams this node holds open at once; more are refused with 503
     * @param heartbeat   how often an idle stream gets a comment, so proxies keep it open
     * @param timeout     how long one stream lasts before the browser reconnects
     * @param debounce    the shortest time between two participation counts of one round
     */
    public record Live(@DefaultValue("1000") int maxEmitters, @DefaultValue("15s") Duration heartbeat,
                       @DefaultValue("30m") Duration timeout, @DefaultValue("1s") Duration debounce) {

        public Live {
            if (maxEmitters < 1) {
                throw new IllegalArgumentException("roundtable.publication.live.max-emitters must be at least 1");
            }
        }
    }

    /**
     * Webhook deliveries.
     *
     * @param threads              how many deliveries this node sends at once (one per subscription at a time)
     * @param pollInterval         how often due deliveries are claimed (also {@code poll-interval} of the poller)
     * @param connectTimeout       how long to wait for a receiver to accept the connection
     * @param readTimeout          how long to wait for a receiver's answer
     * @param retryDelays          the waits after the 1st, 2nd, ... failed attempt; the last one repeats
     * @param jitter               the fraction by which each wait is randomly lengthened or shortened
     * @param allowPrivateNetworks whether receivers may be on loopback, link-local or private addresses
     */
    public record Webhooks(@DefaultValue("4") int threads, @DefaultValue("1s") Duration pollInterval,
                           @DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
                           @DefaultValue({"10s", "30s", "2m", "10m", "30m", "1h"}) List<Duration> retryDelays,
                           @DefaultValue("0.2") double jitter, @DefaultValue("false") boolean allowPrivateNetworks) {

        public Webhooks {
            if (threads < 1) {
                throw new IllegalArgumentException("roundtable.publication.webhooks.threads must be at least 1");
            }
            if (retryDelays == null || retryDelays.isEmpty()) {
                throw new IllegalArgumentException("roundtable.publication.webhooks.retry-delays needs at least one wait");
            }
            if (jitter < 0 || jitter >= 1) {
                throw new IllegalArgumentException("roundtable.publication.webhooks.jitter must be in [0, 1)");
            }
            retryDelays = List.copyOf(retryDelays);
        }

        /** How long a claimed delivery stays with the node that claimed it, should that node die. */
        public Duration claimLease() {
            return connectTimeout.plus(readTimeout).plusSeconds(30);
        }
    }

    /** The public address without a trailing slash, or null when not configured. */
    public String publicBase() {
        if (publicUrl == null) {
            return null;
        }
        String base = publicUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
