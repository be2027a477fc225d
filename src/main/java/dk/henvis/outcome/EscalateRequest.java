package dk.henvis.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code notifiedUnit}: the unit that received the notification (underretning), e.g. "Familieafdelingen". */
public record EscalateRequest(@NotBlank @Size(max = 200) String notifiedUnit, @NotNull EscalationReason reason) {
}
