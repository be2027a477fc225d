package dk.henvis.places;

import dk.henvis.common.Dates;
import dk.henvis.common.Ids;
import dk.henvis.common.PageRequest;
import dk.henvis.common.PageResponse;
import dk.henvis.common.ProblemException;
import dk.henvis.privacy.AuditAction;
import dk.henvis.privacy.AuditTrail;
import dk.henvis.programme.Programme;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A programme's waiting list, in the order auto-promotion takes it, with each entry's expected wait. */
@ApplicationScoped
public class WaitingList {

    private static final double SECONDS_PER_DAY = 86_400d;
    private static final List<ReferralStatus> ENDED =
            List.of(ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN, ReferralStatus.ESCALATED);

    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    PlacementConfig config;
    @Inject
    Clock clock;

    @Transactional
    public PageResponse<WaitingListEntry> of(String programmeCode, PageRequest page, Actor actor) {
        Programme programme = Programme.findByCode(programmeCode);
        if (programme == null) {
            throw ProblemException.notFound("Programme " + programmeCode);
        }
        long total = Referral.count("programmeCode = ?1 and status = ?2", programmeCode, ReferralStatus.WAITLISTED);
        WaitEstimate estimate = estimate(programme);
        List<Referral> referrals = Referral.listInOrderOf(pageOfIds(programmeCode, page));
        List<WaitingListEntry> entries = new ArrayList<>();
        for (int i = 0; i < referrals.size(); i++) {
            Referral r = referrals.get(i);
            long position = (long) page.offset() + i + 1;
            entries.add(new WaitingListEntry(position, r.id, r.reference, r.priority, r.waitlistedAt,
                    estimate.daysFor(position)));
        }
        audit.record(actor, AuditAction.READ, null);
        return new PageResponse<>(entries, page.page(), page.size(), total);
    }

    /** Course length from the programme's recently ended placements, places from its groups that admit. */
    WaitEstimate estimate(Programme programme) {
        LocalDate today = Dates.today(clock);
        List<Group> admitting = Group.<Group>list("programmeCode = ?1 and status = ?2", programme.code, GroupStatus.OPEN)
                .stream().filter(g -> GroupAdmission.admits(g, programme, today)).toList();
        int places = admitting.stream().mapToInt(g -> g.capacity).sum();
        int free = admitting.stream().mapToInt(Group::freePlaces).sum();
        return new WaitEstimate(courseDays(programme.code), places, free);
    }

    /** Average days a place was held over the last ended placements; the typical length when there are none. */
    double courseDays(String programmeCode) {
        List<Object[]> spans = em.createQuery("select r.placedAt, r.closedAt from Referral r where r.programmeCode = ?1 "
                        + "and r.status in ?2 and r.placedAt is not null and r.closedAt is not null "
                        + "order by r.closedAt desc, r.id", Object[].class)
                .setParameter(1, programmeCode)
                .setParameter(2, ENDED)
                .setMaxResults(config.courseHistory())
                .getResultList();
        if (spans.isEmpty()) {
            return config.typicalCourseDays().getOrDefault(programmeCode, config.defaultCourseDays());
        }
        return spans.stream()
                .mapToDouble(s -> Math.max(0, Duration.between((Instant) s[0], (Instant) s[1]).toSeconds()) / SECONDS_PER_DAY)
                .average().orElseThrow();
    }

    private List<UUID> pageOfIds(String programmeCode, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select id from referral where programme_code = :programme "
                        + "and status = 'WAITLISTED' order by " + WaitlistOrder.KEY)
                .setParameter("programme", programmeCode)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return rows.stream().map(Ids::fromColumn).toList();
    }
}
