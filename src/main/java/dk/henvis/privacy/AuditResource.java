package dk.henvis.privacy;

import dk.henvis.common.PageRequest;
import dk.henvis.common.PageResponse;
import dk.henvis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditQuery query;

    @GET
    @Path("audit-events")
    @RolesAllowed(Role.AUDITOR)
    public PageResponse<AuditEventView> list(@QueryParam("referralId") String referralId,
                                             @QueryParam("from") String from,
                                             @QueryParam("to") String to,
                                             @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        return query.find(referralId, from, to, PageRequest.of(page, size));
    }
}
