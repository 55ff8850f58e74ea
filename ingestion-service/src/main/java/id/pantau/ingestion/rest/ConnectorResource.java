package id.pantau.ingestion.rest;

import id.pantau.ingestion.domain.ConnectorState;
import id.pantau.ingestion.repository.ConnectorStateRepository;
import id.pantau.ingestion.service.connector.SearchConnector;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/connectors")
@Tag(name = "connectors")
public class ConnectorResource {

    private final List<SearchConnector> connectors;
    private final ConnectorStateRepository states;
    private final Clock clock;

    public ConnectorResource(Instance<SearchConnector> connectors, ConnectorStateRepository states, Clock clock) {
        this.connectors = connectors.stream().sorted(Comparator.comparing(SearchConnector::name)).toList();
        this.states = states;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @APIResponse(responseCode = "200", description = "Every connector, by name",
            content = @Content(schema = @Schema(implementation = ConnectorView[].class)))
    public Uni<List<ConnectorView>> list() {
        Instant now = clock.instant();
        return Panache.withSession(() -> states.listAll()).map(rows -> {
            Map<String, ConnectorState> byName = rows.stream()
                    .collect(Collectors.toMap(ConnectorState::connector, Function.identity()));
            return connectors.stream()
                    .map(c -> ConnectorView.of(c, byName.getOrDefault(c.name(), new ConnectorState(c.name())), now))
                    .toList();
        });
    }
}
