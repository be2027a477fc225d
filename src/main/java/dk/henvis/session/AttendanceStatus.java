package dk.henvis.session;

public enum AttendanceStatus {
    ATTENDED, ABSENT, EXCUSED
}
