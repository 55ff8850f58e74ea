package id.pantau.ingestion.service;

import id.pantau.ingestion.domain.Submission;

/** A valid submission and its position in the batch or stream it came in. */
public record BatchEntry(int index, Submission submission) {
}
