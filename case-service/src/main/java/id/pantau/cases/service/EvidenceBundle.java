package id.pantau.cases.service;

import java.time.Instant;
import java.util.SortedMap;
import java.util.UUID;

/**
 * A case's evidence as files anyone can check offline: {@code files} maps a file name to its exact
 * content, {@code manifest} lists {@code <sha256>  <name>} per file in the format {@code sha256sum -c}
 * reads. {@code evidence-v<n>.json} are the snapshots whose digests the notices cite; {@code case.json}
 * holds the case, its notices (with the digest each cites) and its audit chain.
 */
public record EvidenceBundle(UUID caseId, String platform, String externalId, String url, Instant exportedAt,
        String algorithm, SortedMap<String, String> files, String manifest) {
}
