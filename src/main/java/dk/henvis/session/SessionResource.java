package dk.henvis.session;

import dk.henvis.common.Created;
import dk.henvis.referral.ReferralReader;
import dk.henvis.security.CurrentActor;
import dk.henvis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    Sessions sessions;
    @Inject
    ReferralReader reader;
    @Inject
    CurrentActor actor;

    @POST
    @Path("referrals/{id}/sessions")
    @RolesAllowed({Role.PRACTITIONER, Role.COORDINATOR})
    public Response individual(@PathParam("id") UUID id, @NotNull @Valid IndividualSessionRequest request) {
        return created(sessions.recordIndividual(id, request, actor.get()));
    }

    @POST
    @Path("groups/{id}/sessions")
    @RolesAllowed({Role.PRACTITIONER, Role.COORDINATOR})
    public Response group(@PathParam("id") UUID id, @NotNull @Valid GroupSessionRequest request) {
        return created(sessions.recordGroup(id, request, actor.get()));
    }

    @GET
    @Path("sessions/{id}")
    @RolesAllowed({Role.PRACTITIONER, Role.COORDINATOR})
    public SessionView get(@PathParam("id") UUID id) {
        ProgrammeSession session = sessions.read(id, actor.get());
        return SessionView.of(session, Attendance.of(session.id));
    }

    @PUT
    @Path("sessions/{id}/attendance")
    @RolesAllowed({Role.PRACTITIONER, Role.COORDINATOR})
    public SessionView attendance(@PathParam("id") UUID id,
                                  @NotNull @Size(max = 500) List<@NotNull @Valid AttendanceEntry> entries) {
        ProgrammeSession session = sessions.recordAttendance(id, entries, actor.get());
        return SessionView.of(session, Attendance.of(session.id));
    }

    @POST
    @Path("referrals/{id}/extension")
    @RolesAllowed(Role.COORDINATOR)
    public Response extension(@PathParam("id") UUID id, @NotNull @Valid ExtensionRequest request) {
        return reader.ok(sessions.extend(id, request, actor.get()));
    }

    private static Response created(ProgrammeSession session) {
        return Created.at("/api/v1/sessions/{id}", session.id)
                .entity(SessionView.of(session, List.of()))
                .build();
    }
}
