package id.pantau.cases.rest;

import jakarta.validation.constraints.Size;

/** The body of an approval is optional; a reviewer may add a note for the audit trail. */
public record ApproveRequest(@Size(max = 2000) String reason) {

    static final ApproveRequest NONE = new ApproveRequest(null);
}
