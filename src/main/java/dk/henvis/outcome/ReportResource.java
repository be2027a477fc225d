package dk.henvis.outcome;

import dk.henvis.common.Dates;
import dk.henvis.security.CurrentActor;
import dk.henvis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

@Path("/api/v1")
public class ReportResource {

    static final MediaType CSV = new MediaType("text", "csv");

    @Inject
    Reports reports;
    @Inject
    CurrentActor actor;
    @Inject
    Clock clock;

    @GET
    @Path("reports/programmes/{code}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Role.ANALYST, Role.COORDINATOR})
    public Response report(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
                           @Context HttpHeaders headers) {
        ReportPeriod period = ReportPeriod.of(from, to, Dates.today(clock));
        if (wantsCsv(headers)) {
            ProgrammeReport report = reports.export(code, period, actor.get());
            return Response.ok(ReportCsv.of(report), CSV.withCharset("UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"report-" + report.programmeCode() + "-"
                            + report.from() + "-" + report.to() + ".csv\"")
                    .build();
        }
        return Response.ok(reports.report(code, period), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("reports/programmes/{code}/months")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ANALYST, Role.COORDINATOR})
    public ProgrammeMonths months(@PathParam("code") String code, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        return reports.months(code, ReportPeriod.of(from, to, Dates.today(clock)));
    }

    /** CSV only when the client prefers it; JSON for a wildcard, an empty or no Accept header. */
    static boolean wantsCsv(HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return false;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(CSV)) {
                return true;
            }
        }
        return false;
    }
}
