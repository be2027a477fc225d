package dk.henvis.outcome;

import dk.henvis.common.ClockProducer;
import dk.henvis.common.Dates;
import dk.henvis.common.ProblemException;
import dk.henvis.places.GroupStatus;
import dk.henvis.privacy.AuditAction;
import dk.henvis.privacy.AuditTrail;
import dk.henvis.programme.Programme;
import dk.henvis.referral.ClosingReason;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committee report of one programme and its months, from three reads whatever the period: the cohort
 * (referrals received in the period) grouped by the month received, the completed courses' scores grouped the
 * same way, and the two instants of each placement that overlaps the period or belongs to the cohort. Totals are
 * the months' sums, so a report and its months never disagree; no referral entity is loaded. Utilisation counts
 * the place-days occupied within the period by any referral, the median the cohort's days from received to placed.
 */
@ApplicationScoped
public class Reports {

    private static final double SECONDS_PER_DAY = 86_400d;

    private static final ClosingReason[] REASONS = ClosingReason.values();
    private static final String DECLINED_COLUMNS = java.util.Arrays.stream(REASONS)
            .map(reason -> ", count(*) filter (where r.status = 'DECLINED' and r.close_reason = '" + reason.name() + "')")
            .collect(java.util.stream.Collectors.joining());

    private static final String MONTH = "extract(year from r.received_on), extract(month from r.received_on)";

    private static final String IN_PERIOD = "where r.programme_code = :code and r.received_on >= :from and r.received_on <= :to ";

    // The cohort's columns after the month, in the order of COHORT's select list.
    private static final int RECEIVED = 0;
    private static final int ACCEPTED = 1;
    private static final int DECLINED = 2;
    private static final int PLACED = 3;
    private static final int WAITLISTED = 4;
    private static final int FIRST_CONTACT_ASSESSED = 5;
    private static final int FIRST_CONTACT_IN_TIME = 6;
    private static final int COMPLETED = 7;
    private static final int SESSIONS = 8;
    private static final int ESCALATED = 9;
    private static final int DECLINED_BY_REASON = 10;
    private static final int COHORT_COLUMNS = DECLINED_BY_REASON + REASONS.length;

    /** The cohort by month: one pass over the referrals received in the period. */
    private static final String COHORT = "select " + MONTH + ", count(*), "
            + "coalesce(sum(case when r.status in ('ACCEPTED', 'WAITLISTED', 'PLACED', 'IN_PROGRESS', 'COMPLETED') then 1 "
            + "  when r.placed_at is not null then 1 "
            + "  when r.status in ('DECLINED', 'WITHDRAWN', 'ESCALATED') and exists (select 1 from referral_status_change c "
            + "    where c.referral_id = r.id and c.to_status = 'ACCEPTED') then 1 else 0 end), 0), "
            + "count(*) filter (where r.status = 'DECLINED'), "
            + "count(r.placed_at), "
            + "count(*) filter (where r.status = 'WAITLISTED'), "
            + "count(*) filter (where r.first_contact_at is not null or r.first_contact_due_at < :now), "
            + "count(*) filter (where r.first_contact_at is not null and r.first_contact_at <= r.first_contact_due_at), "
            + "count(*) filter (where r.status = 'COMPLETED'), "
            + "coalesce(sum(case when r.status = 'COMPLETED' then r.sessions_used else 0 end), 0), "
            + "count(*) filter (where r.status = 'ESCALATED')"
            + DECLINED_COLUMNS
            + " from referral r " + IN_PERIOD + "group by " + MONTH;

    /** The completed courses with a start and an end score, by the month the referral was received. */
    private static final String SCORES = "select " + MONTH + ", count(*), coalesce(sum(s.score), 0), "
            + "coalesce(sum(e.score), 0), count(*) filter (where e.score > s.score) "
            + "from referral r join measurement s on s.referral_id = r.id and s.phase = 'START' "
            + "join measurement e on e.referral_id = r.id and e.phase = 'END' "
            + IN_PERIOD + "and r.status = 'COMPLETED' group by " + MONTH;

