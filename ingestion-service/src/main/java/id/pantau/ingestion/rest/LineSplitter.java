package id.pantau.ingestion.rest;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an NDJSON byte stream into numbered lines as its chunks arrive. A line longer than the limit is
 * not kept: its bytes are dropped up to the next newline and it is reported as too long, so one huge
 * line costs no memory and does not end the stream. Not thread-safe: one per stream.
 */
final class LineSplitter {

    /** A line without its {@code \n} (and {@code \r}); {@code bytes} is null when it was too long. */
    record Line(int number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final int maxLineBytes;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private boolean overflow;
    private int number;

    LineSplitter(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    List<Line> feed(byte[] chunk) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chunk.length; i++) {
            if (chunk[i] == '\n') {
                append(chunk, start, i - start);
                lines.add(complete());
                start = i + 1;
            }
        }
        append(chunk, start, chunk.length - start);
        return lines;
    }

    /** What is left after the last newline, if anything: a last line without a trailing newline. */
    List<Line> finish() {
        return current.size() == 0 && !overflow ? List.of() : List.of(complete());
    }

    private void append(byte[] chunk, int offset, int length) {
        if (overflow || length == 0) {
            return;
        }
        if (current.size() + length > maxLineBytes) {
            overflow = true;
            current.reset();
            return;
        }
        current.write(chunk, offset, length);
    }

    private Line complete() {
        number++;
        byte[] bytes = null;
        if (!overflow) {
            bytes = current.toByteArray();
            if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
            }
        }
        current.reset();
        overflow = false;
        return new Line(number, bytes);
    }
}
