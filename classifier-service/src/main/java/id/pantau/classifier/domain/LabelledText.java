package id.pantau.classifier.domain;

import id.pantau.events.Verdict;

/** One line of an evaluation set: a text, its true label (VIOLATION or CLEAR) and an optional category. */
public record LabelledText(int line, String text, Verdict label, String category) {
}
