package id.pantau.notification.service;

import id.pantau.notification.config.WebhookConfig;
import id.pantau.notification.domain.AddressPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Applies the {@link AddressPolicy} to a webhook URL: at registration, and again before every call
 * because what a name resolves to can change after it was registered. The lookup blocks, so it runs
 * on a worker thread and the answer comes back on the caller's context.
 */
@ApplicationScoped
public class EndpointAddresses {

    /** A URL that may be called, and the address to connect to (the one that was checked). */
    public record Checked(String problem, boolean unresolved, InetAddress address) {

        public boolean ok() {
            return problem == null;
        }
    }

    private final AddressPolicy policy;
    private final Vertx vertx;

    public EndpointAddresses(WebhookConfig config, Vertx vertx) {
        this.policy = new AddressPolicy(config.allowHttp(), config.allowedNetworks().orElse(List.of()));
        this.vertx = vertx;
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    public Uni<Checked> check(String url) {
        URI uri = URI.create(url);
        var scheme = policy.schemeProblem(uri);
        if (scheme.isPresent()) {
            return Uni.createFrom().item(new Checked("url " + scheme.get(), false, null));
        }
        String host = uri.getHost();
        if (isIpLiteral(host)) {
            // Nothing to look up: no trip to a worker thread.
            try {
                List<InetAddress> literal = List.of(InetAddress.getByName(host));
                return Uni.createFrom().item(policy.addressProblem(host, literal)
                        .map(problem -> new Checked(problem, false, null))
                        .orElseGet(() -> new Checked(null, false, literal.getFirst())));
            } catch (UnknownHostException e) {
                return Uni.createFrom().item(new Checked("host " + host + " is not a valid address", false, null));
            }
        }
        return vertx.executeBlocking(() -> List.of(InetAddress.getAllByName(host)), false)
                .map(addresses -> policy.addressProblem(host, addresses)
                        .map(problem -> new Checked(problem, false, null))
                        .orElseGet(() -> new Checked(null, false, addresses.getFirst())))
                .onFailure(UnknownHostException.class)
                .recoverWithItem(() -> new Checked("host " + host + " does not resolve", true, null));
    }
}
