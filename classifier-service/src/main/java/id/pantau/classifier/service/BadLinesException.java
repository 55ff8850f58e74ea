package id.pantau.classifier.service;

import java.util.List;

/** An evaluation set with unusable lines; each problem names its line ("line 3"). Nothing was evaluated. */
public class BadLinesException extends RuntimeException {

    public record BadLine(int line, String message) {
    }

    private final List<BadLine> lines;

    public BadLinesException(List<BadLine> lines) {
        super("The evaluation set has unusable lines: " + lines.stream()
                .map(l -> "line " + l.line() + ": " + l.message()).limit(5).reduce((a, b) -> a + "; " + b).orElse(""));
        this.lines = List.copyOf(lines);
    }

    public List<BadLine> lines() {
        return lines;
    }
}
