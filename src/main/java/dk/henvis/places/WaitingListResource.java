package dk.henvis.places;

import dk.henvis.common.PageRequest;
import dk.henvis.common.PageResponse;
import dk.henvis.security.CurrentActor;
import dk.henvis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class WaitingListResource {

    @Inject
    WaitingList waitingList;
    @Inject
    CurrentActor actor;

    @GET
    @Path("programmes/{code}/waiting-list")
    @RolesAllowed(Role.COORDINATOR)
    public PageResponse<WaitingListEntry> get(@PathParam("code") String code,
                                              @QueryParam("page") String page,
                                              @QueryParam("size") String size) {
        return waitingList.of(code, PageRequest.of(page, size), actor.get());
    }
}
