package id.pantau.classifier.repository;

import id.pantau.classifier.domain.RuleSetStatus;
import id.pantau.classifier.domain.StoredRuleSet;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Rule-set versions over the reactive PostgreSQL client: plain SQL keeps the one-active rule, the version
 * numbering and the activation notice inside one transaction each.
 */
@ApplicationScoped
public class RuleSetRepository {

    /** Replicas LISTEN on it; the payload is the version put in force. */
    public static final String CHANNEL = "pantau_rule_set_activated";

    private static final String SELECT = """
            select r.version, r.rule_set_id, r.status, r.definition, r.created_by, r.created_at, r.updated_at,
                   a.activated_by, a.activated_at
            from rule_set r
            left join lateral (select activated_by, activated_at from rule_set_activation
                               where version = r.version order by activated_at desc limit 1) a on true""";

    private final Pool pool;

    public RuleSetRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<StoredRuleSet>> list() {
        return pool.query(SELECT + " order by r.version").execute().map(RuleSetRepository::all);
    }

    public Uni<Optional<StoredRuleSet>> find(int version) {
        return pool.preparedQuery(SELECT + " where r.version = $1").execute(Tuple.of(version)).map(RuleSetRepository::first);
    }

    public Uni<Optional<StoredRuleSet>> active() {
        return pool.query(SELECT + " where r.status = 'ACTIVE'").execute().map(RuleSetRepository::first);
    }

    /** Stores a draft under the next free version; the table lock makes concurrent drafts number in turn. */
    public Uni<StoredRuleSet> insertDraft(String ruleSetId, String definition, String by, Instant at) {
        return pool.withTransaction(connection -> connection.query("lock table rule_set in share row exclusive mode").execute()
                .chain(() -> connection.preparedQuery("""
                                insert into rule_set (version, rule_set_id, status, definition, created_by, created_at, updated_at)
                                select coalesce(max(version), 0) + 1, $1, 'DRAFT', $2, $3, $4, $4 from rule_set
                                returning version""")
                        .execute(Tuple.of(ruleSetId, definition, by, utc(at))))
                .map(rows -> new StoredRuleSet(rows.iterator().next().getInteger(0), ruleSetId, RuleSetStatus.DRAFT,
                        definition, by, at, at, null, null)));
    }

    /** @return false when the version is not a draft (or does not exist): nothing is changed then */
    public Uni<Boolean> updateDraft(int version, String ruleSetId, String definition, Instant at) {
        return pool.preparedQuery("""
                        update rule_set set definition = $2, rule_set_id = $3, updated_at = $4
                        where version = $1 and status = 'DRAFT'""")
                .execute(Tuple.of(version, definition, ruleSetId, utc(at)))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Puts a version in force in one transaction: the previous one becomes INACTIVE, the activation is
     * recorded, and replicas are told on commit (NOTIFY is delivered only if the transaction commits).
     *
     * @return the version that was active before, or empty if none was
     */
    public Uni<Optional<Integer>> activate(int version, String by, Instant at) {
        return pool.withTransaction(connection -> connection.query("lock table rule_set in share row exclusive mode").execute()
                .chain(() -> connection.query("select version from rule_set where status = 'ACTIVE'").execute())
                .chain(previousRows -> {
                    Optional<Integer> previous = previousRows.size() == 0 ? Optional.empty()
                            : Optional.of(previousRows.iterator().next().getInteger(0));
                    return connection.query("update rule_set set status = 'INACTIVE' where status = 'ACTIVE'").execute()
                            .chain(() -> connection.preparedQuery(
                                            "update rule_set set status = 'ACTIVE', updated_at = $2 where version = $1")
                                    .execute(Tuple.of(version, utc(at))))
                            .chain(() -> recordActivation(connection, version, previous.orElse(null), by, at))
                            .chain(() -> connection.preparedQuery("select pg_notify('" + CHANNEL + "', $1)")
                                    .execute(Tuple.of(Integer.toString(version))))
                            .replaceWith(previous);
                }));
    }

    /**
     * First start: stores the seed documents when the table is empty, the first as ACTIVE and the rest as
     * DRAFTs, under their own versions. Replicas starting together seed once (the table lock).
     *
     * @return whether this call stored them
     */
    public Uni<Boolean> seedIfEmpty(List<Seed> seeds, String by, Instant at) {
        return pool.withTransaction(connection -> connection.query("lock table rule_set in exclusive mode").execute()
                .chain(() -> connection.query("select count(*) from rule_set").execute())
                .chain(count -> {
                    if (count.iterator().next().getLong(0) > 0) {
                        return Uni.createFrom().item(false);
                    }
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (int i = 0; i < seeds.size(); i++) {
                        Seed seed = seeds.get(i);
                        RuleSetStatus status = i == 0 ? RuleSetStatus.ACTIVE : RuleSetStatus.DRAFT;
                        chain = chain.chain(() -> connection.preparedQuery("""
                                        insert into rule_set (version, rule_set_id, status, definition, created_by, created_at, updated_at)
                                        values ($1, $2, $3, $4, $5, $6, $6)""")
                                .execute(Tuple.tuple(List.of(seed.version(), seed.ruleSetId(), status.name(), seed.definition(), by,
                                        utc(at))))
                                .chain(() -> status == RuleSetStatus.ACTIVE
                                        ? recordActivation(connection, seed.version(), null, by, at)
                                        : Uni.createFrom().voidItem())
                                .replaceWithVoid());
                    }
                    return chain.replaceWith(true);
                }));
    }

    /** A rule-set document to store at first start under its own version. */
    public record Seed(int version, String ruleSetId, String definition) {
    }

    private static Uni<Void> recordActivation(SqlConnection connection, int version, Integer previous, String by, Instant at) {
        return connection.preparedQuery("""
                        insert into rule_set_activation (id, version, previous_version, activated_by, activated_at)
                        values ($1, $2, $3, $4, $5)""")
                .execute(Tuple.tuple(java.util.Arrays.asList(UUID.randomUUID(), version, previous, by, utc(at))))
                .replaceWithVoid();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static List<StoredRuleSet> all(RowSet<Row> rows) {
        List<StoredRuleSet> list = new ArrayList<>();
        for (Row row : rows) {
            list.add(of(row));
        }
        return list;
    }

    private static Optional<StoredRuleSet> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(of(rows.iterator().next()));
    }

    private static StoredRuleSet of(Row row) {
        OffsetDateTime activatedAt = row.getOffsetDateTime("activated_at");
        return new StoredRuleSet(row.getInteger("version"), row.getString("rule_set_id"),
                RuleSetStatus.valueOf(row.getString("status")), row.getString("definition"), row.getString("created_by"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant(),
                row.getString("activated_by"), activatedAt == null ? null : activatedAt.toInstant());
    }
}
