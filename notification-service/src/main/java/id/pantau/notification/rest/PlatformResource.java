package id.pantau.notification.rest;

import id.pantau.notification.service.PlatformService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where each platform wants its notices delivered. Platform scoping is enforced in {@link PlatformService}. */
@Path("/api/v1/platforms/{platform}")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformResource {

    private final PlatformService platforms;

    public PlatformResource(PlatformService platforms) {
        this.platforms = platforms;
    }

    @GET
    @RolesAllowed({"admin", "supervisor", "platform"})
    public Uni<PlatformView> get(@PathParam("platform") String platform) {
        return platforms.view(platform);
    }

    @PUT
    @Path("/endpoint")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "platform"})
    public Uni<PlatformView> registerEndpoint(@PathParam("platform") String platform, EndpointRequest request) {
        return platforms.registerEndpoint(platform, request);
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Uni<PlatformView> applySettings(@PathParam("platform") String platform, SettingsRequest request) {
        return platforms.applySettings(platform, request);
    }

    @POST
    @Path("/secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "platform"})
    public Uni<PlatformView> rotateSecret(@PathParam("platform") String platform, RotationRequest request) {
        return platforms.rotateSecret(platform, request);
    }

    @PUT
    @Path("/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "platform"})
    public Uni<PlatformView> registerEmails(@PathParam("platform") String platform, EmailRequest request) {
        return platforms.registerEmails(platform, request);
    }
}
