package id.pantau.cases.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document is what platforms generate their clients from: every operation of the
 * API must say what it answers (a 2xx with a schema) and what JSON it takes (a request body schema), or a
 * client generated from it has no types for that call.
 */
@QuarkusTest
class OpenApiContractTest {

    /** Operations that take no body; every other POST and PUT must document its JSON body. */
    private static final Set<String> BODILESS = Set.of("POST /api/v1/platform/notices/{id}/acknowledge");
    /** As many as the resources declare today; fewer means operations vanished from the document. */
    private static final int OPERATIONS = 34;
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @Inject
    ObjectMapper json;

    @Test
    void everyOperationDocumentsItsAnswerAndItsJsonBodyWithASchema() throws Exception {
        JsonNode document = json.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        JsonNode schemas = document.path("components").path("schemas");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                operations++;
                String name = method.toUpperCase() + " " + path.getKey();
                if (!hasSuccessWithSchema(operation.path("responses"), schemas)) {
                    missing.add(name + ": no 2xx response with a schema");
                }
                boolean takesBody = (method.equals("post") || method.equals("put")) && !BODILESS.contains(name);
                JsonNode body = operation.path("requestBody").path("content");
                if (takesBody && !hasSchema(body.path("application/json").path("schema"), schemas)) {
                    missing.add(name + ": no application/json request body schema");
                }
                body.properties().forEach(media -> {
                    if (!hasSchema(media.getValue().path("schema"), schemas)) {
                        missing.add(name + ": request body " + media.getKey() + " without a schema");
                    }
                });
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(operations >= OPERATIONS, "only " + operations + " operations under /api/v1");
    }

    @Test
    void platformWritesDocumentTheNoticeTheyAnswerWith() throws Exception {
        JsonNode paths = json.readTree(given().queryParam("format", "json").get("/q/openapi").asString()).path("paths");
        for (String write : List.of("acknowledge", "action", "contest", "reject", "clarification-request", "appeal")) {
            JsonNode schema = paths.path("/api/v1/platform/notices/{id}/" + write).path("post").path("responses")
                    .path("200").path("content").path("application/json").path("schema");
            assertEquals("#/components/schemas/PlatformNoticeView", schema.path("$ref").asText(), write);
        }
    }

    private static boolean hasSuccessWithSchema(JsonNode responses, JsonNode schemas) {
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            for (JsonNode media : response.getValue().path("content")) {
                if (hasSchema(media.path("schema"), schemas)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A schema that says something: a type, properties, items, or a reference that resolves to one. */
    private static boolean hasSchema(JsonNode schema, JsonNode schemas) {
        if (!schema.isObject() || schema.isEmpty()) {
            return false;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return ref.startsWith("#/components/schemas/")
                    && hasSchema(schemas.path(ref.substring("#/components/schemas/".length())), schemas);
        }
        if (schema.has("items")) {
            return hasSchema(schema.get("items"), schemas);
        }
        return schema.has("type") || schema.has("properties") || schema.has("allOf") || schema.has("oneOf");
    }
}
