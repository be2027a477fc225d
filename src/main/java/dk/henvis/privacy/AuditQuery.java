package dk.henvis.privacy;

import dk.henvis.common.ClockProducer;
import dk.henvis.common.Dates;
import dk.henvis.common.PageRequest;
import dk.henvis.common.PageResponse;
import dk.henvis.common.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The auditor's view of the trail: filtered by referral and time, oldest first, paged. */
@ApplicationScoped
public class AuditQuery {

    @Transactional
    public PageResponse<AuditEventView> find(String referralId, String from, String to, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (referralId != null && !referralId.isBlank()) {
            where.append(" and referralId = :referralId");
            params.and("referralId", uuid(referralId));
        }
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null) {
            where.append(" and at >= :from");
            params.and("from", start);
        }
        if (end != null) {
            where.append(" and at < :to");
            params.and("to", end);
        }
        if (start != null && end != null && !start.isBefore(end)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        PanacheQuery<AuditEvent> query = AuditEvent.find(where.toString(), Sort.by("at").and("id"), params)
                .page(Page.of(page.page(), page.size()));
        return new PageResponse<>(query.list().stream().map(AuditEventView::of).toList(), page.page(), page.size(),
                query.count());
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("referralId", "must be a UUID");
        }
    }

    /** A UTC timestamp, or a date (Europe/Copenhagen): from its start, or for "to" up to the end of that day. */
    static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException notInstant) {
            try {
                LocalDate date = LocalDate.parse(value);
                if (!Dates.inRange(date)) {
                    throw ProblemException.invalid(field, Dates.OUT_OF_RANGE);
                }
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ClockProducer.ZONE).toInstant();
            } catch (DateTimeParseException notDate) {
                throw ProblemException.invalid(field, "must be a date (YYYY-MM-DD) or a UTC timestamp such as 2026-11-23T09:00:00Z");
            }
        }
        if (!Dates.inRange(instant)) {
            throw ProblemException.invalid(field, Dates.OUT_OF_RANGE);
        }
        return instant;
    }
}
