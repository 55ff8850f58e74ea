package id.pantau.cases.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.pantau.cases.support.CaseFixtures;
import id.pantau.events.DeliveryStatus;
import id.pantau.events.Verdict;
import id.pantau.local.ConsoleBrowser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser (headless Debian chromium) against the real Keycloak login page: an analyst
 * proposes, a reviewer approves, the delivery report moves the case to NOTICE_SENT. The delivery report is
 * published on {@code notice.status} by the test (as notification-service would), not by a running
 * notification-service. Skips loudly where chromium or chromedriver are not installed.
 */
@QuarkusTest
@TestProfile(ConsolePortProfile.class)
class ConsoleBrowserTest {

    private static final String CONSOLE = "http://localhost:8083/console";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    CaseFixtures fixtures;

    @BeforeAll
    static void browserInstalled() {
        ConsoleBrowser.assumeInstalled("the console browser tests");
    }

    @Test
    void analystProposesReviewerApprovesAndTheNoticeIsSent() {
        // two cases of one account: the queue is filtered to it, the case page lists the other one
        String authorId = "seller-" + UUID.randomUUID();
        var classified = fixtures.classification("tiktok", authorId, "term.bongkar-bal", Verdict.VIOLATION, 3.5,
                "Bongkar bal impor Korea hari ini!");
        String externalId = classified.content().externalId();
        String caseId = fixtures.open(classified);
        String falsePositive = fixtures.open(fixtures.classification("tiktok", authorId, "term.bongkar-bal",
                Verdict.REVIEW, 1.2, "Bongkar balon"));
        String queue = CONSOLE + "/queue?account=" + authorId;

        try (ConsoleBrowser analyst = ConsoleBrowser.open(SCREENSHOTS)) {
            analyst.get(queue);
            analyst.signIn("analyst1", "/console/queue");
            assertTrue(analyst.find("signed-in").getText().contains("analyst1"));

            // the case is in the queue: open it from its row
            By row = By.cssSelector("tr[data-external-id='" + externalId + "'] a.case-link");
            analyst.until(ExpectedConditions.presenceOfElementLocated(row));
            analyst.screenshot("01-queue");
            // bulk: dismiss another case from the queue, with a result per case
            analyst.driver().findElement(By.cssSelector("input[value='" + falsePositive + "']")).click();
            analyst.find("b-reason").sendKeys("A bale of balloons, not clothing.");
            analyst.find("bulk-dismiss").click();
            assertTrue(analyst.find("bulk-results").getText().contains("DISMISSED"));
            assertEquals("DISMISSED", fixtures.detail(falsePositive).getString("state"));
            analyst.get(queue);
            analyst.until(ExpectedConditions.presenceOfElementLocated(row)).click();
            assertEquals("OPEN", analyst.find("case-state").getText());
            assertEquals("bongkar bal", analyst.driver().findElement(By.cssSelector("#evidence-text mark")).getText()
                    .toLowerCase(java.util.Locale.ROOT));
            assertTrue(analyst.find("other-cases").getText().contains("DISMISSED"));
            analyst.screenshot("02-case-open");

            // propose with a legal basis and a reason
            new Select(analyst.find("propose-basis")).selectByValue("permendag-18-2021-jo-40-2022");
            analyst.find("propose-reason").sendKeys("Promotes imported second-hand clothing (bale opening).");
            analyst.find("do-propose").click();
            analyst.until(ExpectedConditions.textToBe(By.id("case-state"), "PROPOSED"));
            analyst.screenshot("03-case-proposed");

            // an analyst is offered no approval, and a forged one is refused by the server
            assertFalse(analyst.has(By.id("do-approve")), "analyst1 must not see an approve action");
            String token = analyst.csrfToken();
            assertEquals(403L, analyst.postForm("/console/cases/" + caseId + "/approve", token));
            // a form post without the CSRF token is refused, even for an action the analyst may take
            assertEquals(400L, analyst.postForm("/console/cases/" + caseId + "/dismiss", null));
            assertEquals("PROPOSED", fixtures.detail(caseId).getString("state"));

            // sign-out ends the Keycloak session too: the console asks for the password again
            analyst.find("sign-out").click();
            analyst.find("signed-out");
            analyst.screenshot("04-signed-out");
            analyst.get(CONSOLE + "/queue");
            analyst.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertTrue(analyst.driver().getCurrentUrl().contains("/realms/pantau/"), analyst.driver().getCurrentUrl());
        }

        try (ConsoleBrowser reviewer = ConsoleBrowser.open(SCREENSHOTS)) {
            reviewer.get(CONSOLE + "/cases/" + caseId);
            reviewer.signIn("reviewer1", "/console/cases/" + caseId);
            assertEquals("PROPOSED", reviewer.find("case-state").getText());
            reviewer.find("do-approve").click();
            reviewer.until(ExpectedConditions.textToBe(By.id("case-state"), "APPROVED"));

            // notification-service reports the delivery on notice.status
            String noticeId = fixtures.detail(caseId).getString("notice.id");
            fixtures.publish(CaseFixtures.status(new CaseFixtures.Approved(caseId, noticeId, externalId), "tiktok",
                    DeliveryStatus.DELIVERED, 1));
            fixtures.awaitState(caseId, "NOTICE_SENT");
            reviewer.get(CONSOLE + "/cases/" + caseId);
            assertEquals("NOTICE_SENT", reviewer.find("case-state").getText());
            assertTrue(reviewer.find("notice").getText().contains("DELIVERED"));
            assertTrue(reviewer.find("attempts").getText().contains("WEBHOOK"));
            assertTrue(reviewer.find("notice-en").getText().contains("This content violates"));
            reviewer.screenshot("05-case-notice-sent");

            reviewer.get(CONSOLE + "/dashboard");
            reviewer.find("p-tiktok");
            reviewer.screenshot("06-dashboard");

            reviewer.find("main");
            reviewer.driver().findElement(By.cssSelector("a[hreflang='en']")).click();
            reviewer.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            assertTrue(reviewer.driver().findElement(By.tagName("h1")).getText().contains("Compliance dashboard"));
            reviewer.screenshot("07-dashboard-en");
        }
    }

