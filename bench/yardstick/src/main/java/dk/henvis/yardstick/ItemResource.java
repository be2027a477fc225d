package dk.henvis.yardstick;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One insert (POST JSON, 201) and one plain read of a small list: the floor under henvis's endpoints. */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    public record NewItem(String name, String description, int score) {
    }

    public record ItemView(UUID id, String name, String description, int score, Instant createdAt) {
        static ItemView of(Item item) {
            return new ItemView(item.id, item.name, item.description, item.score, item.createdAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(NewItem request) {
        Item item = new Item();
        item.id = UUID.randomUUID();
        item.name = request.name();
        item.description = request.description();
        item.score = request.score();
        item.createdAt = Instant.now();
        item.persist();
        return Response.created(URI.create("/items/" + item.id)).entity(ItemView.of(item)).build();
    }

    /** The six oldest items, as henvis's catalogue lists its six programmes. */
    @GET
    public List<ItemView> list() {
        return Item.<Item>findAll(Sort.by("createdAt")).page(Page.ofSize(6)).list().stream().map(ItemView::of).toList();
    }
}
