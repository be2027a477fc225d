package dk.henvis.places;

import dk.henvis.referral.NoteRequest;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralReader;
import dk.henvis.security.CurrentActor;
import dk.henvis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlacementResource {

    @Inject
    Placement placement;
    @Inject
    LockConflicts lockConflicts;
    @Inject
    ReferralReader reader;
    @Inject
    CurrentActor actor;

    @POST
    @Path("referrals/{id}/placement")
    @RolesAllowed(Role.COORDINATOR)
    public Response place(@PathParam("id") UUID id, @NotNull @Valid PlacementRequest request) {
        return ok(lockConflicts.retry(() -> placement.place(id, request.groupId(), actor.get())));
    }

    @POST
    @Path("referrals/{id}/waitlist")
    @RolesAllowed(Role.COORDINATOR)
    public Response waitlist(@PathParam("id") UUID id, @Valid NoteRequest request) {
        return ok(placement.waitlist(id, request, actor.get()));
    }

    private Response ok(Referral referral) {
        return reader.ok(referral);
    }
}
