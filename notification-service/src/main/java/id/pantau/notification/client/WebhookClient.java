package id.pantau.notification.client;

import id.pantau.notification.config.DeliveryConfig;
import id.pantau.notification.config.WebhookConfig;
import io.vertx.core.net.PemTrustOptions;
import id.pantau.notification.domain.AttemptResult;
import id.pantau.notification.domain.WebhookSigner;
import id.pantau.notification.service.WebhookCall;
import io.smallrye.mutiny.Uni;
import id.pantau.notification.service.EndpointAddresses;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.URI;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Posts a notice to a platform's webhook without blocking: the Vert.x client answers on the
 * event loop. Never fails: every problem becomes an {@link AttemptResult} the retry policy judges.
 */
@ApplicationScoped
public class WebhookClient {

    public static final String EVENT_ID = "Pantau-Event-Id";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final WebClient client;
    private final EndpointAddresses addresses;
    private final Clock clock;
    private final Duration timeout;

    public WebhookClient(Vertx vertx, DeliveryConfig config, WebhookConfig webhooks, EndpointAddresses addresses,
            Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
        this.timeout = config.timeout();
        WebClientOptions options = new WebClientOptions()
                .setUserAgent("Pantau-Notification/1")
                // A redirect would be answered by whoever the Location names; a platform registers its final URL.
                .setFollowRedirects(false)
                // The connection goes to a checked IP address; TLS must still name (and verify) the host.
                .setForceSni(true)
                .setVerifyHost(true)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .setMaxPoolSize(config.concurrency());
        webhooks.trustCertificates().ifPresent(files -> {
            PemTrustOptions trust = new PemTrustOptions();
            files.forEach(trust::addCertPath);
            options.setTrustOptions(trust);
        });
        this.client = WebClient.create(vertx, options);
    }

    public Uni<AttemptResult> post(WebhookCall call) {
        if (call.url() == null) {
            return Uni.createFrom().item(AttemptResult.error(call.problem(), 0));
        }
        return addresses.check(call.url()).chain(checked -> {
            if (checked.ok()) {
                return send(call, checked.address());
            }
            // A name that stopped resolving may come back; one that now points inside our network needs a person.
            return Uni.createFrom().item(checked.unresolved()
                    ? AttemptResult.error(checked.problem(), 0)
                    : AttemptResult.refusedByPolicy("address policy: " + checked.problem()));
        });
    }

    /** Connects to the address that was checked, not to a fresh lookup that could answer differently. */
    private Uni<AttemptResult> send(WebhookCall call, InetAddress address) {
        URI uri = URI.create(call.url());
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        long started = System.nanoTime();
        String signature = WebhookSigner.header(call.secret(), call.previousSecret(),
                clock.instant().getEpochSecond(), call.payload());
        return client.request(HttpMethod.POST, SocketAddress.inetSocketAddress(port, address.getHostAddress()), port,
                        uri.getHost(), path)
                .ssl(https)
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json")
                .putHeader(WebhookSigner.HEADER, signature)
                .putHeader(EVENT_ID, call.attemptId().toString())
                .putHeader(IDEMPOTENCY_KEY, call.noticeId().toString())
                .idleTimeout(timeout.toMillis())
                // Whatever the platform answers beyond its status is not needed and must not fill memory.
                .as(BodyCodec.none())
                .sendBuffer(Buffer.buffer(call.payload()))
                // The idle timeout does not catch a receiver that trickles bytes: cap the whole call.
                .ifNoItem().after(timeout).failWith(() -> new TimeoutException("timed out after " + timeout))
                .map(response -> AttemptResult.response(response.statusCode(), elapsedMillis(started), retryAfter(response)))
                .onFailure().recoverWithItem(failure -> AttemptResult.error(describe(failure), elapsedMillis(started)));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    private static Duration retryAfter(HttpResponse<Void> response) {
        String value = response.getHeader("Retry-After");
        if (value == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds > 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null; // the HTTP-date form is rare for webhooks; our own backoff applies instead
        }
    }

    private static String describe(Throwable failure) {
        String type = failure instanceof TimeoutException ? "timeout" : failure.getClass().getSimpleName();
        String text = failure.getMessage() == null ? type : type + ": " + failure.getMessage();
        // A wrapper ("Failed to create SSL connection") rarely says why; the root cause does, e.g.
        // which host name a certificate did not match. The delivery log is where a person looks.
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != failure && root.getMessage() != null && !text.contains(root.getMessage())) {
            text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return text;
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
