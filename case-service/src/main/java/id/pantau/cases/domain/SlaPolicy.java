package id.pantau.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** How long one platform has to act on a notice, by priority. */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

    @Id
    public String platform;

    @Column(name = "normal_seconds")
    public long normalSeconds;

    @Column(name = "urgent_seconds")
    public long urgentSeconds;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Duration deadlineFor(Priority priority) {
        return Duration.ofSeconds(priority == Priority.URGENT ? urgentSeconds : normalSeconds);
    }
}
