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
 * The committee report of one programme. Every figure is an aggregate query in the database; no
 * referral is loaded. Cohort figures count the referrals received in the period (whatever became of
 * them since); utilisation counts the place-days occupied within the period by any referral.
 */
@ApplicationScoped
public class Reports {

    private static final double SECONDS_PER_DAY = 86_400d;

    private static final ClosingReason[] REASONS = ClosingReason.values();
    private static final String DECLINED_COLUMNS = java.util.Arrays.stream(REASONS)
            .map(reason -> ", count(*) filter (where r.received_on >= :from and r.status = 'DECLINED' and r.close_reason = '"
                    + reason.name() + "')")
            .collect(java.util.stream.Collectors.joining());

    /** In the cohort: received within the period (the scan covers everything received up to its end). */
    private static final String IN = "r.received_on >= :from";

    /**
     * One pass over the programme's referrals received up to the period's end: the cohort figures (received
     * in the period) and the place-seconds occupied within [start, end) by any placement.
     */
    private static final String FIGURES = "select count(*) filter (where " + IN + "), "
            + "coalesce(sum(case when not (" + IN + ") then 0 "
            + "  when r.status in ('ACCEPTED', 'WAITLISTED', 'PLACED', 'IN_PROGRESS', 'COMPLETED') then 1 "
            + "  when r.placed_at is not null then 1 "
            + "  when r.status in ('DECLINED', 'WITHDRAWN', 'ESCALATED') and exists (select 1 from referral_status_change c "
            + "    where c.referral_id = r.id and c.to_status = 'ACCEPTED') then 1 else 0 end), 0), "
            + "count(*) filter (where " + IN + " and r.status = 'DECLINED'), "
            + "count(r.placed_at) filter (where " + IN + "), "
            + "count(*) filter (where " + IN + " and r.status = 'WAITLISTED'), "
            + "count(*) filter (where " + IN + " and (r.first_contact_at is not null or r.first_contact_due_at < :now)), "
            + "count(*) filter (where " + IN + " and r.first_contact_at is not null and r.first_contact_at <= r.first_contact_due_at), "
            + "count(*) filter (where " + IN + " and r.status = 'COMPLETED'), "
            + "coalesce(sum(case when " + IN + " and r.status = 'COMPLETED' then r.sessions_used else 0 end), 0), "
            + "count(*) filter (where " + IN + " and r.status = 'ESCALATED'), "
            // Interval arithmetic, not epoch numbers: H2 sorts intervals several times faster than NUMERIC.
            + "extract(epoch from percentile_cont(0.5) within group (order by case when " + IN + " then "
            + "  r.placed_at - r.received_at end)), "
            + "coalesce(extract(epoch from sum(case when r.placed_at is not null "
            + "  and least(coalesce(r.closed_at, :now), :end) > greatest(r.placed_at, :start) "
            + "  then least(coalesce(r.closed_at, :now), :end) - greatest(r.placed_at, :start) end)), 0)"
            + DECLINED_COLUMNS
            + " from referral r where r.programme_code = :code and r.received_on <= :to";

    private static final String SCORES = "select count(*), coalesce(sum(s.score), 0), coalesce(sum(e.score), 0), "
            + "count(*) filter (where e.score > s.score) "
            + "from referral r join measurement s on s.referral_id = r.id and s.phase = 'START' "
            + "join measurement e on e.referral_id = r.id and e.phase = 'END' "
            + "where r.programme_code = :code and r.received_on >= :from and r.received_on <= :to "
            + "and r.status = 'COMPLETED'";

    private static final String MONTH = "extract(year from r.received_on), extract(month from r.received_on)";

    /** The cohort's referrals and first contacts, by the month they were received. */
    private static final String COHORT_MONTHS = "select " + MONTH + ", count(*), "
            + "count(*) filter (where r.first_contact_at is not null or r.first_contact_due_at < :now), "
            + "count(*) filter (where r.first_contact_at is not null and r.first_contact_at <= r.first_contact_due_at) "
            + "from referral r where r.programme_code = :code and r.received_on >= :from and r.received_on <= :to "
            + "group by " + MONTH;

