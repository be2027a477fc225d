package dk.henvis.referral;

import dk.henvis.common.Dates;
import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import dk.henvis.common.Refusal;
import dk.henvis.programme.Programme;
import dk.henvis.programme.ReferrerRole;
import dk.henvis.programme.SubjectType;
import dk.henvis.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A referral of one subject into one programme, and its life (docs/ARCHITECTURE.md, "The referral"). Personal fields are
 * the subject's and contact's names, dates, CPR (encrypted), contact details and free text; everything
 * else is statistics and survives anonymisation.
 */
@Entity
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;
    public String reference;
    public String programmeCode;
    @Enumerated(EnumType.STRING)
    public ReferralStatus status;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    public Instant receivedAt;
    public LocalDate receivedOn;
    public Instant firstContactDueAt;
    public Instant firstContactAt;
    @Enumerated(EnumType.STRING)
    public ContactChannel firstContactChannel;

    @Enumerated(EnumType.STRING)
    public ReferrerRole referrerRole;
    public String referrerOrganisation;
    public String referrerName;
    public String referrerEmail;

    @Enumerated(EnumType.STRING)
    public SubjectType subjectType;
    public String subjectName;
    public LocalDate subjectBirthDate;
    @Column(name = "subject_cpr_encrypted")
    public String subjectCprEncrypted;
    public LocalDate subjectExpectedDueDate;
    public LocalDate subjectInfantBirthDate;
    public boolean subjectHasOpenCase;
    public Integer subjectAgeYears;
    public String subjectKey;
    /** While open: the name+date key (always) and the CPR key (when a CPR is given); see ReferralIntake. */
    public String openSubjectKey;
    public String openCprKey;

    public String contactName;
    @Enumerated(EnumType.STRING)
    public ContactRelation contactRelation;
    public String contactPhone;
    public String contactEmail;

    @Enumerated(EnumType.STRING)
    public ReasonCategory reasonCategory;
    public String reasonDescription;
    public Integer wellbeingScore;

    public boolean consentGiven;
    public String consentGivenBy;
    public LocalDate consentDate;

    public UUID groupId;
    public Instant placedAt;
    public Instant waitlistedAt;
    public Integer sessionLimit;
    public int sessionsUsed;
    public int extensionsGranted;
    public String extensionJustification;

    public Instant closedAt;
    @Enumerated(EnumType.STRING)
    public ClosingReason closeReason;
    public String decisionNote;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public Instant escalatedAt;
    public String notifiedUnit;
    public boolean needsOpenCaseCheck;
    public Instant anonymisedAt;
    public int statusChanges;
    public String createdBy;
    @Version
    public long version;

    static final String NO_VISITATION = "NO_VISITATION";
    static final String FIRST_CONTACT = "FIRST_CONTACT";
    static final String FIRST_SESSION = "FIRST_SESSION";
    public static final String MOVED = "MOVED";

    /** History rows and domain events of the change in hand, until the service stores and publishes them. */
    @Transient
    private final List<StatusChange> history = new ArrayList<>();
    @Transient
    private final List<Object> events = new ArrayList<>();

    /**
     * A new referral as the request describes it, with what intake settled: its id and reference, the
     * referrer (taken from the sign-in for a referrer), the subject's look-up keys and sealed CPR number, and
     * whether the case registry could not be asked. {@link #receive} then gives it its first status.
     */
    static Referral of(UUID id, String reference, ReferralRequest request, Programme programme, ReferrerRole referrerRole,
                       String organisation, String nameKey, String cprKey, String sealedCpr, boolean openCaseUnknown,
                       Instant now,
                       String actor) {
        ReferralRequest.Subject subject = request.subject();
        LocalDate today = Dates.dateOf(now);
        Referral referral = new Referral();
        referral.id = id;
        referral.reference = reference;
        referral.programmeCode = programme.code;
        referral.priority = request.priority() == null ? Priority.NORMAL : request.priority();
        referral.receivedAt = now;
        referral.receivedOn = today;
        referral.firstContactDueAt = now.plus(programme.firstContactWithinDays, ChronoUnit.DAYS);
        referral.referrerRole = referrerRole;
        referral.referrerOrganisation = organisation;
        if (request.referrer() != null) {
            referral.referrerName = request.referrer().name();
            referral.referrerEmail = request.referrer().email();
        }
        referral.subjectType = subject.type();
        referral.subjectName = subject.name().trim();
        referral.subjectBirthDate = subject.birthDate();
        referral.subjectCprEncrypted = sealedCpr;
        referral.subjectExpectedDueDate = subject.expectedDueDate();
        referral.subjectInfantBirthDate = subject.infantBirthDate();
        referral.subjectHasOpenCase = Boolean.TRUE.equals(subject.hasOpenCase());
        referral.needsOpenCaseCheck = openCaseUnknown;
        referral.subjectAgeYears = subject.birthDate() == null ? null : Period.between(subject.birthDate(), today).getYears();
        referral.subjectKey = cprKey == null ? nameKey : cprKey;
        // The duplicate guard is two unique constraints, so it holds under any concurrency: one on the
        // name+date key, stored for every referral, with or without CPR (so a referral without CPR meets one
        // with, either way round), and one on the CPR key, stored when a CPR is given (so another name with
        // the same CPR is caught too). The price of keeping it in the database: two different subjects with the
        // same name and date count as one even when both carry different CPR numbers.
        referral.openSubjectKey = nameKey;
        referral.openCprKey = cprKey;
        if (request.contact() != null) {
            referral.contactName = request.contact().name();
            referral.contactRelation = request.contact().relation();
            referral.contactPhone = request.contact().phone();
            referral.contactEmail = request.contact().email();
        }
        referral.reasonCategory = request.reason().category();
        referral.reasonDescription = request.reason().description();
        referral.wellbeingScore = request.wellbeingScore();
        referral.consentGiven = request.hasConsent();
        if (request.consent() != null) {
            referral.consentGivenBy = request.consent().givenBy();
            referral.consentDate = request.consent().date();
        }
        referral.sessionLimit = programme.sessionLimit;
        referral.createdBy = actor;
        return referral;
    }

    /**
     * Records a new referral: its first status, and acceptance at once where the programme has no
     * visitation. The status is settled before the row is written, so a new referral costs one insert.
     */
    public void receive(Instant at, String actor, boolean acceptAtOnce) {
        status = ReferralStatus.RECEIVED;
        statusChanges = 1;
        if (acceptAtOnce) {
            status = ReferralStatus.ACCEPTED;
            statusChanges = 2;
        }
        history.add(StatusChange.of(id, 1, null, ReferralStatus.RECEIVED, at, actor, null));
        if (acceptAtOnce) {
            history.add(StatusChange.of(id, 2, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED, at, Actor.SYSTEM.name(),
                    NO_VISITATION));
        }
        events.add(new ReferralReceived(id, programmeCode, status, referrerOrganisation));
    }

    /** First contact with the family: recorded once, never in the future or before receipt; it starts the assessment. */
    public void assess(Instant at, ContactChannel channel, Instant now, String actor) {
        requireOpen("first-contact");
        if (at.isAfter(now)) {
            throw ProblemException.invalid("at", "must not lie in the future");
        }
        if (at.isBefore(receivedAt)) {
            throw ProblemException.ruleViolated("first contact cannot be before the referral was received ("
                    + receivedAt + ")");
        }
        if (firstContactAt != null) {
            throw ProblemException.ruleViolated("first contact is already recorded (" + firstContactAt + ")");
        }
        firstContactAt = at;
        firstContactChannel = channel;
        if (status == ReferralStatus.RECEIVED) {
            moveTo(ReferralStatus.IN_ASSESSMENT, now, actor, FIRST_CONTACT);
        }
    }

    public void accept(String note, Instant at, String actor) {
        requireOpen("accept");
        moveTo(ReferralStatus.ACCEPTED, at, actor, null);
        noteDecision(note);
    }

    public void decline(ClosingReason reason, String note, Instant at, String actor) {
        requireOpen("decline");
        close(ReferralStatus.DECLINED, reason, note, at, actor);
    }

    public void withdraw(ClosingReason reason, String note, Instant at, String actor) {
        requireOpen("withdraw");
        close(ReferralStatus.WITHDRAWN, reason, note, at, actor);
    }

    public void waitlist(String note, Instant at, String actor) {
        requireOpen("waitlist");
        waitlistedAt = at;
        moveTo(ReferralStatus.WAITLISTED, at, actor, null);
        noteDecision(note);
    }

    /**
     * Takes a place in the group (by hand, a move from another group, or automatic promotion). A move does not
     * raise the release of the previous place: the caller hands that over only once it holds the new one.
     *
     * @return the group it held a place in before, or null
     */
    public UUID placeIn(UUID group, Instant at, String actor, String reason) {
        requireOpen("placement");
        UUID previous = status == ReferralStatus.PLACED ? groupId : null;
        groupId = group;
        placedAt = at;
        moveTo(ReferralStatus.PLACED, at, actor, reason);
        return previous;
    }

    /** The first attended session starts the course. */
    public void startCourse(Instant at, String actor) {
        if (status == ReferralStatus.PLACED) {
            moveTo(ReferralStatus.IN_PROGRESS, at, actor, FIRST_SESSION);
        }
    }

    /** Uses one session of the course, or refuses with session-limit-reached. */
    public void useSession() {
        Refusal.enforce(SessionLimit.check(this));
        sessionsUsed++;
    }

    /** Gives a session back, when attendance is corrected from ATTENDED to something else. */
    public void giveSessionBack() {
        sessionsUsed = Math.max(0, sessionsUsed - 1);
    }

    /** One individually assessed, justified extension of the course (Rettidig Unge Indsats). */
    public void extend(Programme programme, int additionalSessions, String justification) {
        requireOpen("extension");
        if (!status.holdsPlace()) {
            throw invalidTransition("an extension (only a placed or running course is extended)");
        }
        Refusal.enforce(SessionLimit.extension(programme, this, additionalSessions));
        sessionLimit = (sessionLimit == null ? 0 : sessionLimit) + additionalSessions;
        extensionsGranted++;
        String reason = justification.trim();
        extensionJustification = extensionJustification == null ? reason : extensionJustification + "\n" + reason;
    }

    public void complete(Outcome result, String note, Instant at, String actor) {
        requireOpen("complete");
        outcome = result;
        noteDecision(note);
        moveTo(ReferralStatus.COMPLETED, at, actor, result.name());
    }

    /**
     * The concern went beyond early help and a notification was made: to whom is recorded, free text and
     * contact details are erased now, and the terminal status locks the referral against every change.
     */
    public void escalate(String unit, String reason, Instant at, String actor) {
        requireOpen("escalate");
        notifiedUnit = unit.trim();
        eraseFreeTextAndContact();
        moveTo(ReferralStatus.ESCALATED, at, actor, reason);
    }

    /**
     * Erasure on request: the personal fields go at once, and an open referral is withdrawn for lack of
     * consent (its place freed); statistics stay.
     */
    public void erase(Instant at, String actor) {
        if (!isAnonymised()) {
            anonymise(at);
        }
        if (!status.isTerminal()) {
            closeReason = ClosingReason.NO_CONSENT;
            moveTo(ReferralStatus.WITHDRAWN, at, actor, ClosingReason.NO_CONSENT.name());
        }
    }

    /**
     * Moves the fictitious demo referral's dates back in time, so a freshly loaded demo set looks like weeks of work:
     * received {@code back} ago, first contact and placement (where they happened) that long after receipt.
     */
    public void backdate(Duration back, Duration firstContactAfter, Duration placedAfter) {
        Instant received = receivedAt.minus(back);
        Duration dueWithin = Duration.between(receivedAt, firstContactDueAt);
        receivedAt = received;
        receivedOn = Dates.dateOf(received);
        firstContactDueAt = received.plus(dueWithin);
        if (firstContactAt != null || placedAt != null) {
            firstContactAt = received.plus(firstContactAfter);
        }
        if (placedAt != null) {
            placedAt = received.plus(placedAfter);
        }
    }

    private void close(ReferralStatus to, ClosingReason reason, String note, Instant at, String actor) {
        closeReason = reason;
        noteDecision(note);
        moveTo(to, at, actor, reason.name());
    }

    private void noteDecision(String note) {
        if (note != null && !note.isBlank()) {
            decisionNote = note;
        }
    }

    /**
     * Moves to another status if the transition table allows it, appends the change to the history and
     * raises its events: the status change, and the release of a place when it gave one up.
     */
    void moveTo(ReferralStatus to, Instant at, String actor, String reason) {
        if (!ReferralTransitions.allowed(status, to)) {
            throw invalidTransition(to.name());
        }
        ReferralStatus from = status;
        status = to;
        if (to.isTerminal()) {
            closedAt = at;
            openSubjectKey = null;
            openCprKey = null;
        }
        if (to == ReferralStatus.ESCALATED) {
            escalatedAt = at;
        }
        history.add(StatusChange.of(id, ++statusChanges, from, to, at, actor, reason));
        events.add(new ReferralStatusChanged(id, programmeCode, from, to, referrerOrganisation));
        if (from.holdsPlace() && !to.holdsPlace() && groupId != null) {
            events.add(new PlaceReleased(groupId, programmeCode));
        }
    }

    /** Any change to a closed referral (a session, a measurement, a placement…) is refused. */
    public void requireOpen(String change) {
        if (status.isTerminal()) {
            throw invalidTransition(change);
        }
    }

    public ProblemException invalidTransition(String attempted) {
        return new ProblemException(ProblemType.INVALID_TRANSITION,
                "The referral is " + status + "; " + attempted + " is not possible from there");
    }

    /** Escalation leaves no free text or contact details behind. */
    void eraseFreeTextAndContact() {
        reasonDescription = null;
        decisionNote = null;
        extensionJustification = null;
        contactName = null;
        contactRelation = null;
        contactPhone = null;
        contactEmail = null;
        referrerName = null;
        referrerEmail = null;
    }

    /** Removes every personal field; programme, dates, age, sessions, scores and outcome stay for statistics. */
    public void anonymise(Instant at) {
        eraseFreeTextAndContact();
        subjectName = null;
        subjectBirthDate = null;
        subjectCprEncrypted = null;
        subjectExpectedDueDate = null;
        subjectInfantBirthDate = null;
        subjectKey = null;
        openSubjectKey = null;
        openCprKey = null;
        consentGivenBy = null;
        anonymisedAt = at;
    }

    /** The history rows of the change in hand, handed over once to be stored. */
    List<StatusChange> takeHistory() {
        List<StatusChange> taken = List.copyOf(history);
        history.clear();
        return taken;
    }

    /** The domain events of the change in hand, in the order they happened, handed over once to be published. */
    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /**
     * These referrals in the order of the ids given, for lists that find a page's ids first and then load
     * only those rows; an id without a row is left out.
     */
    public static List<Referral> listInOrderOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Referral> byId = Referral.<Referral>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(referral -> referral.id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
