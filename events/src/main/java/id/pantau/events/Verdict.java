package id.pantau.events;

public enum Verdict {
    VIOLATION, REVIEW, CLEAR
}
