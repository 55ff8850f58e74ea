package id.pantau.ingestion;

import id.pantau.local.KafkaTestResource;
import id.pantau.local.KeycloakTestResource;
import id.pantau.local.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Real PostgreSQL, Kafka and Keycloak, one each for the whole test JVM; WireMock stands in for the platform
 * APIs and classifier-service.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "ingestion"))
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PlatformStubs.class, restrictToAnnotatedClass = false)
public class Infrastructure {
}
