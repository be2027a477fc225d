package dk.henvis.places;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Body of PATCH /api/v1/groups/{id}: only the fields given change. */
public record GroupPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
        @Min(1) @Max(500) Integer capacity,
        @Min(0) @Max(500) Integer minParticipants,
        LocalDate startDate,
        LocalDate endDate,
        @Size(max = 10) List<@NotBlank @Size(max = 100) String> leaders,
        GroupStatus status) {
}
