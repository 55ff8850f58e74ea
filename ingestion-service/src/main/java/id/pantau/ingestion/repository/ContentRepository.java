package id.pantau.ingestion.repository;

import id.pantau.ingestion.domain.ContentItem;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
public class ContentRepository implements PanacheRepositoryBase<ContentItem, UUID> {

    /**
     * Locks the item until the transaction ends so that concurrent submissions of one item decide
     * duplicate or edit one after the other and never compute the same next version.
     */
    public Uni<ContentItem> findForUpdate(String platform, String externalId) {
        return find("platform = ?1 and externalId = ?2", platform, externalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }
}
