package id.pantau.cases.console;

/** The outcome of a bulk action for one case: done, or why not. */
public record BulkResult(String caseId, boolean ok, String state, String detail) {
}
