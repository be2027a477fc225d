package dk.henvis.referral;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

public record FirstContactRequest(@NotNull Instant at, @NotNull ContactChannel channel) {
}
