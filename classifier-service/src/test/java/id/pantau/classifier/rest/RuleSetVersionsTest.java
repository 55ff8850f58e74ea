package id.pantau.classifier.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.classifier.TestSupport;
import id.pantau.classifier.repository.RuleSetRepository;
import id.pantau.classifier.service.ActiveRuleSet;
import id.pantau.classifier.service.RuleSetReplication;
import id.pantau.commons.problem.Problem;
import id.pantau.local.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuleSetVersionsTest {

    private static final String V2 = resource("rulesets/second-hand-clothing.v2.json");
    private static final String READ = "/api/v1/rulesets";

    @Inject
    RuleSetRepository repository;

    @Inject
    Vertx vertx;

    private static String resource(String name) {
        try (InputStream in = RuleSetVersionsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String user(String name) {
        return TestSupport.userToken(name);
    }

    private static long versions() {
        return TestSupport.count("select count(*) from rule_set");
    }

    /** A copy of version 2 with a policy text of its own, so that each test's draft is told apart. */
    private static String copyOfV2(String marker) {
        return V2.replaceFirst("\"policy\": \"", "\"policy\": \"" + marker + " ");
    }

    private static int createDraft(String document) {
        return given().auth().oauth2(user(KeycloakTokens.ANALYST)).contentType(ContentType.JSON).body(document)
                .when().post(READ)
                .then().statusCode(201).extract().path("version");
    }

    @Test
    void firstStartSeededTheShippedFilesAndTheListShowsThem() {
        for (String reader : new String[] {KeycloakTokens.ANALYST, KeycloakTokens.REVIEWER, KeycloakTokens.SUPERVISOR,
                KeycloakTokens.AUDITOR, KeycloakTokens.ADMIN}) {
            given().auth().oauth2(user(reader)).when().get(READ)
                    .then().statusCode(200)
                    .body("version", hasItems(3, 4))
                    .body("find { it.version == 3 }.createdBy", equalTo(RuleSetReplication.SEED_ACTOR))
                    .body("find { it.version == 3 }.ruleSetId", equalTo("second-hand-clothing"))
                    .body("[0].definition", nullValue());
        }
        assertEquals(1, TestSupport.count("select count(*) from rule_set where status = 'ACTIVE'"));
        assertEquals(1, TestSupport.count(
                "select count(*) from rule_set_activation where version = 4 and activated_by = ? and previous_version is null",
                RuleSetReplication.SEED_ACTOR));
    }

    @Test
    void oneVersionWithItsDocument() {
        given().auth().oauth2(user(KeycloakTokens.AUDITOR)).when().get(READ + "/3")
                .then().statusCode(200)
                .body("version", equalTo(3))
                .body("definition.version", equalTo(3))
                .body("definition.rules.id", hasItems("origin-words", "imported-clothing", "explicit-denial"));
        given().auth().oauth2(user(KeycloakTokens.AUDITOR)).when().get(READ + "/99999")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().auth().oauth2(user(KeycloakTokens.AUDITOR)).when().get(READ + "/three")
                .then().statusCode(404);
    }

    @Test
    void readingNeedsAMinistryRole() {
        given().when().get(READ).then().statusCode(401);
        given().when().get(READ + "/2").then().statusCode(401);
        given().auth().oauth2(TestSupport.clientToken(KeycloakTokens.TIKTOK)).when().get(READ).then().statusCode(403);
        given().auth().oauth2(TestSupport.clientToken(KeycloakTokens.CRAWLER)).when().get(READ + "/2").then().statusCode(403);
    }

    @Test
    void analystCreatesADraftWhichGetsTheNextVersion() {
        String marker = UUID.randomUUID().toString();
        given().auth().oauth2(user(KeycloakTokens.ANALYST)).contentType(ContentType.JSON).body(copyOfV2(marker))
                .when().post(READ)
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/rulesets/\\d+"))
                .body("status", equalTo("DRAFT"))
                .body("createdBy", equalTo(KeycloakTokens.ANALYST))
                .body("activatedBy", nullValue())
                .body("definition.policy", org.hamcrest.Matchers.startsWith(marker));
        // A draft may be unfinished: stored, and told what is wrong when validated.
        int unfinished = createDraft("{\"id\": \"second-hand-clothing\", \"rules\": []}");
        given().auth().oauth2(user(KeycloakTokens.SUPERVISOR)).when().post(READ + "/" + unfinished + "/validate")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItems("policy", "thresholds", "rules"))
                .body("errors.message", hasItem("rules must list at least one rule"));
    }

    @Test
    void draftingIsForAnalystsAndSupervisors() {
        long before = versions();
        for (String other : new String[] {KeycloakTokens.REVIEWER, KeycloakTokens.AUDITOR, KeycloakTokens.ADMIN}) {
            given().auth().oauth2(user(other)).contentType(ContentType.JSON).body(V2).when().post(READ).then().statusCode(403);
        }
        given().auth().oauth2(TestSupport.clientToken(KeycloakTokens.TIKTOK)).contentType(ContentType.JSON).body(V2)
                .when().post(READ).then().statusCode(403);
        given().contentType(ContentType.JSON).body(V2).when().post(READ).then().statusCode(401);
        assertEquals(before, versions());
    }

    @Test
    void badDocumentsAre400AndStoreNothing() {
        long before = versions();
        for (String bad : new String[] {"", "not json", "[1, 2]", "\"text\"", "{\"id\": \"a\", \"id\": \"b\"}", "{} {}",
                "{\"id\": "}) {
            given().auth().oauth2(user(KeycloakTokens.ANALYST)).contentType(ContentType.JSON).body(bad)
                    .when().post(READ)
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("status", equalTo(400));
        }
        given().auth().oauth2(user(KeycloakTokens.ANALYST)).contentType(ContentType.TEXT).body(V2)
                .when().post(READ).then().statusCode(415);
        given().auth().oauth2(user(KeycloakTokens.ANALYST)).contentType(ContentType.JSON)
                .body("{\"policy\": \"" + "x".repeat(RuleSetResource.MAX_DOCUMENT) + "\"}")
                .when().post(READ).then().statusCode(413).contentType(Problem.MEDIA_TYPE);
        assertEquals(before, versions());
    }

    @Test
    void onlyADraftCanBeEdited() {
        int draft = createDraft(copyOfV2("first"));
        given().auth().oauth2(user(KeycloakTokens.SUPERVISOR)).contentType(ContentType.JSON).body(copyOfV2("second"))
                .when().put(READ + "/" + draft)
                .then().statusCode(200).body("definition.policy", org.hamcrest.Matchers.startsWith("second"));
        given().auth().oauth2(user(KeycloakTokens.ANALYST)).contentType(ContentType.JSON).body("[]")
                .when().put(READ + "/" + draft).then().statusCode(400);
        given().auth().oauth2(user(KeycloakTokens.REVIEWER)).contentType(ContentType.JSON).body(copyOfV2("third"))
                .when().put(READ + "/" + draft).then().statusCode(403);
        given().auth().oauth2(user(KeycloakTokens.ANALYST)).when().get(READ + "/" + draft)
                .then().body("definition.policy", org.hamcrest.Matchers.startsWith("second"));
        // Version 4, seeded ACTIVE, was in force once: it is never edited again, whatever its status now.
        given().auth().oauth2(user(KeycloakTokens.ANALYST)).contentType(ContentType.JSON).body(copyOfV2("edited"))
                .when().put(READ + "/4")
                .then().statusCode(409).contentType(Problem.MEDIA_TYPE).body("detail", org.hamcrest.Matchers.containsString("DRAFT"));
        assertEquals(0, TestSupport.count("select count(*) from rule_set where version = 4 and definition like '%edited%'"));
        given().auth().oauth2(user(KeycloakTokens.ANALYST)).contentType(ContentType.JSON).body(V2)
                .when().put(READ + "/99999").then().statusCode(404);
    }

    @Test
    void validationListsEveryProblemAsAFieldError() {
        String broken = V2.replace("\"review\": 1.0", "\"review\": -1.0")
                .replaceFirst("\"weight\": 2.0", "\"weight\": -2.0")
                .replaceFirst("\"kind\": \"terms\"", "\"kind\": \"keywords\"");
        int draft = createDraft(broken);
        given().auth().oauth2(user(KeycloakTokens.ANALYST)).when().post(READ + "/" + draft + "/validate")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(422))
                .body("errors.field", hasItems("thresholds.review", "rules[0]"))
                .body("errors.size()", equalTo(3));
        given().auth().oauth2(user(KeycloakTokens.ANALYST)).when().post(READ + "/3/validate")
                .then().statusCode(200).body("valid", equalTo(true)).body("version", equalTo(3));
        given().auth().oauth2(user(KeycloakTokens.REVIEWER)).when().post(READ + "/3/validate").then().statusCode(403);
        given().auth().oauth2(user(KeycloakTokens.ANALYST)).when().post(READ + "/99999/validate").then().statusCode(404);
    }

    @Test
    void activationReachesAnotherReplicaAndRollingBackIsActivatingAnOlderVersion() {
        ActiveRuleSet replica = new ActiveRuleSet(repository);
        PgSubscriber subscriber = RuleSetReplication.subscriber(vertx, TestSupport.config("quarkus.datasource.reactive.url"),
                TestSupport.config("quarkus.datasource.username"), TestSupport.config("quarkus.datasource.password"));
        try {
            replica.refresh().await().atMost(Duration.ofSeconds(10));
            replica.listen(subscriber);
            subscriber.connect().await().atMost(Duration.ofSeconds(10));
            int before = replica.version();
            int draft = createDraft(copyOfV2(UUID.randomUUID().toString()));
            long activations = TestSupport.count("select count(*) from rule_set_activation");

            given().auth().oauth2(user(KeycloakTokens.ANALYST)).when().post(READ + "/" + draft + "/activate")
                    .then().statusCode(403);
            given().auth().oauth2(user(KeycloakTokens.SUPERVISOR)).when().post(READ + "/" + draft + "/activate")
                    .then().statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("activatedBy", equalTo(KeycloakTokens.SUPERVISOR))
                    .body("activatedAt", notNullValue());
            given().auth().oauth2(user(KeycloakTokens.AUDITOR)).when().get(READ + "/active")
                    .then().body("version", equalTo(draft));
            // The replica only listens (its periodic check is not running): the notice alone brings the change.
            await().atMost(Duration.ofSeconds(5)).until(() -> replica.version() == draft);
            given().auth().oauth2(user(KeycloakTokens.ANALYST)).contentType(ContentType.JSON)
                    .body(java.util.Map.of("text", "bongkar bal")).when().post("/api/v1/classify")
                    .then().body("ruleSetVersion", equalTo(draft));
            assertEquals(1, TestSupport.count("select count(*) from rule_set where status = 'ACTIVE'"));
            assertEquals(1, TestSupport.count("select count(*) from rule_set_activation where version = ? and activated_by = ?"
                    + " and previous_version = ?", draft, KeycloakTokens.SUPERVISOR, before));

            given().auth().oauth2(user(KeycloakTokens.SUPERVISOR)).when().post(READ + "/" + draft + "/activate")
                    .then().statusCode(409).contentType(Problem.MEDIA_TYPE);
            given().auth().oauth2(user(KeycloakTokens.SUPERVISOR)).contentType(ContentType.JSON).body(V2)
                    .when().put(READ + "/" + draft).then().statusCode(409);

            // Rollback to the version in force before.
            given().auth().oauth2(user(KeycloakTokens.SUPERVISOR)).when().post(READ + "/" + before + "/activate")
                    .then().statusCode(200).body("status", equalTo("ACTIVE"));
            await().atMost(Duration.ofSeconds(5)).until(() -> replica.version() == before);
            given().auth().oauth2(user(KeycloakTokens.AUDITOR)).when().get(READ + "/" + draft)
                    .then().body("status", equalTo("INACTIVE")).body("activatedBy", equalTo(KeycloakTokens.SUPERVISOR));
            assertEquals(activations + 2, TestSupport.count("select count(*) from rule_set_activation"));
        } finally {
            subscriber.close().await().atMost(Duration.ofSeconds(5));
        }
    }

    @Test
    void anInvalidVersionIsNeverActivated() {
        int draft = createDraft("{\"id\": \"second-hand-clothing\"}");
        long activations = TestSupport.count("select count(*) from rule_set_activation");
        given().auth().oauth2(user(KeycloakTokens.SUPERVISOR)).when().post(READ + "/" + draft + "/activate")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("policy"));
        given().auth().oauth2(user(KeycloakTokens.SUPERVISOR)).when().post(READ + "/99999/activate").then().statusCode(404);
        given().auth().oauth2(user(KeycloakTokens.AUDITOR)).when().post(READ + "/" + draft + "/activate").then().statusCode(403);
        given().when().post(READ + "/" + draft + "/activate").then().statusCode(401);
        assertEquals(activations, TestSupport.count("select count(*) from rule_set_activation"));
        given().auth().oauth2(user(KeycloakTokens.ANALYST)).when().get(READ + "/" + draft).then().body("status", equalTo("DRAFT"));
    }
}
