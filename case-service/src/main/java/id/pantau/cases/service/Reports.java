package id.pantau.cases.service;

import id.pantau.cases.repository.CaseStatisticsRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/** Statistics and the monthly transparency report, from the aggregates PostgreSQL computes. */
@ApplicationScoped
public class Reports {

    private final CaseStatisticsRepository stats;
    private final Clock clock;

    public Reports(CaseStatisticsRepository stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    public Uni<Statistics> statistics(Instant from, Instant to) {
        Instant now = Timestamps.now(clock);
        return Panache.withSession(() -> stats.casesByPlatformAndState(from, to)
                .chain(states -> stats.medianHoursToAction(from, to)
                        .chain(times -> stats.slaCompliance(from, to)
                                .chain(sla -> stats.backlog(now, from, to)
                                        .map(backlog -> new Statistics(now, from, to,
                                                states.stream().map(r -> new Statistics.StateCount((String) r[0],
                                                        (String) r[1], number(r[2]))).toList(),
                                                times.stream().map(r -> new Statistics.TimeToAction((String) r[0],
                                                        decimal(r[1]), number(r[2]))).toList(),
                                                sla.stream().map(Reports::compliance).toList(),
                                                backlog.stream().map(r -> backlogOf(r, now)).toList()))))));
    }

    /** SLA compliance per platform and calendar week of issue, over notices issued in the window. */
    public Uni<List<Statistics.WeeklySla>> slaComplianceByWeek(Instant from, Instant to) {
        return Panache.withSession(() -> stats.slaComplianceByWeek(from, to)).map(rows -> rows.stream().map(r -> {
            long met = number(r[2]);
            long breached = number(r[3]);
            return new Statistics.WeeklySla((String) r[0], date(r[1]), met, breached,
                    met + breached == 0 ? null : (double) met / (met + breached));
        }).toList());
    }

    /** Contest reason codes per platform, over notices contested in the window. */
    public Uni<List<Statistics.ContestedReason>> contestedReasons(Instant from, Instant to) {
        return Panache.withSession(() -> stats.contestedReasons(from, to)).map(rows -> rows.stream()
                .map(r -> new Statistics.ContestedReason((String) r[0], (String) r[1], number(r[2])))
                .toList());
    }

    /** A calendar month in UTC; {@code platform} null for every platform with activity in it. */
    public Uni<List<TransparencyRow>> transparency(YearMonth month, String platform) {
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Panache.withSession(() -> stats.transparency(from, to, platform)).map(rows -> rows.stream()
                .map(r -> new TransparencyRow(month.toString(), (String) r[0], number(r[1]), number(r[2]), number(r[3]),
                        number(r[4]), r[5] == null ? null : decimal(r[5])))
                .toList());
    }

    private static Statistics.SlaCompliance compliance(Object[] r) {
        long met = number(r[1]);
        long breached = number(r[2]);
        Double share = met + breached == 0 ? null : (double) met / (met + breached);
        return new Statistics.SlaCompliance((String) r[0], met, breached, share);
    }

    private static Statistics.Backlog backlogOf(Object[] r, Instant now) {
        Instant oldest = instant(r[2]);
        double oldestAge = Duration.between(oldest, now).toSeconds() / 3600.0;
        return new Statistics.Backlog((String) r[0], number(r[1]), oldest, oldestAge, decimal(r[3]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static double decimal(Object value) {
        return ((Number) value).doubleValue();
    }

    private static java.time.LocalDate date(Object value) {
        return switch (value) {
            case java.time.LocalDate day -> day;
            case java.sql.Date day -> day.toLocalDate();
            default -> throw new IllegalStateException("Unexpected date type " + value.getClass());
        };
    }

    /** The driver hands timestamptz back as an OffsetDateTime or an Instant depending on the query. */
    private static Instant instant(Object value) {
        return switch (value) {
            case Instant at -> at;
            case java.time.OffsetDateTime at -> at.toInstant();
            case java.sql.Timestamp at -> at.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
        };
    }
}
