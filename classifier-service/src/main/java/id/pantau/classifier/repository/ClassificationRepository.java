package id.pantau.classifier.repository;

import id.pantau.classifier.domain.Classification;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ClassificationRepository implements PanacheRepositoryBase<Classification, UUID> {

    // The unique key decides, not a prior lookup: two consumers racing on one version cannot both insert.
    private static final String INSERT_IF_ABSENT = """
            insert into classification (id, content_id, content_version, verdict, score, matches, rule_set_id,
                                        rule_set_version, model_version, classified_at)
            values (:id, :contentId, :contentVersion, :verdict, :score, :matches, :ruleSetId, :ruleSetVersion,
                    :modelVersion, :classifiedAt)
            on conflict (content_id, content_version) do nothing""";

    /** @return false when this content version already has a classification (nothing is written then) */
    public Uni<Boolean> insertIfAbsent(Classification row) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_IF_ABSENT)
                        .setParameter("id", row.id)
                        .setParameter("contentId", row.contentId)
                        .setParameter("contentVersion", row.contentVersion)
                        .setParameter("verdict", row.verdict.name())
                        .setParameter("score", row.score)
                        .setParameter("matches", row.matches)
                        .setParameter("ruleSetId", row.ruleSetId)
                        .setParameter("ruleSetVersion", row.ruleSetVersion)
                        .setParameter("modelVersion", row.modelVersion)
                        .setParameter("classifiedAt", row.classifiedAt)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
