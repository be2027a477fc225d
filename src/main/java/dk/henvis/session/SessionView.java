package dk.henvis.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record SessionView(UUID id, UUID referralId, UUID groupId, String programmeCode, LocalDate date, SessionType type,
                          Integer durationMinutes, Boolean attended, List<AttendanceEntry> attendance, Instant createdAt) {

    public static SessionView of(ProgrammeSession s, List<Attendance> attendance) {
        return new SessionView(s.id, s.referralId, s.groupId, s.programmeCode, s.sessionDate, s.type, s.durationMinutes,
                s.attended, s.isGroupSession() ? attendance.stream()
                        .map(a -> new AttendanceEntry(a.referralId, a.status)).toList() : null, s.createdAt);
    }
}
