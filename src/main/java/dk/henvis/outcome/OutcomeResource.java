package dk.henvis.outcome;

import dk.henvis.common.Created;
import dk.henvis.referral.ReferralReader;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    @Inject
    Outcomes outcomes;
    @Inject
    ReferralReader reader;
    @Inject
    CurrentActor actor;

    @POST
    @Path("referrals/{id}/measurements")
    @RolesAllowed({Role.PRACTITIONER, Role.COORDINATOR})
    public Response measure(@PathParam("id") UUID id, @NotNull @Valid MeasurementRequest request) {
        Measurement measurement = outcomes.measure(id, request, actor.get());
        return Created.at("/api/v1/measurements/{id}", measurement.id)
                .entity(MeasurementView.of(measurement)).build();
    }

    @GET
    @Path("measurements/{id}")
    @RolesAllowed({Role.PRACTITIONER, Role.COORDINATOR})
    public MeasurementView measurement(@PathParam("id") UUID id) {
        return MeasurementView.of(outcomes.read(id, actor.get()));
    }

    @POST
    @Path("referrals/{id}/complete")
    @RolesAllowed(Role.COORDINATOR)
    public Response complete(@PathParam("id") UUID id, @NotNull @Valid CompleteRequest request) {
        return reader.ok(outcomes.complete(id, request, actor.get()));
    }

    @POST
    @Path("referrals/{id}/escalate")
    @RolesAllowed(Role.COORDINATOR)
    public Response escalate(@PathParam("id") UUID id, @NotNull @Valid EscalateRequest request) {
        return reader.ok(outcomes.escalate(id, request, actor.get()));
    }
}
