package dk.henvis.placement;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record PlacementRequest(@NotNull UUID groupId) {
}
