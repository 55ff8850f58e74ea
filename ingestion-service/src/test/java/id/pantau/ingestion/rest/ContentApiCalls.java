package id.pantau.ingestion.rest;

import id.pantau.ingestion.ContentApi;
import id.pantau.ingestion.Tokens;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Seeds content through the single-item endpoint. */
final class ContentApiCalls {

    private ContentApiCalls() {
    }

    static ValidatableResponse single(Map<String, Object> body) {
        return ContentApi.submit(Tokens.crawler(), body).statusCode(202);
    }
}
