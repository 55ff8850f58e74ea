package id.pantau.ingestion.service.connector;

import id.pantau.ingestion.domain.Submission;
import java.util.List;

/**
 * One page of a keyword search: its items, what to send for the next page (null when this was the last one),
 * the quota it cost, and how many of its entries could not be read.
 */
public record Page(List<Submission> items, String nextPageToken, String searchId, int cost, int malformed,
        String malformedDetail) {
}
