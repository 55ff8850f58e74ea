package id.pantau.ingestion.repository;

import id.pantau.ingestion.domain.ContentVersion;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
}
