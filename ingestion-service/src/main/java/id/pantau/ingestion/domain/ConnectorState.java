package id.pantau.ingestion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A connector's checkpoint and status. A run searches each keyword in turn, page by page; after every page
 * the checkpoint names the page to fetch next, so a run that stops for any reason is resumed, not restarted.
 */
@Entity
@Table(name = "connector_state")
public class ConnectorState {

    @Id
    private String connector;

    @Column(name = "run_started_at")
    private Instant runStartedAt;

    @Column(name = "run_keywords")
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> runKeywords;

    @Column(name = "keywords_source")
    private String keywordsSource;

    @Column(name = "keyword_index")
    private int keywordIndex;

    @Column(name = "page_token")
    private String pageToken;

    @Column(name = "search_id")
    private String searchId;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "window_end")
    private Instant windowEnd;

    @Column(name = "last_run_started_at")
    private Instant lastRunStartedAt;

    @Column(name = "last_run_finished_at")
    private Instant lastRunFinishedAt;

    @Column(name = "last_outcome")
    private String lastOutcome;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "run_items")
    private int runItems;

    @Column(name = "total_items")
    private long totalItems;

    @Column(name = "total_errors")
    private long totalErrors;

    @Column(name = "quota_day")
    private LocalDate quotaDay;

    @Column(name = "quota_used")
    private int quotaUsed;

    @Column(name = "paused_until")
    private Instant pausedUntil;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    protected ConnectorState() {
    }

    public ConnectorState(String connector) {
        this.connector = connector;
    }

    /**
     * Takes or renews the right to run this connector until {@code until}; false while another replica holds
     * an unexpired lease. Called with the row locked, so two replicas cannot both succeed.
     */
    public boolean lease(String owner, Instant now, Instant until) {
        if (leaseOwner != null && !leaseOwner.equals(owner) && now.isBefore(leaseUntil)) {
            return false;
        }
        leaseOwner = owner;
        leaseUntil = until;
        return true;
    }

    public boolean leasedBy(String owner, Instant now) {
        return owner.equals(leaseOwner) && now.isBefore(leaseUntil);
    }

    public void release(String owner) {
        if (owner.equals(leaseOwner)) {
            leaseOwner = null;
            leaseUntil = null;
        }
    }

    public boolean running() {
        return runStartedAt != null;
    }

    public boolean paused(Instant now) {
        return pausedUntil != null && now.isBefore(pausedUntil);
    }

    public void start(List<String> keywords, String source, Instant now, Instant searchFrom) {
        runStartedAt = now;
        lastRunStartedAt = now;
        runKeywords = List.copyOf(keywords);
        keywordsSource = source;
        keywordIndex = 0;
        pageToken = null;
        searchId = null;
        windowStart = searchFrom;
        windowEnd = now;
        runItems = 0;
        lastOutcome = "RUNNING";
        if (keywords.isEmpty()) {
            finish(now);
        }
    }

    /** Where the run stands: the keyword to search and the page of it to fetch next. */
    public Cursor cursor() {
        return new Cursor(runKeywords.get(keywordIndex), pageToken, searchId, windowStart, windowEnd);
    }

    /** The quota already spent on the quota day {@code today}. */
    public int quotaUsedOn(LocalDate today) {
        return today.equals(quotaDay) ? quotaUsed : 0;
    }

    public void spend(int units, LocalDate today) {
        quotaUsed = quotaUsedOn(today) + units;
        quotaDay = today;
    }

    /** A page is stored: move to its next page, or to the next keyword, or end the run. */
    public void advance(int items, String nextPageToken, String nextSearchId, Instant now) {
        runItems += items;
        totalItems += items;
        if (nextPageToken != null) {
            pageToken = nextPageToken;
            searchId = nextSearchId;
            return;
        }
        pageToken = null;
        searchId = null;
        keywordIndex++;
        if (keywordIndex >= runKeywords.size()) {
            finish(now);
        }
    }

    /** Items of a page that could not be read; the page itself went on. */
    public void skipped(int malformed, String detail, Instant now) {
        if (malformed > 0) {
            totalErrors += malformed;
            lastError = truncate(detail);
            lastErrorAt = now;
        }
    }

    /** The run stops here and keeps its checkpoint; {@code pauseUntil} (may be null) holds off the next run. */
    public void interrupt(String outcome, String error, Instant now, Instant pauseUntil) {
        lastOutcome = outcome;
        if (error != null) {
            totalErrors++;
            lastError = truncate(error);
            lastErrorAt = now;
        }
        pausedUntil = pauseUntil;
    }

    private void finish(Instant now) {
        runStartedAt = null;
        runKeywords = null;
        keywordIndex = 0;
        pageToken = null;
        searchId = null;
        lastRunFinishedAt = now;
        lastOutcome = "COMPLETED";
        pausedUntil = null;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 2048 ? text : text.substring(0, 2048);
    }

    public String connector() {
        return connector;
    }

    public List<String> runKeywords() {
        return runKeywords;
    }

    public String keywordsSource() {
        return keywordsSource;
    }

    public int keywordIndex() {
        return keywordIndex;
    }

    public String pageToken() {
        return pageToken;
    }

    public Instant lastRunStartedAt() {
        return lastRunStartedAt;
    }

    public Instant lastRunFinishedAt() {
        return lastRunFinishedAt;
    }

    public String lastOutcome() {
        return lastOutcome;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastErrorAt() {
        return lastErrorAt;
    }

    public int runItems() {
        return runItems;
    }

    public long totalItems() {
        return totalItems;
    }

    public long totalErrors() {
        return totalErrors;
    }

    public Instant pausedUntil() {
        return pausedUntil;
    }

    /** The next page of one keyword's search: no token for its first page. */
    public record Cursor(String keyword, String pageToken, String searchId, Instant from, Instant to) {
    }
}
