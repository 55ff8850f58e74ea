package id.pantau.cases.service;

import java.time.Instant;
import java.util.UUID;

/** What an auditor asks of the log; every part is optional. {@code from} is inclusive, {@code to} exclusive. */
public record AuditFilter(UUID caseId, String actor, String action, Instant from, Instant to) {
}
