package id.pantau.classifier.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import id.pantau.events.Verdict;
import java.time.Instant;
import java.util.UUID;

/** The decision on one version of one content item; at most one per (content id, version). */
@Entity
@Table(name = "classification")
public class Classification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "content_id")
    public UUID contentId;

    @Column(name = "content_version")
    public int contentVersion;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public double score;

    /** The matched spans as a JSON array of MatchedTerm, the explanation as it was given. */
    public String matches;

    @Column(name = "rule_set_id")
    public String ruleSetId;

    @Column(name = "rule_set_version")
    public int ruleSetVersion;

    /** The trained model that took part, or "none" when the rules decided alone. */
    @Column(name = "model_version")
    public String modelVersion;

    @Column(name = "classified_at")
    public Instant classifiedAt;
}
