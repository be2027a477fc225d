package dk.henvis.integration.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new webhook subscription: where to, which event types, optionally only one organisation's referrals. */
public record SubscriptionRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 10) List<@NotNull @Size(max = 64) String> events,
        @Size(max = 200) String organisation) {
}
