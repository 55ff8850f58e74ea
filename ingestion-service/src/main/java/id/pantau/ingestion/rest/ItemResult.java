package id.pantau.ingestion.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.pantau.commons.problem.Problem;
import id.pantau.ingestion.service.IngestionResult;
import java.util.UUID;

/**
 * One item's result: {@code index} (0-based) in a batch, {@code line} (1-based) in a stream. A REJECTED
 * item has a {@code problem} and no id or version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(Integer index, Integer line, UUID id, Integer version, ItemStatus status, Problem problem) {

    static ItemResult stored(int position, boolean line, IngestionResult result) {
        return new ItemResult(line ? null : position, line ? position : null, result.contentId(), result.version(),
                ItemStatus.valueOf(result.outcome().name()), null);
    }

    static ItemResult rejected(int position, boolean line, Problem problem) {
        return new ItemResult(line ? null : position, line ? position : null, null, null, ItemStatus.REJECTED, problem);
    }
}
