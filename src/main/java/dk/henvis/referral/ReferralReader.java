package dk.henvis.referral;

import dk.henvis.common.Dates;
import dk.henvis.common.PageRequest;
import dk.henvis.common.PageResponse;
import dk.henvis.privacy.AuditAction;
import dk.henvis.privacy.AuditTrail;
import dk.henvis.privacy.Cpr;
import dk.henvis.privacy.Vault;
import dk.henvis.security.Actor;
import dk.henvis.security.Role;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads referrals for the people allowed to see them, and records every read in the audit trail. */
@ApplicationScoped
public class ReferralReader {

    @Inject
    ReferralAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Vault vault;
    @Inject
    Clock clock;
    @Inject
    WaitingListPositions positions;

    @Transactional
    public Referral read(UUID id, Actor actor) {
        Referral referral = access.require(id, actor);
        audit.record(actor, AuditAction.READ, referral.id);
        return referral;
    }

    @Transactional
    public List<StatusChangeView> history(UUID id, Actor actor) {
        Referral referral = read(id, actor);
        return StatusChange.of(referral.id).stream().map(StatusChangeView::of).toList();
    }

    /** One audit row per list call; the ids listed are visible in the list itself, not repeated in the trail. */
    @Transactional
    public PageResponse<ReferralView> list(ReferralFilter filter, PageRequest page, Actor actor) {
        Query query = query(filter, actor);
        List<ReferralView> items = new ArrayList<>();
        // The columns the filter fixes lead the order, as they lead the index (see ReferralSearch.firstPage).
        String order = (filter.programme() != null && filter.status() != null ? "programmeCode, status, "
                : filter.status() != null ? "status, " : "") + "receivedAt, id";
        List<Referral> referrals = pageInOrder(query.where(), query.params(), page, order);
        Map<UUID, Integer> positions = this.positions.positionsOf(referrals);
        for (Referral referral : referrals) {
            items.add(view(referral, positions.get(referral.id)));
        }
        audit.record(actor, AuditAction.READ, null);
        return new PageResponse<>(items, page.page(), page.size(), Referral.count(query.where(), query.params()));
    }

    /** A listed referral with the time of its last status change. */
    public record Latest(ReferralView referral, Instant lastChangedAt) {
    }

    /**
     * The same referrals as {@link #list} (same filter, same scoping, one audit row) but the newest first, each
     * with the time of its last status change: what a referrer following its own referrals wants to see.
     */
    @Transactional
    public PageResponse<Latest> latest(ReferralFilter filter, PageRequest page, Actor actor) {
        Query query = query(filter, actor);
        List<Referral> referrals = pageInOrder(query.where(), query.params(), page, "receivedAt desc, id desc");
        Map<UUID, Instant> changed = new HashMap<>();
        if (!referrals.isEmpty()) {
            Referral.getEntityManager()
                    .createQuery("select referralId, max(at) from StatusChange where referralId in :ids group by referralId",
                            Object[].class)
                    .setParameter("ids", referrals.stream().map(r -> r.id).toList())
                    .getResultList()
                    .forEach(row -> changed.put((UUID) row[0], (Instant) row[1]));
        }
        List<Latest> items = referrals.stream()
                .map(r -> new Latest(view(r), changed.getOrDefault(r.id, r.receivedAt))).toList();
        audit.record(actor, AuditAction.READ, null);
        return new PageResponse<>(items, page.page(), page.size(), Referral.count(query.where(), query.params()));
    }

    private record Query(String where, Parameters params) {
    }

    private Query query(ReferralFilter filter, Actor actor) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.programme() != null) {
            where.append(" and programmeCode = :programme");
            params.and("programme", filter.programme());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.overdue()) {
            // Every open status: a course already IN_PROGRESS without a recorded first contact is overdue too.
            where.append(" and firstContactAt is null and firstContactDueAt < :now and status not in :closed");
            params.and("now", Dates.now(clock));
            params.and("closed", List.of(ReferralStatus.COMPLETED, ReferralStatus.DECLINED, ReferralStatus.WITHDRAWN,
                    ReferralStatus.ESCALATED));
        }
        if (!actor.has(Role.COORDINATOR)) {
            where.append(" and referrerOrganisation = :organisation");
            params.and("organisation", actor.organisation().orElse("\u0000none"));
        }
        return new Query(where.toString(), params);
    }

    /**
     * The page's ids are found first and only then its referrals loaded: ordering ids and receipt times
     * takes little memory, where ordering whole rows of a programme with 100,000 referrals took more
     * than the service's heap on H2.
     */
    private static List<Referral> pageInOrder(String where, Parameters params, PageRequest page, String order) {
        var idQuery = Referral.getEntityManager()
                .createQuery("select id from Referral where " + where + " order by " + order, UUID.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        params.map().forEach(idQuery::setParameter);
        return Referral.listInOrderOf(idQuery.getResultList());
    }

    /** 200 with the referral and its version as ETag. */
    public jakarta.ws.rs.core.Response ok(Referral referral) {
        return jakarta.ws.rs.core.Response.ok(view(referral)).tag(etag(referral)).build();
    }

    public static jakarta.ws.rs.core.EntityTag etag(Referral referral) {
        return new jakarta.ws.rs.core.EntityTag(Long.toString(referral.version));
    }

    /** The view of a referral just received from a caller who sent its CPR in clear: masked without a decryption. */
    public ReferralView viewReceived(Referral referral, String cpr) {
        return ReferralView.of(referral, Cpr.mask(cpr), positions.positionOf(referral));
    }

    private ReferralView view(Referral referral, Integer position) {
        String masked = referral.subjectCprEncrypted == null ? null : Cpr.mask(vault.decrypt(referral.subjectCprEncrypted));
        return ReferralView.of(referral, masked, position);
    }

    public ReferralView view(Referral referral) {
        return view(referral, positions.positionOf(referral));
    }
}