    /**
     * Every placement that occupied a place within [start, end), and every placement of the cohort (for the
     * median): received on, received at, placed at, closed at.
     */
    private static final String PLACEMENTS = "select r.receivedOn, r.receivedAt, r.placedAt, r.closedAt from Referral r "
            + "where r.programmeCode = :code and r.receivedOn <= :to and r.placedAt is not null "
            + "and ((r.placedAt < :end and (r.closedAt is null or r.closedAt > :start)) or r.receivedOn >= :from)";

    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The period's report and its months, read once (the console's report page shows both). */
    public record WithMonths(ProgrammeReport report, ProgrammeMonths months) {
    }

    @Transactional
    public ProgrammeReport report(String code, ReportPeriod period) {
        return withMonths(code, period).report();
    }

    @Transactional
    public ProgrammeMonths months(String code, ReportPeriod period) {
        return withMonths(code, period).months();
    }

    @Transactional
    public WithMonths withMonths(String code, ReportPeriod period) {
        Programme programme = programme(code);
        Instant now = Dates.now(clock);
        Instant start = start(period.from());
        Instant end = min(start(period.to().plusDays(1)), now);

        long[] total = new long[COHORT_COLUMNS];
        Map<YearMonth, long[]> cohort = byMonth(cohort(COHORT, code, period).setParameter("now", now), total);
        long[] scoreTotal = new long[4];
        Map<YearMonth, long[]> scores = byMonth(cohort(SCORES, code, period), scoreTotal);
        List<Placement> placements = em.createQuery(PLACEMENTS, Object[].class)
                .setParameter("code", code)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList()
                .stream()
                .map(Placement::of)
                .toList();
        List<Object[]> groups = groups(code);

        ProgrammeReport report = report(programme, period, now, start, end, total, scoreTotal, placements, groups);
        List<ReportMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            LocalDate fromDay = m.atDay(1).isBefore(period.from()) ? period.from() : m.atDay(1);
            LocalDate toDay = m.atEndOfMonth().isAfter(period.to()) ? period.to() : m.atEndOfMonth();
            Instant monthStart = start(fromDay);
            Instant monthEnd = min(start(toDay.plusDays(1)), now);
            BigDecimal occupied = placeDays(occupiedSeconds(placements, monthStart, monthEnd, now));
            BigDecimal available = placeDays(availableSeconds(groups, monthStart, monthEnd, now));
            long[] c = cohort.getOrDefault(m, new long[COHORT_COLUMNS]);
            long[] s = scores.getOrDefault(m, new long[4]);
            months.add(new ReportMonth(m.toString(), c[RECEIVED], c[FIRST_CONTACT_ASSESSED], c[FIRST_CONTACT_IN_TIME],
                    s[0], ratio(s[1], s[0], 2), ratio(s[2], s[0], 2), occupied, available,
                    available.signum() == 0 ? null : occupied.divide(available, 4, RoundingMode.HALF_UP)));
        }
        return new WithMonths(report, new ProgrammeMonths(programme.code, period.from(), period.to(), months));
    }

    private static ProgrammeReport report(Programme programme, ReportPeriod period, Instant now, Instant start, Instant end,
                                          long[] c, long[] s, List<Placement> placements, List<Object[]> groups) {
        Map<String, Long> declinedByReason = new LinkedHashMap<>();
        for (int i = 0; i < REASONS.length; i++) {
            if (c[DECLINED_BY_REASON + i] > 0) {
                declinedByReason.put(REASONS[i].name(), c[DECLINED_BY_REASON + i]);
            }
        }
        BigDecimal occupied = placeDays(end.isAfter(start) ? occupiedSeconds(placements, start, end, now) : 0);
        BigDecimal available = placeDays(availableSeconds(groups, start, end, now));
        BigDecimal budget = programme.annualBudgetDkk == null ? null
                : Budget.forPeriod(programme.annualBudgetDkk, period.from(), period.to());
        long placed = c[PLACED];
        long completed = c[COMPLETED];
        long escalated = c[ESCALATED];
        long scored = s[0];
        Double medianSeconds = medianSecondsToPlace(placements, period.from());
        return new ProgrammeReport(programme.code, programme.name, period.from(), period.to(), now,
                c[RECEIVED], c[ACCEPTED], c[DECLINED], declinedByReason, placed, c[WAITLISTED],
                medianSeconds == null ? null : BigDecimal.valueOf(medianSeconds / SECONDS_PER_DAY).setScale(1, RoundingMode.HALF_UP),
                programme.firstContactWithinDays, c[FIRST_CONTACT_ASSESSED], c[FIRST_CONTACT_IN_TIME],
                ratio(c[FIRST_CONTACT_IN_TIME], c[FIRST_CONTACT_ASSESSED], 4),
                completed, ratio(c[SESSIONS], completed, 2),
                scored, ratio(s[1], scored, 2), ratio(s[2], scored, 2), ratio(s[3], scored, 4),
                escalated, completed + escalated, ratio(escalated, completed + escalated, 4),
                occupied, available,
                available.signum() == 0 ? null : occupied.divide(available, 4, RoundingMode.HALF_UP),
                programme.annualBudgetDkk, budget, placed,
                budget == null || placed == 0 ? null : budget.divide(BigDecimal.valueOf(placed), 2, RoundingMode.HALF_UP));
    }

    /** A grouped query's rows (year, month, then total.length counts) by month, each count also added to total. */
    private static Map<YearMonth, long[]> byMonth(Query query, long[] total) {
        Map<YearMonth, long[]> months = new HashMap<>();
        for (Object[] row : rows(query)) {
            long[] month = new long[total.length];
            for (int i = 0; i < total.length; i++) {
                month[i] = asLong(row[2 + i]);
                total[i] += month[i];
            }
            months.put(month(row), month);
        }
        return months;
    }

    /** One placement's instants; closedAt is null while the referral holds its place. */
    private record Placement(LocalDate receivedOn, Instant receivedAt, Instant placedAt, Instant closedAt) {
        static Placement of(Object[] row) {
            return new Placement((LocalDate) row[0], (Instant) row[1], (Instant) row[2], (Instant) row[3]);
        }
    }

    /** The place-seconds the placements occupied within [start, end). */
    private static double occupiedSeconds(List<Placement> placements, Instant start, Instant end, Instant now) {
        double seconds = 0;
        for (Placement p : placements) {
            Instant from = max(p.placedAt(), start);
            Instant to = min(p.closedAt() == null ? now : p.closedAt(), end);
            if (to.isAfter(from)) {
                seconds += epoch(to) - epoch(from);
            }
        }
        return seconds;
    }

    /** The median time from received to placed of the cohort's placed referrals (the mean of the middle two for an even count). */
    private static Double medianSecondsToPlace(List<Placement> placements, LocalDate from) {
        double[] waits = placements.stream()
                .filter(p -> !p.receivedOn().isBefore(from))
                .mapToDouble(p -> epoch(p.placedAt()) - epoch(p.receivedAt()))
                .sorted()
                .toArray();
        if (waits.length == 0) {
            return null;
        }
        int middle = waits.length / 2;
        return waits.length % 2 == 1 ? waits[middle] : (waits[middle - 1] + waits[middle]) / 2;
    }

    private static Programme programme(String code) {
        Programme programme = Programme.findByCode(code);
        if (programme == null) {
            throw ProblemException.notFound("Programme " + code);
        }
        return programme;
    }

    /** The CSV export is an EXPORT in the audit trail (no referral: the figures are statistics). */
    @Transactional
    public ProgrammeReport export(String code, ReportPeriod period, Actor actor) {
        ProgrammeReport report = report(code, period);
        audit.record(actor, AuditAction.EXPORT, null);
        return report;
    }

    private Query cohort(String sql, String code, ReportPeriod period) {
        return em.createNativeQuery(sql)
                .setParameter("code", code)
                .setParameter("from", period.from())
                .setParameter("to", period.to());
    }

    /** The programme's groups that count for capacity (groups are few; only their columns are read). */
    private List<Object[]> groups(String code) {
        return em.createQuery("select g.capacity, g.startDate, g.endDate, g.createdAt from Group g "
                        + "where g.programmeCode = :code and g.status <> :cancelled", Object[].class)
                .setParameter("code", code)
                .setParameter("cancelled", GroupStatus.CANCELLED)
                .getResultList();
    }

    /** Capacity times the days each group was running within [start, end). */
    private static double availableSeconds(List<Object[]> groups, Instant start, Instant end, Instant now) {
        double total = 0;
        for (Object[] g : groups) {
            Instant open = g[1] != null ? ((LocalDate) g[1]).atStartOfDay(ClockProducer.ZONE).toInstant() : (Instant) g[3];
            Instant close = g[2] != null ? ((LocalDate) g[2]).plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant() : now;
            Instant from = open.isAfter(start) ? open : start;
            Instant to = min(close, end);
            if (to.isAfter(from)) {
                total += ((Number) g[0]).doubleValue() * (epoch(to) - epoch(from));
            }
        }
        return total;
    }

    private static BigDecimal placeDays(double seconds) {
        return BigDecimal.valueOf(seconds / SECONDS_PER_DAY).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(long numerator, long denominator, int scale) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    private static double epoch(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static YearMonth month(Object[] row) {
        return YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ClockProducer.ZONE).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
