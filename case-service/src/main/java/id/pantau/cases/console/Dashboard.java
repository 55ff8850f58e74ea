package id.pantau.cases.console;

import id.pantau.cases.service.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The API's {@link Statistics} per platform, with bar lengths for the server-drawn SVG charts. Nothing is
 * counted here: every figure is the one {@code GET /api/v1/statistics} answers.
 */
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

    /** One week's SLA compliance: its bar is the percentage, its text the percentage and the counts. */
    public record WeekBar(String label, int percent, long met, long decided, int length, int y) {

        public int textY() {
            return y + 15;
        }

        public int rectY() {
            return y + 3;
        }

        public int rectX() {
            return Bar.LABEL_WIDTH;
        }

        public int valueX() {
            return Bar.LABEL_WIDTH + length + 5;
        }
    }

    /** {@code slaPercent} and the hour figures are null while there is nothing to measure. */
    public record PlatformFigures(String platform, List<Bar> byState, int chartHeight, long slaMet, long slaDecided,
            Integer slaPercent, String medianHours, long noticesActioned, long backlogCount, String backlogHours,
            String backlogMedianHours, List<WeekBar> slaByWeek, int weeksHeight, List<Bar> contested,
            int contestedHeight) {
    }

    static final int BAR_HEIGHT = 22;

    static Dashboard of(Statistics statistics) {
        return of(statistics, List.of(), List.of());
    }

    /** With the weekly SLA compliance and the contest reasons ({@code Reports#slaComplianceByWeek}, {@code #contestedReasons}). */
    static Dashboard of(Statistics statistics, List<Statistics.WeeklySla> weeks, List<Statistics.ContestedReason> reasons) {
        Map<String, List<Statistics.StateCount>> states = statistics.casesByPlatformAndState().stream()
                .collect(Collectors.groupingBy(Statistics.StateCount::platform, TreeMap::new, Collectors.toList()));
        long longest = Math.max(1, statistics.casesByPlatformAndState().stream()
                .mapToLong(Statistics.StateCount::cases).max().orElse(1));
        var sla = byPlatform(statistics.slaCompliance(), Statistics.SlaCompliance::platform);
        var times = byPlatform(statistics.timeToAction(), Statistics.TimeToAction::platform);
        var backlog = byPlatform(statistics.backlog(), Statistics.Backlog::platform);
        TreeSet<String> platforms = new TreeSet<>(states.keySet());
        platforms.addAll(sla.keySet());
        platforms.addAll(times.keySet());
        Map<String, List<Statistics.WeeklySla>> weeksBy = weeks.stream()
                .collect(Collectors.groupingBy(Statistics.WeeklySla::platform, TreeMap::new, Collectors.toList()));
        Map<String, List<Statistics.ContestedReason>> reasonsBy = reasons.stream()
                .collect(Collectors.groupingBy(Statistics.ContestedReason::platform, TreeMap::new, Collectors.toList()));
        platforms.addAll(weeksBy.keySet());
        platforms.addAll(reasonsBy.keySet());

        List<PlatformFigures> figures = new ArrayList<>();
        for (String platform : platforms) {
            List<Bar> bars = new ArrayList<>();
            for (Statistics.StateCount count : states.getOrDefault(platform, List.of())) {
                int length = (int) Math.max(1, Math.round((double) Bar.MAX_LENGTH * count.cases() / longest));
                bars.add(new Bar(count.state(), count.cases(), length, bars.size() * BAR_HEIGHT));
            }
            List<WeekBar> weekBars = new ArrayList<>();
            for (Statistics.WeeklySla week : weeksBy.getOrDefault(platform, List.of())) {
                if (week.compliance() == null) {
                    continue;
                }
                int percent = (int) Math.round(100 * week.compliance());
                weekBars.add(new WeekBar(week.week().toString(), percent, week.met(), week.met() + week.breached(),
                        Math.max(1, percent * Bar.MAX_LENGTH / 100), weekBars.size() * BAR_HEIGHT));
            }
            List<Statistics.ContestedReason> contested = reasonsBy.getOrDefault(platform, List.of());
            long most = Math.max(1, contested.stream().mapToLong(Statistics.ContestedReason::notices).max().orElse(1));
            List<Bar> reasonBars = new ArrayList<>();
            for (Statistics.ContestedReason reason : contested) {
                int length = (int) Math.max(1, Math.round((double) Bar.MAX_LENGTH * reason.notices() / most));
                reasonBars.add(new Bar(reason.reasonCode(), reason.notices(), length, reasonBars.size() * BAR_HEIGHT));
            }
            Statistics.SlaCompliance s = sla.get(platform);
            Statistics.TimeToAction t = times.get(platform);
            Statistics.Backlog b = backlog.get(platform);
            figures.add(new PlatformFigures(platform, bars, bars.size() * BAR_HEIGHT,
                    s == null ? 0 : s.met(), s == null ? 0 : s.met() + s.breached(),
                    s == null || s.compliance() == null ? null : (int) Math.round(100 * s.compliance()),
                    t == null ? null : hours(t.medianHours()), t == null ? 0 : t.noticesActioned(),
                    b == null ? 0 : b.cases(), b == null ? null : hours(b.oldestAgeHours()),
                    b == null ? null : hours(b.medianAgeHours()), weekBars, weekBars.size() * BAR_HEIGHT,
                    reasonBars, reasonBars.size() * BAR_HEIGHT));
        }
        return new Dashboard(figures);
    }

    private static <T> Map<String, T> byPlatform(List<T> rows, Function<T, String> platform) {
        return rows.stream().collect(Collectors.toMap(platform, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    static String hours(double hours) {
        return String.format(Locale.ROOT, "%.1f", hours);
    }
}
