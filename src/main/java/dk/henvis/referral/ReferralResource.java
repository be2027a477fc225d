package dk.henvis.referral;

import dk.henvis.common.Created;
import dk.henvis.common.PageRequest;
import dk.henvis.common.PageResponse;
import dk.henvis.security.CurrentActor;
import dk.henvis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @Inject
    ReferralIntake intake;
    @Inject
    ReferralReader reader;
    @Inject
    ReferralDecisions decisions;
    @Inject
    CurrentActor actor;

    @POST
    @Path("referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.REFERRER, Role.INTEGRATION, Role.COORDINATOR})
    public Response create(@NotNull @Valid ReferralRequest request) {
        Referral referral = intake.receive(request, actor.get());
        return Created.at("/api/v1/referrals/{id}", referral.id)
                .tag(ReferralReader.etag(referral))
                .entity(reader.viewReceived(referral, request.subject().cpr()))
                .build();
    }

    @GET
    @Path("referrals")
    @RolesAllowed({Role.REFERRER, Role.COORDINATOR})
    public PageResponse<ReferralView> list(@QueryParam("programme") String programme,
                                           @QueryParam("status") String status,
                                           @QueryParam("overdue") String overdue,
                                           @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        ReferralFilter filter = ReferralFilter.of(programme, status, overdue);
        return reader.list(filter, PageRequest.of(page, size), actor.get());
    }

    @GET
    @Path("referrals/{id}")
    @RolesAllowed({Role.REFERRER, Role.COORDINATOR, Role.PRACTITIONER})
    public Response get(@PathParam("id") UUID id) {
        return ok(reader.read(id, actor.get()));
    }

    @GET
    @Path("referrals/{id}/history")
    @RolesAllowed({Role.REFERRER, Role.COORDINATOR, Role.PRACTITIONER})
    public List<StatusChangeView> history(@PathParam("id") UUID id) {
        return reader.history(id, actor.get());
    }

    @POST
    @Path("referrals/{id}/first-contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COORDINATOR)
    public Response firstContact(@PathParam("id") UUID id, @NotNull @Valid FirstContactRequest request) {
        return ok(decisions.firstContact(id, request, actor.get()));
    }

    @POST
    @Path("referrals/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COORDINATOR)
    public Response accept(@PathParam("id") UUID id, @Valid NoteRequest request) {
        return ok(decisions.accept(id, request, actor.get()));
    }

    @POST
    @Path("referrals/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COORDINATOR)
    public Response decline(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest request) {
        return ok(decisions.decline(id, request, actor.get()));
    }

    @POST
    @Path("referrals/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COORDINATOR)
    public Response withdraw(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest request) {
        return ok(decisions.withdraw(id, request, actor.get()));
    }

    private Response ok(Referral referral) {
        return reader.ok(referral);
    }
}
