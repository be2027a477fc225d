package dk.henvis.places;

import dk.henvis.common.Created;
import dk.henvis.security.CurrentActor;
import dk.henvis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {

    @Inject
    GroupService groups;
    @Inject
    CurrentActor actor;

    @GET
    @Path("programmes/{code}/groups")
    @RolesAllowed({Role.COORDINATOR, Role.ADMIN})
    public List<GroupView> list(@PathParam("code") String code) {
        return groups.list(code).stream().map(g -> GroupView.of(g, null)).toList();
    }

    @POST
    @Path("programmes/{code}/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR, Role.ADMIN})
    public Response create(@PathParam("code") String code, @NotNull @Valid GroupRequest request) {
        GroupView group = groups.create(code, request, actor.get());
        return Created.at("/api/v1/groups/{id}", group.id())
                .tag(etag(Group.<Group>findById(group.id())))
                .entity(group)
                .build();
    }

    @GET
    @Path("groups/{id}")
    @RolesAllowed({Role.COORDINATOR, Role.PRACTITIONER})
    public Response get(@PathParam("id") UUID id) {
        GroupView view = groups.read(id, actor.get());
        return Response.ok(view).tag(new EntityTag(Long.toString(Group.<Group>findById(id).version))).build();
    }

    @PATCH
    @Path("groups/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Role.COORDINATOR, Role.PRACTITIONER})
    public Response patch(@PathParam("id") UUID id, @NotNull @Valid GroupPatch patch) {
        Group group = groups.patch(id, patch, actor.get());
        return Response.ok(GroupView.of(group, null)).tag(etag(group)).build();
    }

    static EntityTag etag(Group group) {
        return new EntityTag(Long.toString(group.version));
    }
}
