package id.pantau.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "pantau.case")
public interface CaseConfig {

    /** Base URL platforms reach this service at; notices point their response link here. */
    @WithDefault("http://localhost:8083")
    String publicUrl();

    /** Named in every notice as the authority that issues it. */
    @WithDefault("Kementerian Koperasi dan UKM Republik Indonesia")
    String issuingAuthority();

    /** A VIOLATION scoring at least this opens an URGENT case. */
    @WithDefault("4.0")
    double urgentScore();

    /**
     * An account (platform + author id) with at least this many earlier cases that were not dismissed is
     * a repeat offender: its new cases open URGENT.
     */
    @WithDefault("3")
    int repeatOffenderThreshold();

    Deadlines deadline();

    Escalation escalation();

    /** How often the cases-by-state gauge is recounted from the database. */
    @WithDefault("15s")
    Duration metricsRefresh();

    interface Escalation {
        /** How often the scheduler looks for overdue cases; {@code off} disables it (the tests drive it). */
        @WithDefault("30s")
        String every();

        /** Cases escalated per transaction; a pass repeats until no overdue case is left. */
        @WithDefault("100")
        int batchSize();

        /** Breach counts at which a platform reaches the FIRST, SECOND and THIRD warning. */
        @WithDefault("1,2,3")
        List<Integer> warningLadder();
    }

    interface Deadlines {
        /** Time the platform has to act on a NORMAL notice (Permenkominfo 5/2020 practice). */
        @WithDefault("PT24H")
        Duration normal();

        @WithDefault("PT4H")
        Duration urgent();
    }
}
