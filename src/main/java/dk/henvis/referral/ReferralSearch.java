package dk.henvis.referral;

import dk.henvis.privacy.AuditAction;
import dk.henvis.privacy.AuditTrail;
import dk.henvis.security.Actor;
import dk.henvis.security.Role;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The coordinator's reads that the console's worklist needs beside the API's list: what waits for first
 * contact, what waits for a place, and finding one referral by reference or by name and date. Each call
 * that returns personal data is audited like the API's list.
 */
@ApplicationScoped
public class ReferralSearch {

    static final String WORKLIST = "GET /console";
    static final String SEARCH = "POST /console/search";

    @Inject
    ReferralReader reader;
    @Inject
    AuditTrail audit;

    /** The worklist of a coordinator: new referrals by first-contact due date, and accepted ones without a place. */
    public record Worklist(List<ReferralView> awaitingFirstContact, List<ReferralView> awaitingPlace) {
    }

    @Transactional
    public Worklist worklist(String programmeCode, Actor actor, int limit) {
        requireCoordinator(actor);
        // One ordered read per status, each stopping after its first page (the due-date indexes), merged here.
        List<Referral> fresh = new ArrayList<>();
        for (ReferralStatus status : List.of(ReferralStatus.RECEIVED, ReferralStatus.IN_ASSESSMENT)) {
            fresh.addAll(firstPage(status, programmeCode, "firstContactDueAt", limit));
        }
        List<ReferralView> awaitingContact = fresh.stream()
                .sorted(Comparator.comparing((Referral r) -> r.firstContactDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(r -> r.id.toString()))
                .limit(limit).map(reader::view).toList();
        List<ReferralView> awaitingPlace = firstPage(ReferralStatus.ACCEPTED, programmeCode, "receivedAt", limit)
                .stream().map(reader::view).toList();
        audit.record(actor, AuditAction.READ, null, WORKLIST);
        return new Worklist(awaitingContact, awaitingPlace);
    }

    /**
     * The first {@code limit} referrals in a status, by {@code time} and id. The columns the filter fixes lead the
     * ORDER BY, as they lead the index (referral_due_by_status, referral_due_by_programme, ...): ordering by a
     * fixed column changes nothing, but without it H2 sorts every row of the status instead of reading the
     * index's first page.
     */
    private static List<Referral> firstPage(ReferralStatus status, String programmeCode, String time, int limit) {
        Parameters parameters = Parameters.with("status", status);
        String query = "status = :status";
        Sort order = Sort.by("status");
        if (programmeCode != null) {
            query += " and programmeCode = :programme";
            parameters.and("programme", programmeCode);
            order = Sort.by("programmeCode").and("status");
        }
        return Referral.<Referral>find(query, order.and(time).and("id"), parameters).page(0, limit).list();
    }

    /** Referrals waiting for a place in the programme, as counted (no personal data, so not audited). */
    public long waitlisted(String programmeCode) {
        return Referral.count("programmeCode = ?1 and status = ?2", programmeCode, ReferralStatus.WAITLISTED);
    }

    /** A referral by its reference (H-2026-00042), case and spaces aside. */
    @Transactional
    public Optional<ReferralView> byReference(String reference, Actor actor) {
        requireCoordinator(actor);
        Optional<ReferralView> found = Referral.<Referral>find("reference", reference.trim().toUpperCase(Locale.ROOT))
                .firstResultOptional().map(reader::view);
        audit.record(actor, AuditAction.READ, found.map(ReferralView::id).orElse(null), SEARCH);
        return found;
    }

    /** Referrals whose subject has this name (case aside) and this birth date, due date or infant's birth date. */
    @Transactional
    public List<ReferralView> byNameAndDate(String name, LocalDate date, Actor actor) {
        requireCoordinator(actor);
        List<ReferralView> found = Referral.<Referral>find("lower(subjectName) = :name and (subjectBirthDate = :date "
                                + "or subjectExpectedDueDate = :date or subjectInfantBirthDate = :date)",
                        Sort.by("receivedAt").and("id"),
                        Parameters.with("name", name.trim().toLowerCase(Locale.ROOT)).and("date", date))
                .page(0, 50).list().stream().map(reader::view).toList();
        audit.record(actor, AuditAction.READ, found.size() == 1 ? found.get(0).id() : null, SEARCH);
        return found;
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.has(Role.COORDINATOR)) {
            throw new dk.henvis.common.ProblemException(dk.henvis.common.ProblemType.FORBIDDEN,
                    "Only a coordinator has a worklist");
        }
    }
}
