package id.pantau.cases.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The tamper-evident audit log: each entry's hash covers the previous entry's hash and the entry's own
 * fields, so changing, removing or reordering any entry breaks every hash after it.
 */
public final class AuditChain {

    /** The previous hash of a case's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Builds the next link after {@code prevHash} (GENESIS for the first) and computes its hash. */
    public static AuditRecord link(String prevHash, UUID caseId, int seq, String actor, String action,
            CaseState from, CaseState to, String reason, Instant occurredAt) {
        String hash = hash(prevHash, caseId, seq, actor, action, from, to, reason, occurredAt);
        return new AuditRecord(caseId, seq, actor, action, from, to, reason, occurredAt, prevHash, hash);
    }

    /** The hash an entry must carry given its fields and its stated previous hash. */
    public static String hashOf(AuditRecord entry) {
        return hash(entry.prevHash(), entry.caseId(), entry.seq(), entry.actor(), entry.action(), entry.from(),
                entry.to(), entry.reason(), entry.occurredAt());
    }

    /**
     * Checks one case's chain.
     *
     * @return the seq of the first entry that does not fit (wrong position, wrong previous hash or a hash
     *         that does not match its fields), empty when the chain is intact
     */
    public static OptionalInt verify(List<AuditRecord> entries) {
        return firstBreak(entries).map(found -> OptionalInt.of(found.seq())).orElse(OptionalInt.empty());
    }

    /** Where and how a chain breaks: the seq of the first entry that does not fit and why. */
    public record Break(int seq, String problem) {
    }

    /** Like {@link #verify}, naming what is wrong with the first entry that does not fit. */
    public static Optional<Break> firstBreak(List<AuditRecord> entries) {
        List<AuditRecord> ordered = entries.stream().sorted(Comparator.comparingInt(AuditRecord::seq)).toList();
        String expectedPrev = GENESIS;
        for (int i = 0; i < ordered.size(); i++) {
            AuditRecord entry = ordered.get(i);
            if (entry.seq() != i + 1) {
                return Optional.of(new Break(entry.seq(), "expected seq " + (i + 1) + ": an entry before it is missing"));
            }
            if (!expectedPrev.equals(entry.prevHash())) {
                return Optional.of(new Break(entry.seq(), "its previous hash is not the hash of the entry before it"));
            }
            if (!hashOf(entry).equals(entry.hash())) {
                return Optional.of(new Break(entry.seq(), "its hash does not match its content"));
            }
            expectedPrev = entry.hash();
        }
        return Optional.empty();
    }

    private static String hash(String prevHash, UUID caseId, int seq, String actor, String action, CaseState from,
            CaseState to, String reason, Instant occurredAt) {
        // Length-prefixed fields: no separator inside a reason can make two different entries hash alike.
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {prevHash, caseId, seq, actor, action, from, to, reason, occurredAt}) {
            if (field == null) {
                canonical.append("-;");
            } else {
                String text = field.toString();
                canonical.append(text.length()).append(':').append(text).append(';');
            }
        }
        return sha256(canonical.toString());
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
