package id.pantau.ingestion.service;

import id.pantau.ingestion.config.ShortLinkConfig;
import id.pantau.ingestion.domain.ReportUrls;
import id.pantau.ingestion.domain.ReportedUrl;
import id.pantau.ingestion.service.connector.PlatformHttp;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Turns a short link (vm.tiktok.com, vt.tiktok.com, fb.watch) into the post it points to, by following its
 * redirects with HEAD requests (no body is read), so that the short and the long link of one video name one
 * content item. Redirects are followed only within the platform's own hosts and for a bounded number of hops;
 * a link that cannot be resolved keeps its code as the id, as before.
 */
@ApplicationScoped
public class ShortLinks {

    private static final Logger LOG = Logger.getLogger(ShortLinks.class);

    private static final Map<String, Set<String>> OWN_DOMAINS = Map.of(
            "tiktok", Set.of("tiktok.com"),
            "meta", Set.of("facebook.com", "fb.watch", "fb.com"));

    private final PlatformHttp http;
    private final ShortLinkConfig config;

    public ShortLinks(PlatformHttp http, ShortLinkConfig config) {
        this.http = http;
        this.config = config;
    }

    /** The post a reported URL names, resolving it first if it is a short link. */
    public Uni<ReportedUrl> target(String url) {
        ReportedUrl parsed = ReportUrls.parse(url);
        if (!config.resolve() || !ReportUrls.isShortLink(url)) {
            return Uni.createFrom().item(parsed);
        }
        return follow(url.strip(), parsed.platform(), config.maxHops())
                .onFailure().recoverWithItem(failure -> {
                    LOG.infof("Short link %s not resolved (%s); its code stays the id", url, failure.getMessage());
                    return parsed;
                });
    }

    private Uni<ReportedUrl> follow(String url, String platform, int hopsLeft) {
        if (hopsLeft == 0) {
            return Uni.createFrom().failure(new IllegalStateException("more than " + config.maxHops() + " redirects"));
        }
        return http.client().requestAbs(HttpMethod.HEAD, endpoint(url))
                .followRedirects(false)
                .timeout(config.timeout().toMillis())
                .send()
                .chain(response -> {
                    String location = response.getHeader("Location");
                    if (response.statusCode() / 100 != 3 || location == null) {
                        throw new IllegalStateException("answered " + response.statusCode() + " without a redirect");
                    }
                    URI next = URI.create(url).resolve(location.strip());
                    if (!own(platform, next.getHost())) {
                        throw new IllegalStateException("redirects to " + next.getHost() + ", not a " + platform + " host");
                    }
                    String nextUrl = next.toString();
                    if (ReportUrls.isShortLink(nextUrl)) {
                        return follow(nextUrl, platform, hopsLeft - 1);
                    }
                    ReportedUrl resolved = ReportUrls.parse(nextUrl);
                    if (!resolved.platform().equals(platform)) {
                        throw new IllegalStateException("resolves to a " + resolved.platform() + " URL");
                    }
                    return Uni.createFrom().item(resolved);
                });
    }

    private boolean own(String platform, String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return OWN_DOMAINS.getOrDefault(platform, Set.of()).stream()
                .anyMatch(domain -> lower.equals(domain) || lower.endsWith("." + domain));
    }

    /** The configured stand-in for the link's host, with the link's path and query; else the link itself. */
    private String endpoint(String url) {
        URI uri = URI.create(url);
        String base = config.endpoints().get(uri.getHost().toLowerCase(Locale.ROOT));
        if (base == null) {
            return url;
        }
        return base + (uri.getRawPath() == null ? "" : uri.getRawPath()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
