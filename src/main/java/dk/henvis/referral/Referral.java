package dk.henvis.referral;

import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import dk.henvis.programme.ReferrerRole;
import dk.henvis.programme.SubjectType;
import dk.henvis.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A referral of one subject into one programme, and its life (DESIGN.md §2). Personal fields are
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
        persist();
        StatusChange.append(id, 1, null, ReferralStatus.RECEIVED, at, actor, null);
        if (acceptAtOnce) {
            StatusChange.append(id, 2, ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED, at, Actor.SYSTEM.name(), NO_VISITATION);
        }
    }

    /** Moves to another status if the transition table allows it, and appends the change to the history. */
    public void moveTo(ReferralStatus to, Instant at, String actor, String reason) {
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
        StatusChange.append(id, ++statusChanges, from, to, at, actor, reason);
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
    public void eraseFreeTextAndContact() {
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
