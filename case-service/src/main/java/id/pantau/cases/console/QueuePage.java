package id.pantau.cases.console;

import java.util.List;
import java.util.Optional;

/** A page of the queue and the cursor of the next one, if there is more. */
public record QueuePage(List<QueueRow> rows, Optional<String> nextCursor) {
}
