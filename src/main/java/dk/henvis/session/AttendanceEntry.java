package dk.henvis.session;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record AttendanceEntry(@NotNull UUID referralId, @NotNull AttendanceStatus status) {
}