    /** The completed courses' start and end scores, by the month the referral was received. */
    private static final String SCORE_MONTHS = "select " + MONTH + ", count(*), coalesce(sum(s.score), 0), "
            + "coalesce(sum(e.score), 0) "
            + "from referral r join measurement s on s.referral_id = r.id and s.phase = 'START' "
            + "join measurement e on e.referral_id = r.id and e.phase = 'END' "
            + "where r.programme_code = :code and r.received_on >= :from and r.received_on <= :to "
            + "and r.status = 'COMPLETED' group by " + MONTH;

    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public ProgrammeReport report(String code, ReportPeriod period) {
        Programme programme = programme(code);
        Instant now = Dates.now(clock);
        Instant start = period.from().atStartOfDay(ClockProducer.ZONE).toInstant();
        Instant end = min(period.to().plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant(), now);
        Object[] c = (Object[]) cohort(FIGURES, code, period)
                .setParameter("now", now)
                .setParameter("start", start)
                .setParameter("end", end)
                .getSingleResult();
        long received = asLong(c[0]);
        long completed = asLong(c[7]);
        long sessions = asLong(c[8]);
        long escalated = asLong(c[9]);
        long placed = asLong(c[3]);

        Map<String, Long> declinedByReason = new LinkedHashMap<>();
        for (int i = 0; i < REASONS.length; i++) {
            long declined = asLong(c[12 + i]);
            if (declined > 0) {
                declinedByReason.put(REASONS[i].name(), declined);
            }
        }

        Object[] s = (Object[]) cohort(SCORES, code, period).getSingleResult();
        long scored = asLong(s[0]);

        BigDecimal occupied = end.isAfter(start) ? placeDays(((Number) c[11]).doubleValue()) : placeDays(0);
        BigDecimal available = placeDays(availableSeconds(groups(code), start, end, now));

        BigDecimal budget = programme.annualBudgetDkk == null ? null
                : Budget.forPeriod(programme.annualBudgetDkk, period.from(), period.to());
        long firstContactAssessed = asLong(c[5]);
        long firstContactInTime = asLong(c[6]);
        return new ProgrammeReport(programme.code, programme.name, period.from(), period.to(), now,
                received, asLong(c[1]), asLong(c[2]), declinedByReason, placed, asLong(c[4]),
                c[10] == null ? null : BigDecimal.valueOf(((Number) c[10]).doubleValue() / SECONDS_PER_DAY)
                        .setScale(1, RoundingMode.HALF_UP),
                programme.firstContactWithinDays, firstContactAssessed, firstContactInTime,
                ratio(firstContactInTime, firstContactAssessed, 4),
                completed, ratio(sessions, completed, 2),
                scored, ratio(asLong(s[1]), scored, 2), ratio(asLong(s[2]), scored, 2), ratio(asLong(s[3]), scored, 4),
                escalated, completed + escalated, ratio(escalated, completed + escalated, 4),
                occupied, available,
                available.signum() == 0 ? null : occupied.divide(available, 4, RoundingMode.HALF_UP),
                programme.annualBudgetDkk, budget, placed,
                budget == null || placed == 0 ? null : budget.divide(BigDecimal.valueOf(placed), 2, RoundingMode.HALF_UP));
    }

    /**
     * The period month by month: received and first contact (one grouped query), scores (one grouped query),
     * utilisation (the placements that overlap the period, two instants each, shared out over the months in
     * the same way {@link #report} counts place-days; the groups are read once).
     */
    @Transactional
    public ProgrammeMonths months(String code, ReportPeriod period) {
        Programme programme = programme(code);
        Instant now = Dates.now(clock);
        YearMonth first = YearMonth.from(period.from());
        YearMonth last = YearMonth.from(period.to());
        Map<YearMonth, long[]> cohort = new HashMap<>();
        for (Object[] row : rows(cohort(COHORT_MONTHS, code, period).setParameter("now", now))) {
            cohort.put(month(row), new long[] {asLong(row[2]), asLong(row[3]), asLong(row[4])});
        }
        Map<YearMonth, long[]> scores = new HashMap<>();
        for (Object[] row : rows(cohort(SCORE_MONTHS, code, period))) {
            scores.put(month(row), new long[] {asLong(row[2]), asLong(row[3]), asLong(row[4])});
        }
        Instant periodStart = start(period.from());
        Instant periodEnd = min(start(period.to().plusDays(1)), now);
        List<Object[]> placements = em.createQuery("select r.placedAt, r.closedAt from Referral r "
                        + "where r.programmeCode = :code and r.receivedOn <= :to and r.placedAt is not null "
                        + "and r.placedAt < :end and (r.closedAt is null or r.closedAt > :start)", Object[].class)
                .setParameter("code", code)
                .setParameter("to", period.to())
                .setParameter("start", periodStart)
                .setParameter("end", periodEnd)
                .getResultList();
        List<Object[]> groups = groups(code);

        List<ReportMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate fromDay = m.atDay(1).isBefore(period.from()) ? period.from() : m.atDay(1);
            LocalDate toDay = m.atEndOfMonth().isAfter(period.to()) ? period.to() : m.atEndOfMonth();
            Instant start = start(fromDay);
            Instant end = min(start(toDay.plusDays(1)), now);
            double occupiedSeconds = 0;
            for (Object[] p : placements) {
                Instant from = max((Instant) p[0], start);
                Instant to = min(p[1] == null ? now : (Instant) p[1], end);
                if (to.isAfter(from)) {
                    occupiedSeconds += epoch(to) - epoch(from);
                }
            }
            BigDecimal occupied = placeDays(occupiedSeconds);
            BigDecimal available = placeDays(availableSeconds(groups, start, end, now));
            long[] c = cohort.getOrDefault(m, new long[3]);
            long[] s = scores.getOrDefault(m, new long[3]);
            months.add(new ReportMonth(m.toString(), c[0], c[1], c[2], s[0], ratio(s[1], s[0], 2), ratio(s[2], s[0], 2),
                    occupied, available, available.signum() == 0 ? null : occupied.divide(available, 4, RoundingMode.HALF_UP)));
        }
        return new ProgrammeMonths(programme.code, period.from(), period.to(), months);
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
