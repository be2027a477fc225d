package dk.henvis.outcome;

import dk.henvis.referral.Outcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CompleteRequest(@NotNull Outcome outcome, @Size(max = 2000) String note) {
}