    @Test
    void theRuleSetPageClassifiesATextWithTheSignedInPersonsToken() throws Exception {
        try (ClassifierDouble classifier = new ClassifierDouble(ConsolePortProfile.CLASSIFIER_PORT);
                ConsoleBrowser analyst = ConsoleBrowser.open(SCREENSHOTS)) {
            analyst.get(CONSOLE + "/rules");
            analyst.signIn("analyst2", "/console/rules");
            assertTrue(analyst.find("rule-set-version").getText().contains("second-hand-clothing"));
            analyst.find("play-text").sendKeys("Hari ini BONGKAR BAL impor Korea");
            analyst.find("do-classify").click();
            assertEquals("VIOLATION", analyst.find("verdict").getText());
            assertEquals("BONGKAR BAL", analyst.driver().findElement(By.cssSelector("#classified-text mark")).getText());
            analyst.screenshot("08-rules-playground");
            assertTrue(classifier.callers.size() >= 2);
            assertTrue(classifier.callers.stream().allMatch("analyst2"::equals), classifier.callers.toString());
        }
    }

    @Test
    void aSupervisorComparesEvaluatesAndActivatesADraftThenVerifiesTheAuditChain() throws Exception {
        try (ClassifierDouble classifier = new ClassifierDouble(ConsolePortProfile.CLASSIFIER_PORT);
                ConsoleBrowser supervisor = ConsoleBrowser.open(SCREENSHOTS)) {
            supervisor.get(CONSOLE + "/rules");
            supervisor.signIn("supervisor1", "/console/rules");
            assertTrue(supervisor.find("versions").getText().contains("DRAFT"));

            // a readable diff of the active version and the draft
            new Select(supervisor.find("diff-from")).selectByValue("1");
            new Select(supervisor.find("diff-to")).selectByValue("2");
            supervisor.find("do-diff").click();
            assertTrue(supervisor.find("diff-added").getText().contains("import-ban"));
            assertTrue(supervisor.find("diff-removed").getText().contains("thrift"));
            assertTrue(supervisor.find("diff-changed").getText().contains("bal korea"));
            assertTrue(supervisor.find("diff-thresholds").getText().contains("2.5"));
            supervisor.screenshot("09-rules-diff");

            // the draft's evaluation report, then the activation under it
            supervisor.get(CONSOLE + "/rules/2");
            assertFalse(supervisor.has(By.id("do-activate")), "activation is offered with an evaluation report");
            supervisor.find("eval-items").sendKeys("{\"text\":\"Bongkar bal korea\",\"label\":\"VIOLATION\"}\n"
                    + "{\"text\":\"Razia bal impor di Bandung\",\"label\":\"CLEAR\"}");
            supervisor.find("do-evaluate").click();
            assertEquals("0.5", supervisor.find("eval-precision").getText());
            assertEquals("2", supervisor.find("eval-count").getText());
            assertTrue(supervisor.find("misclassified").getText().contains("Razia bal impor di Bandung"));
            assertTrue(supervisor.find("confusion").getText().contains("VIOLATION"));
            supervisor.screenshot("10-rules-evaluation");
            supervisor.find("do-activate").click();
            supervisor.until(ExpectedConditions.textToBe(By.id("version-status"), "ACTIVE"));
            assertEquals(List.of("POST"), classifier.activations);
            assertTrue(classifier.callers.stream().allMatch("supervisor1"::equals), classifier.callers.toString());

            // the auditors' page: transparency downloads and the audit-chain verification
            supervisor.get(CONSOLE + "/audit");
            assertTrue(supervisor.find("download-csv").getDomAttribute("href").contains("format=csv"));
            supervisor.find("do-verify").click();
            supervisor.find("verification");
            assertTrue(supervisor.has(By.id("chain-intact")) || supervisor.has(By.id("chain-broken")));
            supervisor.screenshot("11-audit");
        }
    }

    /** A same-origin form post from inside the signed-in page, as a forger with the session would send it. */
}
