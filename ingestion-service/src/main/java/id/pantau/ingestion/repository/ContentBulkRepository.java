package id.pantau.ingestion.repository;

import static id.pantau.commons.sql.ArrayColumns.ints;
import static id.pantau.commons.sql.ArrayColumns.longs;
import static id.pantau.commons.sql.ArrayColumns.texts;
import static id.pantau.commons.sql.ArrayColumns.times;
import static id.pantau.commons.sql.ArrayColumns.uuids;

import id.pantau.ingestion.domain.ContentItem;
import id.pantau.ingestion.domain.ContentVersionRow;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The batch path's statements: a chunk of hundreds of items is read with one query and written with one
 * statement per table, each taking its rows as one array per column ({@code unnest}, see pantau-commons'
 * {@code ArrayColumns}). They run in the caller's Hibernate Reactive transaction, so a connector's checkpoint
 * still commits together with the page's items (the outbox rows too: pantau-commons' {@code Outbox#appendAll}
 * writes them the same way). This replaced per-entity persists, whose flush bookkeeping was most of the batch
 * path's CPU time, and then one JSON array of rows per statement, which the server spent about a third of each
 * insert parsing.
 */
@ApplicationScoped
public class ContentBulkRepository {

    // One index probe per key, whatever the statistics say: a join the planner may turn into a hash join over
    // the whole table, and a generic plan cached while the table was empty kept doing so (a scan per chunk,
    // 26 ms at 100,000 items). Rows are locked in the order of the keys, which the caller sorts.
    private static final String LATEST_FOR_UPDATE = """
            select cast(c.id as text), c.platform, c.external_id, v.version, v.content_hash
            from unnest(cast(?1 as text[]), cast(?2 as text[])) with ordinality k(platform, external_id, place)
            cross join lateral (select id, platform, external_id from content
                                where platform = k.platform and external_id = k.external_id for update) c
            cross join lateral (select version, content_hash from content_version
                                where content_id = c.id order by version desc limit 1) v
            order by k.place""";
    private static final String INSERT_CONTENT = """
            insert into content (id, platform, external_id, created_at)
            select * from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as text[]), cast(cast(?4 as text[]) as timestamptz[]))""";
    private static final String INSERT_VERSIONS = """
            insert into content_version (id, content_id, version, text, url, author_id, author_handle, posted_at,
                captured_at, content_hash, author_display_name, author_follower_count, caption, hashtags, title,
                transcript, on_screen_text, media, views, likes, shares, comments, language, source)
            select * from unnest(cast(?1 as uuid[]), cast(?2 as uuid[]), cast(?3 as int[]), cast(?4 as text[]),
                cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]), cast(cast(?8 as text[]) as timestamptz[]),
                cast(cast(?9 as text[]) as timestamptz[]), cast(?10 as text[]), cast(?11 as text[]), cast(?12 as bigint[]),
                cast(?13 as text[]), cast(?14 as text[]), cast(?15 as text[]), cast(?16 as text[]),
                cast(?17 as text[]), cast(?18 as text[]), cast(?19 as bigint[]), cast(?20 as bigint[]),
                cast(?21 as bigint[]), cast(?22 as bigint[]), cast(?23 as text[]), cast(?24 as text[]))""";

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::platform)
            .thenComparing(Key::externalId);

    /** What is stored of an item: its id and its latest version's number and hash. */
    public record Latest(UUID id, String platform, String externalId, int version, String contentHash) {
    }

    /** An item to look up; platform and external id as in {@code content}. */
    public record Key(String platform, String externalId) {
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
                .setParameter(1, texts(lockOrder, Key::platform))
                .setParameter(2, texts(lockOrder, Key::externalId))
                .getResultList())
                .map(rows -> rows.stream().map(row -> new Latest(UUID.fromString((String) row[0]), (String) row[1],
                        (String) row[2], ((Number) row[3]).intValue(), (String) row[4])).toList());
    }

    /** New items; a concurrent insert of one of them fails the statement with a unique violation. */
    public Uni<Void> insertItems(List<ContentItem> items) {
        return execute(INSERT_CONTENT, items, uuids(items, ContentItem::id), texts(items, ContentItem::platform),
                texts(items, ContentItem::externalId), times(items, ContentItem::createdAt));
    }

    public Uni<Void> insertVersions(List<ContentVersionRow> rows) {
        return execute(INSERT_VERSIONS, rows, uuids(rows, ContentVersionRow::id),
                uuids(rows, ContentVersionRow::contentId), ints(rows, ContentVersionRow::version),
                texts(rows, ContentVersionRow::text), texts(rows, ContentVersionRow::url),
                texts(rows, ContentVersionRow::authorId), texts(rows, ContentVersionRow::authorHandle),
                times(rows, ContentVersionRow::postedAt), times(rows, ContentVersionRow::capturedAt),
                texts(rows, ContentVersionRow::contentHash), texts(rows, ContentVersionRow::authorDisplayName),
                longs(rows, ContentVersionRow::authorFollowerCount), texts(rows, ContentVersionRow::caption),
                texts(rows, ContentVersionRow::hashtags), texts(rows, ContentVersionRow::title),
                texts(rows, ContentVersionRow::transcript), texts(rows, ContentVersionRow::onScreenText),
                texts(rows, ContentVersionRow::media), longs(rows, ContentVersionRow::views),
                longs(rows, ContentVersionRow::likes), longs(rows, ContentVersionRow::shares),
                longs(rows, ContentVersionRow::comments), texts(rows, ContentVersionRow::language),
                texts(rows, row -> row.source().name()));
    }

    private Uni<Void> execute(String statement, List<?> rows, Object... columns) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(statement);
            for (int i = 0; i < columns.length; i++) {
                query.setParameter(i + 1, columns[i]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
