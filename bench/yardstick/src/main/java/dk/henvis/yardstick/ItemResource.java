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
import java.util.stream.IntStream;

/**
 * One insert (POST JSON, 201), five inserts in one transaction, and one plain read of a small list: the floor
 * under henvis's endpoints.
 */
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
        Item item = item(request, Instant.now());
        item.persist();
        return Response.created(URI.create("/items/" + item.id)).entity(ItemView.of(item)).build();
    }

    /**
     * Five rows in one transaction and one batched flush, as many as a referral's creation writes (the referral,
     * two status history rows, the audit row and the outbox row): the floor under those writes, narrower and in
     * one table, so one batch where henvis's creation needs four.
     */
    @POST
    @Path("five")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response createFive(NewItem request) {
        Instant now = Instant.now();
        List<Item> items = IntStream.range(0, 5).mapToObj(i -> item(request, now)).toList();
        Item.persist(items);
        Item.flush();
        Item first = items.get(0);
        return Response.created(URI.create("/items/" + first.id)).entity(ItemView.of(first)).build();
    }

    private static Item item(NewItem request, Instant now) {
        Item item = new Item();
        item.id = UUID.randomUUID();
        item.name = request.name();
        item.description = request.description();
        item.score = request.score();
        item.createdAt = now;
        return item;
    }

    /** The six oldest items, as henvis's catalogue lists its six programmes. */
    @GET
    public List<ItemView> list() {
        return Item.<Item>findAll(Sort.by("createdAt")).page(Page.ofSize(6)).list().stream().map(ItemView::of).toList();
    }
}
