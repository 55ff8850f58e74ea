package id.pantau.cases.rest;

import id.pantau.cases.service.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list; pass {@code nextCursor} as {@code cursor} for the next one (null: no more). */
public record PageView<T>(List<T> items, String nextCursor) {

    static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.nextCursor());
    }
}
