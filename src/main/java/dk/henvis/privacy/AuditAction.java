package dk.henvis.privacy;

public enum AuditAction {
    CREATE, READ, UPDATE, EXPORT, ERASE
}
