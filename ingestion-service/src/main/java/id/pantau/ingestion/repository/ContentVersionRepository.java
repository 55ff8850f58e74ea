package id.pantau.ingestion.repository;

import id.pantau.ingestion.domain.ContentVersion;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContentVersionRepository implements PanacheRepositoryBase<ContentVersion, UUID> {

    public Uni<ContentVersion> latest(UUID contentId) {
        return find("contentId", Sort.descending("version"), contentId).firstResult();
    }

    public Uni<List<ContentVersion>> history(UUID contentId) {
        return list("contentId", Sort.ascending("version"), contentId);
    }

    /** The latest version of each of these items, in one query. */
    public Uni<List<ContentVersion>> latestOf(Collection<UUID> contentIds) {
        if (contentIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // Both aliases explicit: an unqualified contentId in the subquery would bind to w and take the global max.
        return list("from ContentVersion v where v.contentId in ?1 and v.version = "
                + "(select max(w.version) from ContentVersion w where w.contentId = v.contentId)", contentIds);
    }
}
