package id.pantau.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarningLevelTest {

    @Test
    void eachThresholdReachedStepsOneLevel() {
        List<Integer> ladder = List.of(1, 2, 3);
        assertEquals(WarningLevel.NONE, WarningLevel.after(0, ladder));
        assertEquals(WarningLevel.FIRST, WarningLevel.after(1, ladder));
        assertEquals(WarningLevel.SECOND, WarningLevel.after(2, ladder));
        assertEquals(WarningLevel.THIRD, WarningLevel.after(3, ladder));
        assertEquals(WarningLevel.THIRD, WarningLevel.after(40, ladder), "the ladder ends at the third letter");
    }

    @Test
    void thresholdsNeedNotBeConsecutive() {
        List<Integer> ladder = List.of(2, 5, 10);
        assertEquals(WarningLevel.NONE, WarningLevel.after(1, ladder));
        assertEquals(WarningLevel.FIRST, WarningLevel.after(4, ladder));
        assertEquals(WarningLevel.SECOND, WarningLevel.after(9, ladder));
        assertEquals(WarningLevel.THIRD, WarningLevel.after(10, ladder));
    }
}
