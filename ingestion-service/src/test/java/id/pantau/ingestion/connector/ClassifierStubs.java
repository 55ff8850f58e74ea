package id.pantau.ingestion.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;

import id.pantau.ingestion.PlatformStubs;

/** classifier-service's {@code GET /api/v1/rulesets/active}, in its shape (RuleSetView). */
final class ClassifierStubs {

    static final String ACTIVE = "/classifier/api/v1/rulesets/active";

    private ClassifierStubs() {
    }

    /** Two positive terms rules (the stronger first after sorting), plus rules whose terms are no seeds. */
    static void activeRuleSet(String strong, String weak) {
        PlatformStubs.server().stubFor(get(ACTIVE).withHeader("Authorization", matching("Bearer .+")).willReturn(okJson("""
                {"id": "second-hand-clothing", "version": 2, "policy": "Permendag 40/2022",
                 "thresholds": {"violation": 2.0, "review": 1.0},
                 "rules": [
                   {"id": "weak", "kind": "terms", "weight": 0.5, "description": "", "terms": ["%s"]},
                   {"id": "news", "kind": "exclusion", "weight": 2.0, "description": "", "terms": ["razia"]},
                   {"id": "gem", "kind": "proximity", "weight": 1.5, "description": "", "terms": ["hidden gem"],
                    "near": ["thrift"], "window": 3},
                   {"id": "strong", "kind": "terms", "weight": 2.0, "description": "", "terms": ["%s"]}
                 ]}""".formatted(weak, strong))));
    }

    static void down() {
        PlatformStubs.server().stubFor(get(ACTIVE).willReturn(serviceUnavailable()));
    }
}
