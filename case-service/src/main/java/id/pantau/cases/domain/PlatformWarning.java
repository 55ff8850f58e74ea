package id.pantau.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One warning letter a platform earned: the level, at which breach and for which case. */
@Entity
@Table(name = "platform_warning")
public class PlatformWarning {

    @Id
    public UUID id;

    public String platform;

    @Enumerated(EnumType.STRING)
    public WarningLevel level;

    @Column(name = "breach_count")
    public int breachCount;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "issued_at")
    public Instant issuedAt;
}
