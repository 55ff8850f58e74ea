package id.pantau.commons.sql;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One array per column, for statements that write a chunk of rows at once: {@code insert into t (a, b)
 * select * from unnest(cast(?1 as uuid[]), cast(?2 as text[]))}. The reactive client sends arrays in
 * PostgreSQL's binary format, so the server neither parses text nor JSON for them (one JSON array of rows
 * cost the server about 7 µs per row to parse). A null in a column stays a null element.
 */
public final class ArrayColumns {

    private ArrayColumns() {
    }

    public static <T> UUID[] uuids(List<T> rows, Function<? super T, UUID> column) {
        return rows.stream().map(column).toArray(UUID[]::new);
    }

    public static <T> String[] texts(List<T> rows, Function<? super T, String> column) {
        return rows.stream().map(column).toArray(String[]::new);
    }

    public static <T> Integer[] ints(List<T> rows, Function<? super T, Integer> column) {
        return rows.stream().map(column).toArray(Integer[]::new);
    }

    public static <T> Long[] longs(List<T> rows, Function<? super T, Long> column) {
        return rows.stream().map(column).toArray(Long[]::new);
    }

    /**
     * ISO-8601 texts, for {@code cast(?n as text[])::timestamptz[]}: Hibernate Reactive turns the elements of a
     * time array into instants, which the client cannot encode.
     */
    public static <T> String[] times(List<T> rows, Function<? super T, Instant> column) {
        return rows.stream().map(column).map(time -> time == null ? null : time.toString()).toArray(String[]::new);
    }
}
