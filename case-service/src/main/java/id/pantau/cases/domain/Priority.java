package id.pantau.cases.domain;

public enum Priority {
    NORMAL, URGENT
}
