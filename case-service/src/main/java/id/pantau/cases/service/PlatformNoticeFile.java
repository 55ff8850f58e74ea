package id.pantau.cases.service;

import id.pantau.cases.domain.Evidence;
import id.pantau.cases.domain.Notice;
import id.pantau.cases.domain.TakedownCase;

/** A notice as its platform sees it; {@code evidence} (the snapshot the notice cites) only when fetched alone. */
public record PlatformNoticeFile(Notice notice, TakedownCase takedownCase, Evidence evidence) {
}
