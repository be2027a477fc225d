package dk.henvis.session;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A group session as its list shows it: when, what kind, and how many attended, were absent or excused. */
public record GroupSessionSummary(UUID id, LocalDate date, SessionType type, Integer durationMinutes, int attended,
                                  int absent, int excused) {

    static GroupSessionSummary of(ProgrammeSession s, Map<AttendanceStatus, Integer> counts) {
        return new GroupSessionSummary(s.id, s.sessionDate, s.type, s.durationMinutes,
                counts.getOrDefault(AttendanceStatus.ATTENDED, 0), counts.getOrDefault(AttendanceStatus.ABSENT, 0),
                counts.getOrDefault(AttendanceStatus.EXCUSED, 0));
    }

    public int registered() {
        return attended + absent + excused;
    }
}
