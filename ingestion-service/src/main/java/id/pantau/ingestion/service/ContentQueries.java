package id.pantau.ingestion.service;

import id.pantau.commons.problem.ProblemException;
import id.pantau.ingestion.repository.ContentRepository;
import id.pantau.ingestion.repository.ContentVersionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ContentQueries {

    private final ContentRepository contents;
    private final ContentVersionRepository versions;

    public ContentQueries(ContentRepository contents, ContentVersionRepository versions) {
        this.contents = contents;
        this.versions = versions;
    }

    /** Content outside the caller's scope is reported as missing, so its existence does not leak. */
    @WithSession
    public Uni<StoredContent> find(UUID id, PlatformScope scope) {
        return contents.findById(id)
                .chain(item -> item == null || !scope.covers(item.platform())
                        ? Uni.createFrom().failure(ProblemException.notFound("No content " + id))
                        : versions.history(id).map(history -> new StoredContent(item, history)));
    }
}
