package id.pantau.cases.console;

import id.pantau.cases.domain.LegalBasis;
import id.pantau.cases.repository.NoticeAttemptRepository;
import id.pantau.cases.service.AccountFile;
import id.pantau.cases.service.CaseFile;
import id.pantau.events.BilingualText;
import java.util.List;

/**
 * Everything the case page shows: the case file, the account's other cases, the notice as the platform
 * reads it in both languages (null before approval), every delivery attempt, and the actions allowed now.
 */
public record CasePage(CaseFile file, EvidenceText evidence, AccountFile account, NoticePreview notice,
        List<NoticeAttemptRepository.Attempt> attempts, List<CaseAction> actions, List<LegalBasis> legalBases) {

    /** The texts {@code notice.requested} carries for the latest notice. */
    public record NoticePreview(String citation, BilingualText title, BilingualText text, BilingualText reasons) {
    }

    /** The account's cases other than this one, newest first. */
    public List<id.pantau.cases.domain.TakedownCase> otherCases() {
        return account.history().stream().filter(c -> !c.id.equals(file.takedownCase().id)).toList();
    }
}
