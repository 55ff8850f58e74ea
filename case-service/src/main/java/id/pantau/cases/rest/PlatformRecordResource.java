package id.pantau.cases.rest;

import id.pantau.cases.service.PlatformStanding;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Platforms' SLA breaches and warning letters, for supervisors and auditors. */
@Path("/api/v1/platform-records")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformRecordResource {

    private final PlatformStanding standing;

    public PlatformRecordResource(PlatformStanding standing) {
        this.standing = standing;
    }

    /** Platforms that missed at least one deadline, without their letters. */
    @GET
    @RolesAllowed({"supervisor", "auditor"})
    public Uni<List<PlatformRecordView>> list() {
        return standing.all().map(found -> found.stream()
                .map(r -> PlatformRecordView.of(r.platform, r, List.of())).toList());
    }

    /** One platform with its letters; a platform that never missed a deadline has 0 breaches. */
    @GET
    @Path("{platform}")
    @RolesAllowed({"supervisor", "auditor"})
    public Uni<PlatformRecordView> get(@PathParam("platform") String platform) {
        return standing.of(RequestParams.platform(platform))
                .map(s -> PlatformRecordView.of(s.platform(), s.record(), s.warnings()));
    }
}
