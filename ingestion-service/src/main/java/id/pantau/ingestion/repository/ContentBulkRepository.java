package id.pantau.ingestion.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import id.pantau.ingestion.domain.ContentItem;
import id.pantau.ingestion.domain.ContentVersionRow;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The batch path's statements: a chunk of hundreds of items is read with one query and written with one
 * statement per table, each taking all its rows as one JSON array parameter ({@code json_populate_recordset}
 * over the table's own row type, so the JSON keys are the column names). They run in the caller's Hibernate
 * Reactive transaction, so a connector's checkpoint still commits together with the page's items (the outbox rows
 * too: pantau-commons' {@code Outbox#appendAll} writes them the same way). This
 * replaced per-entity persists, whose flush bookkeeping was most of the batch path's CPU time.
 */
@ApplicationScoped
public class ContentBulkRepository {

    // One index probe per key, whatever the statistics say: a join the planner may turn into a hash join over
    // the whole table, and a generic plan cached while the table was empty kept doing so (a scan per chunk,
    // 26 ms at 100,000 items). Rows are locked in the order of the keys, which the caller sorts.
    private static final String LATEST_FOR_UPDATE = """
            select cast(c.id as text), c.platform, c.external_id, v.version, v.content_hash
            from json_populate_recordset(null::content, cast(cast(?1 as text) as json)) with ordinality k
            cross join lateral (select id, platform, external_id from content
                                where platform = k.platform and external_id = k.external_id for update) c
            cross join lateral (select version, content_hash from content_version
                                where content_id = c.id order by version desc limit 1) v
            order by k.ordinality""";
    private static final String INSERT_CONTENT = """
            insert into content select * from json_populate_recordset(null::content, cast(cast(?1 as text) as json))""";
    private static final String INSERT_VERSIONS = """
            insert into content_version select * from json_populate_recordset(null::content_version, cast(cast(?1 as text) as json))""";

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::platform)
            .thenComparing(Key::externalId);

    private final ObjectMapper json;

    public ContentBulkRepository(ObjectMapper json) {
        this.json = json;
    }

    /** What is stored of an item: its id and its latest version's number and hash. */
    public record Latest(UUID id, String platform, String externalId, int version, String contentHash) {
    }

    /** An item to look up; platform and external id as in {@code content}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Key(String platform, String externalId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record ContentRow(UUID id, String platform, String externalId, Instant createdAt) {
    }

    /**
     * The known ones among {@code keys} with their latest versions, each item locked until the transaction
     * ends, in key order so that two chunks sharing items lock them in the same order.
     */
    public Uni<List<Latest>> latestForUpdate(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Key> lockOrder = keys.stream().sorted(KEY_ORDER).toList();
        return Panache.getSession().chain(session -> session.createNativeQuery(LATEST_FOR_UPDATE, Object[].class)
                .setParameter(1, write(lockOrder))
                .getResultList())
                .map(rows -> rows.stream().map(row -> new Latest(UUID.fromString((String) row[0]), (String) row[1],
                        (String) row[2], ((Number) row[3]).intValue(), (String) row[4])).toList());
    }

    /** New items; a concurrent insert of one of them fails the statement with a unique violation. */
    public Uni<Void> insertItems(List<ContentItem> items) {
        return execute(INSERT_CONTENT, items.stream()
                .map(item -> new ContentRow(item.id(), item.platform(), item.externalId(), item.createdAt())).toList());
    }

    public Uni<Void> insertVersions(List<ContentVersionRow> versions) {
        return execute(INSERT_VERSIONS, versions);
    }

    private Uni<Void> execute(String statement, List<?> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(statement)
                .setParameter(1, write(rows))
                .executeUpdate())
                .replaceWithVoid();
    }

    private String write(Object rows) {
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A row of the chunk cannot be written as JSON", e);
        }
    }
}
