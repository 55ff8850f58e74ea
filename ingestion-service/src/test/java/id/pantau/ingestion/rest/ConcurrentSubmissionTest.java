package id.pantau.ingestion.rest;

import static id.pantau.ingestion.ContentApi.body;
import static id.pantau.ingestion.ContentApi.fetch;
import static id.pantau.ingestion.ContentApi.uniqueExternalId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.pantau.ingestion.ContentApi;
import id.pantau.ingestion.IngestedEvents;
import id.pantau.ingestion.StoredRows;
import id.pantau.ingestion.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Several crawlers push the same new item at the same moment. */
@QuarkusTest
class ConcurrentSubmissionTest {

    private static final int CLIENTS = 6;

    record Outcome(int status, JsonPath body) {
    }

    @Test
    void theSameNewItemAtOnceIsStoredOnceAndTheOthersAreDuplicates() throws Exception {
        String externalId = uniqueExternalId();
        List<Outcome> outcomes = race(i -> body("shopee", externalId, "Jual karungan bal thrift, sama persis"));

        assertThat(outcomes.stream().map(Outcome::status).toList(),
                containsInAnyOrder(202, 200, 200, 200, 200, 200));
        List<String> ids = outcomes.stream().map(o -> o.body().getString("id")).distinct().toList();
        assertThat(ids, hasSize(1));
        assertThat(outcomes.stream().map(o -> o.body().getInt("version")).toList(), everyItem(equalTo(1)));

        UUID id = UUID.fromString(ids.getFirst());
        assertEquals(1, StoredRows.versionsOf(id));
        assertThat(IngestedEvents.upToVersion(id, 1), hasSize(1));
    }

    @Test
    void differentTextsOfOneNewItemAtOnceBecomeSuccessiveVersions() throws Exception {
        String externalId = uniqueExternalId();
        List<Outcome> outcomes = race(i -> body("tokopedia", externalId, "Baju bekas impor, varian " + i));

        assertThat(outcomes.stream().map(Outcome::status).toList(), everyItem(equalTo(202)));
        List<String> ids = outcomes.stream().map(o -> o.body().getString("id")).distinct().toList();
        assertThat(ids, hasSize(1));
        assertThat(outcomes.stream().map(o -> o.body().getInt("version")).toList(),
                containsInAnyOrder(1, 2, 3, 4, 5, 6));

        fetch(Tokens.crawler(), ids.getFirst()).statusCode(200)
                .body("versions.version", contains(1, 2, 3, 4, 5, 6));
    }

    private static List<Outcome> race(IntFunction<Map<String, Object>> bodies) throws Exception {
        String token = Tokens.crawler();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Map<String, Object> body = bodies.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    var response = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                            .when().post(ContentApi.PATH);
                    return new Outcome(response.statusCode(), response.jsonPath());
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
