package id.pantau.classifier;

import id.pantau.local.KafkaTestResource;
import id.pantau.local.KeycloakTestResource;
import id.pantau.local.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL, Kafka and Keycloak for every @QuarkusTest of this module (one of each per JVM). */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "classifier"))
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = false)
public class Infrastructure {
}
