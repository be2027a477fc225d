package dk.henvis.integration.webhook;

import dk.henvis.common.Created;
import dk.henvis.common.PageRequest;
import dk.henvis.common.PageResponse;
import dk.henvis.common.ProblemException;
import dk.henvis.security.CurrentActor;
import dk.henvis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    @Inject
    Subscriptions subscriptions;
    @Inject
    CurrentActor actor;

    @POST
    @Path("subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.INTEGRATION})
    public Response create(@NotNull @Valid SubscriptionRequest request) {
        SubscriptionView created = subscriptions.create(request, actor.get());
        return Created.at("/api/v1/subscriptions/{id}", created.id()).entity(created).build();
    }

    @GET
    @Path("subscriptions")
    @RolesAllowed({Role.ADMIN, Role.INTEGRATION})
    public PageResponse<SubscriptionView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return subscriptions.list(PageRequest.of(page, size), actor.get());
    }

    @GET
    @Path("subscriptions/{id}")
    @RolesAllowed({Role.ADMIN, Role.INTEGRATION})
    public SubscriptionView get(@PathParam("id") UUID id) {
        return subscriptions.get(id, actor.get());
    }

    @DELETE
    @Path("subscriptions/{id}")
    @RolesAllowed({Role.ADMIN, Role.INTEGRATION})
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(id, actor.get());
        return Response.noContent().build();
    }

    /** The deliveries of one subscription, newest first; {@code ?state=FAILED} is the failed-deliveries view. */
    @GET
    @Path("subscriptions/{id}/deliveries")
    @RolesAllowed({Role.ADMIN, Role.INTEGRATION})
    public PageResponse<DeliveryView> deliveries(@PathParam("id") UUID id, @QueryParam("state") String state,
                                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        return subscriptions.deliveries(id, state(state), PageRequest.of(page, size), actor.get());
    }

    private static WebhookDelivery.State state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return WebhookDelivery.State.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "must be one of PENDING, DELIVERED, FAILED");
        }
    }
}
