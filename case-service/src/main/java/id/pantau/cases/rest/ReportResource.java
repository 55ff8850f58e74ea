package id.pantau.cases.rest;

import id.pantau.cases.service.Reports;
import id.pantau.cases.service.Statistics;
import id.pantau.cases.service.TransparencyCsv;
import id.pantau.cases.service.TransparencyRow;
import id.pantau.commons.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Statistics for the ministry and the monthly transparency report. */
@Path("/api/v1")
public class ReportResource {

    static final String CSV = "text/csv";


    private final Reports reports;

    public ReportResource(Reports reports) {
        this.reports = reports;
    }

    /** Optionally only what was created (or happened) in {@code [from, to)}. */
    @GET
    @Path("statistics")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "reviewer", "supervisor", "auditor"})
    public Uni<Statistics> statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant since = RequestParams.optionalInstant(from, "from");
        Instant until = RequestParams.optionalInstant(to, "to");
        RequestParams.range(since, until);
        return reports.statistics(since, until);
    }

    /**
     * {@code month=2026-11} (UTC), optionally one {@code platform}. JSON by default; CSV with
     * {@code format=csv} or {@code Accept: text/csv} ({@code format} wins over Accept).
     */
    @GET
    @Path("reports/transparency")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({"supervisor", "auditor"})
    @APIResponse(responseCode = "200", description = "One row per platform with activity in the month", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TransparencyRow.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "A header line, then the same columns as the JSON rows"))})
    public Uni<Response> transparency(@QueryParam("month") String month, @QueryParam("platform") String platform,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        YearMonth period = RequestParams.month(month);
        String only = RequestParams.optionalPlatform(platform);
        boolean csv = csv(format, headers);
        return reports.transparency(period, only).map(rows -> csv
                ? Response.ok(TransparencyCsv.write(rows), CSV).header("Content-Disposition",
                        "attachment; filename=\"transparency-" + period + (only == null ? "" : "-" + only) + ".csv\"").build()
                : Response.ok(rows, MediaType.APPLICATION_JSON).build());
    }


    private static boolean csv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.badRequest("format must be json or csv, not " + format);
            };
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.getFirst().isCompatible(MediaType.valueOf(CSV))
                && !accepted.getFirst().isWildcardType();
    }

}
