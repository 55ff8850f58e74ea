package id.pantau.ingestion.rest;

import id.pantau.ingestion.domain.ConnectorState;
import id.pantau.ingestion.service.connector.SearchConnector;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A connector's configuration and what its runs did. {@code checkpoint} is the run in progress (null when
 * idle); {@code quotaUsed} counts the platform's current quota day.
 */
public record ConnectorView(
        String name,
        boolean enabled,
        boolean configured,
        String schedule,
        int dailyQuota,
        int quotaUsed,
        Instant lastRunStartedAt,
        Instant lastRunFinishedAt,
        String lastOutcome,
        int lastRunItems,
        long totalItems,
        long errors,
        String lastError,
        Instant lastErrorAt,
        Instant pausedUntil,
        String keywordsSource,
        Checkpoint checkpoint) {

    public record Checkpoint(List<String> keywords, int keywordIndex, String pageToken) {
    }

    static ConnectorView of(SearchConnector connector, ConnectorState state, Instant now) {
        var config = connector.config();
        LocalDate today = LocalDate.ofInstant(now, config.quotaZone());
        Checkpoint checkpoint = state.running()
                ? new Checkpoint(state.runKeywords(), state.keywordIndex(), state.pageToken())
                : null;
        return new ConnectorView(connector.name(), config.enabled(), connector.configured(), config.every(),
                config.dailyQuota(), state.quotaUsedOn(today), state.lastRunStartedAt(), state.lastRunFinishedAt(),
                state.lastOutcome(), state.runItems(), state.totalItems(), state.totalErrors(), state.lastError(),
                state.lastErrorAt(), state.pausedUntil(), state.keywordsSource(), checkpoint);
    }
}
