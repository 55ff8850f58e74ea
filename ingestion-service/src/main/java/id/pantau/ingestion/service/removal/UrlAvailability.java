package id.pantau.ingestion.service.removal;

import id.pantau.ingestion.config.RemovalConfig;
import id.pantau.ingestion.domain.Availability;
import id.pantau.ingestion.service.connector.PlatformHttp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** For platforms without an API to ask: what the content's own URL answers a plain GET. */
@ApplicationScoped
public class UrlAvailability {

    static final String METHOD = "HTTP";

    private final PlatformHttp http;
    private final RemovalConfig config;

    public UrlAvailability(PlatformHttp http, RemovalConfig config) {
        this.http = http;
        this.config = config;
    }

    public Uni<Availability> check(String url) {
        if (url == null) {
            return Uni.createFrom().item(new Availability(Availability.State.ERROR, METHOD, null, "no URL is known"));
        }
        return http.client().getAbs(url)
                // A moved post is still the post; Vert.x bounds the hops.
                .followRedirects(true)
                .timeout(config.timeout().toMillis())
                .send()
                .map(response -> classify(response.statusCode()))
                .onFailure().recoverWithItem(failure -> new Availability(Availability.State.ERROR, METHOD, null,
                        "GET failed: " + failure.getMessage()));
    }

    static Availability classify(int status) {
        if (status == 404 || status == 410) {
            return new Availability(Availability.State.GONE, METHOD, status, null);
        }
        if (status == 451) {
            return new Availability(Availability.State.GEO_BLOCKED, METHOD, status, "unavailable for legal reasons");
        }
        if (status >= 200 && status < 300) {
            return new Availability(Availability.State.AVAILABLE, METHOD, status, null);
        }
        return new Availability(Availability.State.ERROR, METHOD, status, "answered " + status);
    }
}
