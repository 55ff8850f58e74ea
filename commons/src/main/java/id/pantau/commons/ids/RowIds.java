package id.pantau.commons.ids;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * Ids for rows written at volume: version 7 UUIDs (RFC 9562), whose leading bits are the time in
 * milliseconds. New keys fall at the right edge of their B-tree index instead of on a random leaf, so
 * an insert touches the same few pages as the one before it; with random (version 4) ids, every insert
 * of a large table read and dirtied a leaf of its own. The price: an id tells when its row was made,
 * which the rows that use it record in a time column of their own anyway.
 */
public final class RowIds {

    // Increasing within a millisecond too (the random part counts up), and safe to share between threads.
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private RowIds() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }
}
