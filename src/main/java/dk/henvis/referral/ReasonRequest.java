package dk.henvis.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of decline and withdraw: a reason from the list and an optional note. */
public record ReasonRequest(@NotNull ClosingReason reason, @Size(max = 2000) String note) {
}
