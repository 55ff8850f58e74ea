package id.pantau.notification.client;

import id.pantau.notification.config.DeliveryConfig;
import id.pantau.notification.domain.AttemptResult;
import id.pantau.notification.domain.WebhookSigner;
import id.pantau.notification.service.WebhookCall;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
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
    private final Clock clock;
    private final Duration timeout;

    public WebhookClient(Vertx vertx, DeliveryConfig config, Clock clock) {
        this.clock = clock;
        this.timeout = config.timeout();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setUserAgent("Pantau-Notification/1")
                // A redirect would be answered by whoever the Location names; a platform registers its final URL.
                .setFollowRedirects(false)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .setMaxPoolSize(config.concurrency()));
    }

    public Uni<AttemptResult> post(WebhookCall call) {
        if (call.url() == null) {
            return Uni.createFrom().item(AttemptResult.error(call.problem(), 0));
        }
        long started = System.nanoTime();
        String signature = WebhookSigner.header(call.secret(), clock.instant().getEpochSecond(), call.payload());
        return client.postAbs(call.url())
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
        return failure.getMessage() == null ? type : type + ": " + failure.getMessage();
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
