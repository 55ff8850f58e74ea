package id.pantau.commons.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class RowIdsTest {

    @Test
    void idsAreVersionSevenAndIncreaseInTheOrderMade() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RowIds.next());
        }
        for (int i = 1; i < ids.size(); i++) {
            // PostgreSQL orders uuid values by their bytes, as unsigned: compare the text, which does the same.
            assertTrue(ids.get(i - 1).toString().compareTo(ids.get(i).toString()) < 0,
                    "id " + i + " not after the one before");
        }
        ids.forEach(id -> assertEquals(7, id.version()));
        assertEquals(ids.size(), new HashSet<>(ids).size());
    }

    @Test
    void anIdCarriesTheMillisecondItWasMadeIn() {
        long before = System.currentTimeMillis();
        UUID id = RowIds.next();
        long after = System.currentTimeMillis();
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, millis + " not in [" + before + ", " + after + "]");
    }

    @Test
    void idsMadeOnManyThreadsAtOnceAreDistinct() throws InterruptedException {
        var ids = ConcurrentHashMap.<UUID>newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 5_000; i++) {
                    ids.add(RowIds.next());
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(20_000, ids.size());
    }
}
