package dk.henvis.places;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Body of POST /api/v1/programmes/{code}/groups; the rules between fields are the group's own (Group). */
public record GroupRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(1) @Max(500) Integer capacity,
        @Min(0) @Max(500) Integer minParticipants,
        LocalDate startDate,
        LocalDate endDate,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> leaders) {
}
