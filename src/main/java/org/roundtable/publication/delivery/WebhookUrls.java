package org.roundtable.publication.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.roundtable.shared.DomainException;

/**
 * Which addresses may receive webhooks: absolute http or https URLs without credentials, whose host
 * resolves only to public addresses, unless private networks are allowed (tests, intranets). Checked
 * when a subscription is registered and again before every attempt, since a name may move.
 */
public final class WebhookUrls {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    private WebhookUrls() {
    }

    /** The URL if it may receive webhooks; otherwise an {@link DomainException.Invalid} that says why. */
    public static URI check(URI url, boolean allowPrivateNetworks) {
        checkShape(url);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new DomainException.Invalid("The host '" + url.getHost() + "' of the webhook URL cannot be found.");
        }
        if (!allowPrivateNetworks) {
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    throw new DomainException.Invalid("The webhook URL points at a private or local address ("
                            + address.getHostAddress() + "); give a publicly reachable http(s) URL.");
                }
            }
        }
        return url;
    }

    static void checkShape(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !SCHEMES.contains(scheme)) {
            throw new DomainException.Invalid("A webhook URL must be an absolute http:// or https:// URL.");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new DomainException.Invalid("A webhook URL must name a host, such as https://example.org/hooks.");
        }
        if (url.getRawUserInfo() != null) {
            throw new DomainException.Invalid("A webhook URL must not carry a user name or password; "
                    + "check the signature header instead.");
        }
        if (url.getRawFragment() != null) {
            throw new DomainException.Invalid("A webhook URL must not have a #fragment.");
        }
        if (url.toString().length() > 2000) {
            throw new DomainException.Invalid("A webhook URL may be at most 2000 characters long.");
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 198 && (second & 0xfe) == 18);
    }
}
