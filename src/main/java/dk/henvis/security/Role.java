package dk.henvis.security;

/** Role names as they appear in tokens and in @RolesAllowed. */
public final class Role {
    public static final String REFERRER = "REFERRER";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String PRACTITIONER = "PRACTITIONER";
    public static final String ANALYST = "ANALYST";
    public static final String ADMIN = "ADMIN";
    public static final String AUDITOR = "AUDITOR";
    public static final String INTEGRATION = "INTEGRATION";

    /** Audit order: the most privileged role a user holds is the one recorded. */
    public static final java.util.List<String> ALL = java.util.List.of(
            ADMIN, COORDINATOR, PRACTITIONER, REFERRER, INTEGRATION, ANALYST, AUDITOR);

    private Role() {
    }
}
