package dk.henvis.places;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record PlacementRequest(@NotNull UUID groupId) {
}
