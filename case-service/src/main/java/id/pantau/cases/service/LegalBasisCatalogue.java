package id.pantau.cases.service;

import id.pantau.cases.domain.LegalBasis;
import id.pantau.cases.repository.LegalBasisRepository;
import id.pantau.commons.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/** The regulations a proposal may cite. A notice cites only what is in the catalogue. */
@ApplicationScoped
public class LegalBasisCatalogue {

    private final LegalBasisRepository legalBases;

    public LegalBasisCatalogue(LegalBasisRepository legalBases) {
        this.legalBases = legalBases;
    }

    public Uni<List<LegalBasis>> all() {
        return Panache.withSession(legalBases::catalogue);
    }

    /**
     * Finds the entry a caller names by id or citation, in the current session.
     *
     * @throws ProblemException 400 naming the valid ids when nothing matches
     */
    Uni<LegalBasis> resolve(String idOrCitation) {
        return legalBases.catalogue().map(entries -> entries.stream()
                .filter(entry -> entry.isNamedBy(idOrCitation))
                .findFirst()
                .orElseThrow(() -> ProblemException.badRequest("Unknown legal basis '%s'; use one of the ids %s"
                        .formatted(idOrCitation, entries.stream().map(e -> e.id).collect(Collectors.joining(", "))))));
    }
}
