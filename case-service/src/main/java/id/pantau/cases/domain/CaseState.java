package id.pantau.cases.domain;

/** The lifecycle states of a takedown case (PRODUCT.md, "Case lifecycle"). */
public enum CaseState {
    OPEN, PROPOSED, DISMISSED, APPROVED, NOTICE_SENT, ACKNOWLEDGED, ACTIONED, CONTESTED, ESCALATED, CLOSED
}
