package id.pantau.cases.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTest {

    @Test
    void barsScaleToTheLongestAndFiguresSitBesideThem() {
        Dashboard dashboard = Dashboard.of(
                List.<Object[]>of(new Object[] {"meta", "OPEN", 2L}, new Object[] {"tiktok", "ACTIONED", 3L},
                        new Object[] {"tiktok", "OPEN", 6L}),
                List.<Object[]>of(new Object[] {"tiktok", 3L, 4L, 5400.0}),
                List.<Object[]>of(new Object[] {"tiktok", 6L, 7200.0}));

        assertEquals(List.of("meta", "tiktok"), dashboard.platforms().stream().map(Dashboard.PlatformFigures::platform).toList());
        var tiktok = dashboard.platforms().get(1);
        assertEquals(List.of(75, 150), tiktok.byState().stream().map(Dashboard.Bar::length).toList());
        assertEquals(List.of(0, Dashboard.BAR_HEIGHT), tiktok.byState().stream().map(Dashboard.Bar::y).toList());
        assertEquals(75, tiktok.slaPercent());
        assertEquals("1.5", tiktok.medianHours());
        assertEquals("2.0", tiktok.backlogHours());
        assertEquals(6, tiktok.backlogCount());

        var meta = dashboard.platforms().getFirst();
        assertEquals(50, meta.byState().getFirst().length());
        assertNull(meta.slaPercent(), "no notice was due yet: no percentage rather than 0 %");
        assertNull(meta.medianHours());
    }
}
