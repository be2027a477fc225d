package dk.henvis.yardstick;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** The one entity: about as wide as a small request body, with an id made in the service as henvis does. */
@Entity
public class Item extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String description;
    public int score;
    public Instant createdAt;
}
