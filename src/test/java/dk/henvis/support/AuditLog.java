package dk.henvis.support;

import java.util.List;
import java.util.Map;

/** Reads the audit trail through the auditor's endpoint. */
public final class AuditLog {

    private AuditLog() {
    }

    /**
     * Only rows of the last hour count: other test classes move the application clock and leave rows
     * dated days or years ahead, which would otherwise sort as the newest.
     */
    private static String window() {
        java.time.Instant now = MutableClock.now();
        return "&from=" + now.minusSeconds(3600) + "&to=" + now.plusSeconds(600);
    }

    public static long total() {
        return ((Number) Api.as("auditor").get("/api/v1/audit-events?size=1" + window())
                .then().statusCode(200).extract().path("totalItems")).longValue();
    }

    /** The newest n entries, oldest first. */
    public static List<Map<String, Object>> newest(int n) {
        long total = total();
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        long firstPage = Math.max(0, (total - n) / 100);
        for (long page = firstPage; page * 100 < total; page++) {
            all.addAll(Api.as("auditor").get("/api/v1/audit-events?size=100&page=" + page + window())
                    .then().statusCode(200).extract().path("items"));
        }
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    public static List<Map<String, Object>> of(String referralId) {
        return Api.as("auditor").get("/api/v1/audit-events?size=100&referralId=" + referralId)
                .then().statusCode(200).extract().path("items");
    }
}
