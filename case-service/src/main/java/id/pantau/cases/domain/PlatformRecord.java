package id.pantau.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A platform's SLA standing. Written only by SQL upserts (see PlatformRecordRepository); read here. */
@Entity
@Table(name = "platform_record")
public class PlatformRecord {

    @Id
    public String platform;

    @Column(name = "sla_breaches")
    public int slaBreaches;

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_level")
    public WarningLevel warningLevel;

    @Column(name = "last_breach_at")
    public Instant lastBreachAt;

    @Column(name = "last_breach_case_id")
    public UUID lastBreachCaseId;
}
