package id.pantau.ingestion.domain;

/** The platform item a reported URL names: {@code platform} as in events, the platform's own id. */
public record ReportedUrl(String platform, String externalId) {
}
