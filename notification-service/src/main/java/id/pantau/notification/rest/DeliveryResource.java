package id.pantau.notification.rest;

import id.pantau.commons.problem.ProblemException;
import id.pantau.notification.service.DeliveryService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The delivery log for the ministry; platforms learn about notices from case-service instead. */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    private final DeliveryService deliveries;

    public DeliveryResource(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @RolesAllowed({"admin", "supervisor", "auditor"})
    public Uni<DeliveryView> byNotice(@QueryParam("noticeId") String noticeId) {
        if (noticeId == null || noticeId.isBlank()) {
            throw ProblemException.badRequest("Query parameter noticeId is required.");
        }
        return deliveries.byNotice(uuid(noticeId, "noticeId"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "supervisor", "auditor"})
    public Uni<DeliveryView> byId(@PathParam("id") String id) {
        return deliveries.byId(uuidOrNotFound(id));
    }

    @POST
    @Path("/{id}/resend")
    @RolesAllowed("supervisor")
    public Uni<DeliveryView> resend(@PathParam("id") String id) {
        return deliveries.resend(uuidOrNotFound(id));
    }

    private static UUID uuid(String value, String name) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name + " must be a UUID.");
        }
    }

    private static UUID uuidOrNotFound(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No delivery " + value + ".");
        }
    }
}
