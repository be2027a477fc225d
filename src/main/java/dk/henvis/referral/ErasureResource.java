package dk.henvis.referral;

import dk.henvis.security.CurrentActor;
import dk.henvis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

    @Inject
    Erasure erasure;
    @Inject
    CurrentActor actor;

    @DELETE
    @Path("referrals/{id}")
    @RolesAllowed(Role.COORDINATOR)
    public Response erase(@PathParam("id") UUID id) {
        erasure.erase(id, actor.get());
        return Response.noContent().build();
    }
}
