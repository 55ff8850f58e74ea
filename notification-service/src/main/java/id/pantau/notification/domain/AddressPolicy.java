package id.pantau.notification.domain;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where Pantau may send a webhook: https only (http when allowed, for local runs), and never to an
 * address inside our own network (loopback, private, link-local and cloud metadata, carrier-grade
 * NAT, unique-local IPv6, multicast, unspecified), unless an allowed network names it. Otherwise a
 * platform could make Pantau POST to its own infrastructure (server-side request forgery).
 */
public final class AddressPolicy {

    /** Internal ranges that the InetAddress predicates do not cover. */
    private static final List<IpSubnetFilterRule> ALSO_INTERNAL = List.of(
            rule("0.0.0.0/8"), rule("100.64.0.0/10"), rule("192.0.0.0/24"), rule("198.18.0.0/15"),
            rule("240.0.0.0/4"), rule("fc00::/7"), rule("64:ff9b::/96"));

    private final boolean allowHttp;
    private final List<IpSubnetFilterRule> allowed;

    public AddressPolicy(boolean allowHttp, List<String> allowedNetworks) {
        this.allowHttp = allowHttp;
        this.allowed = allowedNetworks.stream().map(String::trim).filter(s -> !s.isEmpty()).map(AddressPolicy::rule).toList();
    }

    /** The scheme check, before any lookup; empty when fine. */
    public Optional<String> schemeProblem(URI url) {
        if ("https".equalsIgnoreCase(url.getScheme())) {
            return Optional.empty();
        }
        if (allowHttp && "http".equalsIgnoreCase(url.getScheme())) {
            return Optional.empty();
        }
        return Optional.of("must use https");
    }

    /** Every address the host resolves to must be public (or allowed); empty when fine. */
    public Optional<String> addressProblem(String host, List<InetAddress> addresses) {
        for (InetAddress address : addresses) {
            if (internal(address) && !isAllowed(address)) {
                return Optional.of("host " + host + " resolves to " + address.getHostAddress()
                        + ", an internal address (loopback, private, link-local or metadata); webhooks must reach the public internet");
            }
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return ALSO_INTERNAL.stream().anyMatch(rule -> rule.matches(socket));
    }

    private boolean isAllowed(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return allowed.stream().anyMatch(rule -> rule.matches(socket));
    }

    private static IpSubnetFilterRule rule(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("Not a CIDR block (address/prefix): " + cidr);
        }
        return new IpSubnetFilterRule(cidr.substring(0, slash), Integer.parseInt(cidr.substring(slash + 1)),
                IpFilterRuleType.ACCEPT);
    }
}
