package id.pantau.cases.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.pantau.cases.service.Statistics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTest {

    @Test
    void barsScaleToTheLongestAndTheApiFiguresSitBesideThem() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        Statistics statistics = new Statistics(now, null, null,
                List.of(new Statistics.StateCount("meta", "OPEN", 2), new Statistics.StateCount("tiktok", "ACTIONED", 3),
                        new Statistics.StateCount("tiktok", "OPEN", 6)),
                List.of(new Statistics.TimeToAction("tiktok", 1.5, 3)),
                List.of(new Statistics.SlaCompliance("tiktok", 3, 1, 0.75), new Statistics.SlaCompliance("meta", 0, 0, null)),
                List.of(new Statistics.Backlog("tiktok", 6, now.minusSeconds(7200), 2.0, 1.25)));

        Dashboard dashboard = Dashboard.of(statistics);

        assertEquals(List.of("meta", "tiktok"), dashboard.platforms().stream().map(Dashboard.PlatformFigures::platform).toList());
        var tiktok = dashboard.platforms().get(1);
        assertEquals(List.of(75, 150), tiktok.byState().stream().map(Dashboard.Bar::length).toList());
        assertEquals(List.of(0, Dashboard.BAR_HEIGHT), tiktok.byState().stream().map(Dashboard.Bar::y).toList());
        assertEquals(75, tiktok.slaPercent());
        assertEquals(4, tiktok.slaDecided());
        assertEquals("1.5", tiktok.medianHours());
        assertEquals(3, tiktok.noticesActioned());
        assertEquals("2.0", tiktok.backlogHours());
        assertEquals("1.3", tiktok.backlogMedianHours());
        assertEquals(6, tiktok.backlogCount());

        var meta = dashboard.platforms().getFirst();
        assertEquals(50, meta.byState().getFirst().length());
        assertNull(meta.slaPercent(), "nothing decided yet: no percentage rather than 0 %");
        assertNull(meta.medianHours());
        assertNull(meta.backlogHours());
    }

    @Test
    void weeksAreDrawnAsPercentagesWithTheirCountsAndReasonsScaleToTheMostFrequent() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        Statistics statistics = new Statistics(now, null, null, List.of(), List.of(), List.of(), List.of());
        Dashboard dashboard = Dashboard.of(statistics,
                List.of(new Statistics.WeeklySla("tiktok", LocalDate.parse("2026-11-16"), 3, 1, 0.75),
                        new Statistics.WeeklySla("tiktok", LocalDate.parse("2026-11-23"), 0, 0, null),
                        new Statistics.WeeklySla("tiktok", LocalDate.parse("2026-11-30"), 2, 0, 1.0)),
                List.of(new Statistics.ContestedReason("tiktok", "NOT_ILLEGAL", 4),
                        new Statistics.ContestedReason("tiktok", "OTHER", 1)));

        var tiktok = dashboard.platforms().getFirst();
        assertEquals(List.of("2026-11-16", "2026-11-30"), tiktok.slaByWeek().stream().map(Dashboard.WeekBar::label).toList(),
                "a week with nothing decided has no bar");
        assertEquals(List.of(75, 100), tiktok.slaByWeek().stream().map(Dashboard.WeekBar::percent).toList());
        assertEquals(List.of(112, 150), tiktok.slaByWeek().stream().map(Dashboard.WeekBar::length).toList());
        assertEquals(4, tiktok.slaByWeek().getFirst().decided());
        assertEquals(2 * Dashboard.BAR_HEIGHT, tiktok.weeksHeight());
        assertEquals(List.of(150, 38), tiktok.contested().stream().map(Dashboard.Bar::length).toList());
        assertEquals(List.of("NOT_ILLEGAL", "OTHER"), tiktok.contested().stream().map(Dashboard.Bar::label).toList());
    }
}
