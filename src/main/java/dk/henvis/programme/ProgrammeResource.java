package dk.henvis.programme;

import dk.henvis.common.Created;
import dk.henvis.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @GET
    @Path("programmes")
    @Authenticated
    public List<ProgrammeView> list() {
        return programmes.list();
    }

    @GET
    @Path("programmes/{code}")
    @Authenticated
    public ProgrammeView get(@PathParam("code") String code) {
        return ProgrammeView.of(programmes.require(code));
    }

    @PUT
    @Path("programmes/{code}")
    @RolesAllowed(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("code") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}",
            message = "must be lower-case letters, digits and hyphens") String code,
                        @NotNull @Valid ProgrammeRequest request) {
        ProgrammeService.Saved saved = programmes.save(code, request);
        if (saved.created()) {
            return Created.at("/api/v1/programmes/{code}", code).entity(saved.programme()).build();
        }
        return Response.ok(saved.programme()).build();
    }
}
