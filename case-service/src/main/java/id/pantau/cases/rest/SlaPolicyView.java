package id.pantau.cases.rest;

import id.pantau.cases.service.SlaPolicies;
import java.time.Instant;

/** {@code source} is {@code PLATFORM} when a supervisor set it, {@code DEFAULT} for the configured defaults. */
public record SlaPolicyView(String platform, String normal, String urgent, String source, String updatedBy,
        Instant updatedAt) {

    static SlaPolicyView of(SlaPolicies.Effective e) {
        var p = e.policy();
        return new SlaPolicyView(e.platform(), e.normal().toString(), e.urgent().toString(),
                p == null ? "DEFAULT" : "PLATFORM", p == null ? null : p.updatedBy, p == null ? null : p.updatedAt);
    }
}
