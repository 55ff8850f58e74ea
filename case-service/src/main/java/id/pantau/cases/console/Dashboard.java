package id.pantau.cases.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The compliance figures per platform, with bar lengths for the server-drawn SVG charts. */
public record Dashboard(List<PlatformFigures> platforms) {

    /** One bar: its label, its number and where it is drawn (its length scales with the longest bar). */
    public record Bar(String label, long value, int length, int y) {

        static final int LABEL_WIDTH = 110;
        static final int MAX_LENGTH = 150;

        public int textY() {
            return y + 15;
        }

        public int rectY() {
            return y + 3;
        }

        public int rectX() {
            return LABEL_WIDTH;
        }

        public int valueX() {
            return LABEL_WIDTH + length + 5;
        }
    }

    public record PlatformFigures(String platform, List<Bar> byState, int chartHeight, long slaMet, long slaDue,
            Integer slaPercent, String medianHours, long backlogCount, String backlogHours) {
    }

    static final int BAR_HEIGHT = 22;

    /** Builds the view from the three queries of {@link ConsoleQueries}. */
    static Dashboard of(List<Object[]> byState, List<Object[]> sla, List<Object[]> backlog) {
        Map<String, List<Object[]>> states = new TreeMap<>();
        long longest = 1;
        for (Object[] row : byState) {
            states.computeIfAbsent((String) row[0], p -> new ArrayList<>()).add(row);
            longest = Math.max(longest, (Long) row[2]);
        }
        Map<String, Object[]> slaBy = new TreeMap<>();
        sla.forEach(row -> slaBy.put((String) row[0], row));
        Map<String, Object[]> backlogBy = new TreeMap<>();
        backlog.forEach(row -> backlogBy.put((String) row[0], row));

        List<PlatformFigures> figures = new ArrayList<>();
        for (var entry : states.entrySet()) {
            List<Bar> bars = new ArrayList<>();
            for (Object[] row : entry.getValue()) {
                long count = (Long) row[2];
                int length = (int) Math.max(1, Math.round((double) Bar.MAX_LENGTH * count / longest));
                bars.add(new Bar((String) row[1], count, length, bars.size() * BAR_HEIGHT));
            }
            Object[] s = slaBy.get(entry.getKey());
            long met = s == null ? 0 : (Long) s[1];
            long due = s == null ? 0 : (Long) s[2];
            Integer percent = due == 0 ? null : (int) Math.round(100.0 * met / due);
            String median = s == null || s[3] == null ? null : hours((Double) s[3]);
            Object[] b = backlogBy.get(entry.getKey());
            figures.add(new PlatformFigures(entry.getKey(), bars, bars.size() * BAR_HEIGHT, met, due, percent, median,
                    b == null ? 0 : (Long) b[1], b == null ? null : hours((Double) b[2])));
        }
        return new Dashboard(figures);
    }

    private static String hours(double seconds) {
        return String.format(java.util.Locale.ROOT, "%.1f", seconds / 3600.0);
    }
}
