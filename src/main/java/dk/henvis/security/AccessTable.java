package dk.henvis.security;

import static dk.henvis.security.Role.ADMIN;
import static dk.henvis.security.Role.ANALYST;
import static dk.henvis.security.Role.AUDITOR;
import static dk.henvis.security.Role.COORDINATOR;
import static dk.henvis.security.Role.INTEGRATION;
import static dk.henvis.security.Role.PRACTITIONER;
import static dk.henvis.security.Role.REFERRER;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one authorisation table: "METHOD /route/template" → the roles that may call it.
 * {@link AccessFilter} enforces it for every /api/ request and denies whatever is not listed.
 * Admin is deliberately not a superuser: it manages the catalogue and subscriptions, not referrals.
 */
public final class AccessTable {

    private static final Set<String> ANY_SIGNED_IN = Set.copyOf(Role.ALL);

    private static final Pattern PARAMETER_WITH_PATTERN = Pattern.compile("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}");
    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    private static final Map<String, Set<String>> TABLE = build();

    private AccessTable() {
    }

    private static Map<String, Set<String>> build() {
        Map<String, Set<String>> t = new LinkedHashMap<>();
        // catalogue
        t.put("GET /api/v1/programmes", ANY_SIGNED_IN);
        t.put("GET /api/v1/programmes/{code}", ANY_SIGNED_IN);
        t.put("PUT /api/v1/programmes/{code}", Set.of(ADMIN));
        // groups and waiting list
        t.put("GET /api/v1/programmes/{code}/groups", Set.of(COORDINATOR, ADMIN));
        t.put("POST /api/v1/programmes/{code}/groups", Set.of(COORDINATOR, ADMIN));
        t.put("GET /api/v1/groups/{id}", Set.of(COORDINATOR, PRACTITIONER));
        t.put("PATCH /api/v1/groups/{id}", Set.of(COORDINATOR, PRACTITIONER));
        t.put("GET /api/v1/programmes/{code}/waiting-list", Set.of(COORDINATOR));
        // referrals
        t.put("POST /api/v1/referrals", Set.of(REFERRER, INTEGRATION, COORDINATOR));
        t.put("GET /api/v1/referrals", Set.of(REFERRER, COORDINATOR));
        t.put("GET /api/v1/referrals/{id}", Set.of(REFERRER, COORDINATOR, PRACTITIONER));
        t.put("GET /api/v1/referrals/{id}/history", Set.of(REFERRER, COORDINATOR, PRACTITIONER));
        t.put("DELETE /api/v1/referrals/{id}", Set.of(COORDINATOR));
        for (String decision : new String[] {"first-contact", "accept", "decline", "withdraw", "waitlist", "complete",
                "escalate", "placement", "extension"}) {
            t.put("POST /api/v1/referrals/{id}/" + decision, Set.of(COORDINATOR));
        }
        // sessions, attendance, measurements
        t.put("POST /api/v1/referrals/{id}/sessions", Set.of(PRACTITIONER, COORDINATOR));
        t.put("POST /api/v1/groups/{id}/sessions", Set.of(PRACTITIONER, COORDINATOR));
        t.put("PUT /api/v1/sessions/{id}/attendance", Set.of(PRACTITIONER, COORDINATOR));
        t.put("POST /api/v1/referrals/{id}/measurements", Set.of(PRACTITIONER, COORDINATOR));
        t.put("GET /api/v1/sessions/{id}", Set.of(PRACTITIONER, COORDINATOR));
        t.put("GET /api/v1/measurements/{id}", Set.of(PRACTITIONER, COORDINATOR));
        // reports and the audit trail
        t.put("GET /api/v1/reports/programmes/{code}", Set.of(ANALYST, COORDINATOR));
        t.put("GET /api/v1/reports/programmes/{code}/months", Set.of(ANALYST, COORDINATOR));
        t.put("GET /api/v1/audit-events", Set.of(AUDITOR));
        // webhook subscriptions
        t.put("GET /api/v1/subscriptions", Set.of(ADMIN, INTEGRATION));
        t.put("POST /api/v1/subscriptions", Set.of(ADMIN, INTEGRATION));
        t.put("GET /api/v1/subscriptions/{id}", Set.of(ADMIN, INTEGRATION));
        t.put("DELETE /api/v1/subscriptions/{id}", Set.of(ADMIN, INTEGRATION));
        t.put("GET /api/v1/subscriptions/{id}/deliveries", Set.of(ADMIN, INTEGRATION));
        return Map.copyOf(t);
    }

    /** The method a route is listed (and audited) under: HEAD is listed as the GET it stands for. */
    public static String asListed(String method) {
        return "HEAD".equalsIgnoreCase(method) ? "GET" : method;
    }

    /**
     * The roles allowed on an operation, or empty when the operation is not in the table (denied to all).
     * HEAD is the GET of the same route without its body (RFC 9110 §9.3.2), so it is allowed to the same roles.
     */
    public static Optional<Set<String>> rolesFor(String method, String template) {
        String asListed = asListed(method);
        return Optional.ofNullable(TABLE.get(key(asListed, template)));
    }

    public static boolean allows(String method, String template, Set<String> roles) {
        return rolesFor(method, template).map(allowed -> roles.stream().anyMatch(allowed::contains)).orElse(false);
    }

    public static Set<String> operations() {
        return TABLE.keySet();
    }

    public static String key(String method, String template) {
        return method.toUpperCase(java.util.Locale.ROOT) + " " + normalise(template);
    }

    /** "/api/v1/referrals/" + "{id: [0-9a-f-]+}" → "/api/v1/referrals/{id}". */
    public static String normalise(String template) {
        String path = template.indexOf(':') < 0 && !template.contains("//") ? template // as listed: the usual case
                : SLASHES.matcher(PARAMETER_WITH_PATTERN.matcher(template).replaceAll("{$1}")).replaceAll("/");
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
