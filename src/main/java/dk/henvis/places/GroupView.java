package dk.henvis.places;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record GroupView(
        UUID id,
        String programmeCode,
        String name,
        int capacity,
        Integer minParticipants,
        LocalDate startDate,
        LocalDate endDate,
        List<String> leaders,
        GroupStatus status,
        int occupiedPlaces,
        int freePlaces,
        Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Participant> participants) {

    /** A referral holding a place in the group. */
    public record Participant(UUID referralId, String reference, String name, String status, Instant placedAt) {
    }

    public static GroupView of(Group g, List<Participant> participants) {
        return new GroupView(g.id, g.programmeCode, g.name, g.capacity, g.minParticipants, g.startDate, g.endDate,
                g.leaders(), g.status, g.occupiedPlaces, g.freePlaces(), g.createdAt, participants);
    }
}
