package id.pantau.cases.console;

import id.pantau.cases.domain.LegalBasis;
import id.pantau.cases.domain.Notice;
import id.pantau.cases.repository.NoticeAttemptRepository;
import id.pantau.cases.service.Accounts;
import id.pantau.cases.service.CaseFile;
import id.pantau.cases.service.CaseQueries;
import id.pantau.cases.service.LegalBasisCatalogue;
import id.pantau.cases.service.NoticeIssuer;
import id.pantau.events.BilingualText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Reads a case page from the services the API uses (case file, account file, legal-basis catalogue) and the
 * stored delivery attempts; the notice texts are the ones {@link NoticeIssuer} puts on {@code notice.requested}.
 */
@ApplicationScoped
public class CasePages {

    private final CaseQueries cases;
    private final Accounts accounts;
    private final LegalBasisCatalogue catalogue;
    private final NoticeAttemptRepository attempts;

    public CasePages(CaseQueries cases, Accounts accounts, LegalBasisCatalogue catalogue,
            NoticeAttemptRepository attempts) {
        this.cases = cases;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.attempts = attempts;
    }

    public Uni<CasePage> of(UUID id, ConsoleUser user) {
        return cases.file(id).chain(file -> accounts.of(file.takedownCase().platform, file.takedownCase().authorId)
                .chain(account -> catalogue.all()
                        .chain(bases -> Panache.withSession(() -> attempts.ofCase(id))
                                .map(tried -> new CasePage(file, evidence(file), account, preview(file.notice(), bases),
                                        tried, CaseAction.available(file.takedownCase(), user), bases)))));
    }

    private static EvidenceText evidence(CaseFile file) {
        var latest = file.evidence().isEmpty() ? null : file.evidence().getLast();
        return latest == null ? null : EvidenceText.of(latest.text, latest.snapshot);
    }

    static CasePage.NoticePreview preview(Notice notice, List<LegalBasis> bases) {
        if (notice == null) {
            return null;
        }
        LegalBasis basis = bases.stream().filter(b -> b.id.equals(notice.legalBasisId)).findFirst().orElse(null);
        if (basis == null) {
            return new CasePage.NoticePreview(notice.legalBasis, null, null, null);
        }
        return new CasePage.NoticePreview(basis.citation, new BilingualText(basis.titleIndonesian, basis.titleEnglish),
                new BilingualText(basis.textIndonesian, basis.textEnglish),
                NoticeIssuer.statementOfReasons(basis, notice.reason));
    }
}
