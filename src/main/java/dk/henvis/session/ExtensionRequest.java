package dk.henvis.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An individually assessed extension of a course; the justification is required (Rettidig Unge Indsats). */
public record ExtensionRequest(@NotNull @Min(1) @Max(100) Integer additionalSessions,
                               @NotBlank @Size(max = 2000) String justification) {
}
