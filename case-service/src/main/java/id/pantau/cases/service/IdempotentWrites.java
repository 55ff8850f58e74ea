package id.pantau.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.commons.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Platform writes with an {@code Idempotency-Key}: the key is claimed in the same transaction as the
 * write, so a retry (even one racing the first request) either waits for the first to commit and gets
 * its stored answer back, or, when the first failed and changed nothing, does the write itself. A
 * refusal (4xx) commits nothing, so it is not stored: the retry is decided afresh and changes nothing twice.
 */
@ApplicationScoped
public class IdempotentWrites {

    /** The answer to a platform write: {@code replayed} when it is the stored answer of an earlier request. */
    public record Answer(int status, String body, boolean replayed) {
    }

    private static final int MAX_KEY_LENGTH = 255;

    private static final String CLAIM = """
            insert into idempotency_key (platform, idempotency_key, request_hash, created_at)
            values (:platform, :key, :hash, :now) on conflict do nothing""";
    private static final String STORE = """
            update idempotency_key set status = :status, body = :body where platform = :platform and idempotency_key = :key""";
    private static final String STORED = """
            select request_hash, status, body from idempotency_key where platform = :platform and idempotency_key = :key""";

    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentWrites(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param request what identifies the request besides the key (method, path and body); the same key
     *        with a different request is 422
     * @param write the write, run in this transaction; its result is the 200 body
     */
    public Uni<Answer> run(String platform, String key, String request, Supplier<Uni<?>> write) {
        if (key == null) {
            return write.get().map(result -> new Answer(200, serialise(result), false));
        }
        checkKey(key);
        String hash = EvidenceExport.sha256(request);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter("platform", platform).setParameter("key", key).setParameter("hash", hash)
                        .setParameter("now", Timestamps.now(clock))
                        .executeUpdate())
                .chain(claimed -> claimed == 1 ? first(platform, key, write) : replay(platform, key, hash)));
    }

    private Uni<Answer> first(String platform, String key, Supplier<Uni<?>> write) {
        return write.get().map(this::serialise).chain(body -> Panache.getSession()
                .chain(session -> session.createNativeQuery(STORE)
                        .setParameter("status", 200).setParameter("body", body)
                        .setParameter("platform", platform).setParameter("key", key)
                        .executeUpdate())
                .replaceWith(new Answer(200, body, false)));
    }

    private Uni<Answer> replay(String platform, String key, String hash) {
        return Panache.getSession().chain(session -> session.createNativeQuery(STORED, Object[].class)
                        .setParameter("platform", platform).setParameter("key", key)
                        .getResultList())
                .map((List<Object[]> rows) -> {
                    Object[] row = rows.getFirst();
                    if (!hash.equals(row[0])) {
                        throw new ProblemException(422, "Unprocessable Content", "Idempotency-Key " + key
                                + " was already used for a different request; use a new key for a new request");
                    }
                    return new Answer(((Number) row[1]).intValue(), (String) row[2], true);
                });
    }

    private static void checkKey(String key) {
        boolean printable = key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e);
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !printable) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters (a UUID is a good choice)");
        }
    }

    private String serialise(Object result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response views always serialise", e);
        }
    }
}
