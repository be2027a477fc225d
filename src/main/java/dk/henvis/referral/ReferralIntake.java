package dk.henvis.referral;

import dk.henvis.common.Causes;
import dk.henvis.common.Dates;
import dk.henvis.common.FieldError;
import dk.henvis.common.Ids;
import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import dk.henvis.common.Refusal;
import dk.henvis.privacy.AuditAction;
import dk.henvis.privacy.AuditTrail;
import dk.henvis.privacy.Cpr;
import dk.henvis.privacy.Vault;
import dk.henvis.programme.Programme;
import dk.henvis.programme.ProgrammeCatalogue;
import dk.henvis.programme.ScoreScale;
import dk.henvis.programme.ReferrerRole;
import dk.henvis.programme.SubjectType;
import dk.henvis.programme.eligibility.Candidate;
import dk.henvis.programme.eligibility.Eligibility;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Receives a referral: validates it, checks eligibility and duplicates, and records it. */
@ApplicationScoped
public class ReferralIntake {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    @Inject
    Clock clock;
    @Inject
    Eligibility eligibility;
    @Inject
    Vault vault;
    @Inject
    AuditTrail audit;
    @Inject
    ReferralDecisions decisions;
    @Inject
    CaseRegistryPort caseRegistry;
    @Inject
    ReferenceNumbers references;
    @Inject
    ProgrammeCatalogue catalogue;

    @Transactional
    public Referral receive(ReferralRequest request, Actor actor) {
        Instant now = Dates.now(clock);
        LocalDate today = Dates.today(clock);
        Programme programme = catalogue.find(request.programmeCode()).orElse(null);
        if (programme == null) {
            throw ProblemException.invalid("programmeCode", "is not a programme in the catalogue");
        }
        ReferralRequest.Subject subject = request.subject();
        checkShape(request, today);
        ReferrerRole referrerRole = referrerRole(request, actor);
        String organisation = organisation(request, actor);

        boolean openCase = Boolean.TRUE.equals(subject.hasOpenCase());
        boolean openCaseUnknown = false;
        if (programme.excludesOpenCase && subject.cpr() != null && !openCase) {
            CaseRegistryPort.Answer answer = caseRegistry.openCase(subject.cpr());
            openCase = answer == CaseRegistryPort.Answer.OPEN_CASE;
            openCaseUnknown = answer == CaseRegistryPort.Answer.UNKNOWN;
        }
        Candidate candidate = new Candidate(subject.type(), subject.birthDate(), subject.expectedDueDate(),
                subject.infantBirthDate(), openCase, referrerRole,
                request.hasConsent(), today);
        Refusal.enforce(eligibility.check(programme, candidate));
        if (request.wellbeingScore() != null) {
            Refusal.enforce(ScoreScale.check(programme, "wellbeingScore", request.wellbeingScore()));
        }

        String nameKey = vault.lookupHash(nameIdentity(subject));
        String cprKey = subject.cpr() == null ? null : vault.lookupHash(cprIdentity(subject.cpr()));

        String sealedCpr = subject.cpr() == null ? null : vault.encrypt(subject.cpr());
        Referral referral = Referral.of(Ids.next(), references.next(today), request, programme, referrerRole, organisation,
                nameKey, cprKey, sealedCpr, openCaseUnknown, now, actor.name());
        try {
            referral.receive(now, actor.name(), !programme.requiresVisitation);
            referral.persist();
            audit.record(actor, AuditAction.CREATE, referral.id);
            decisions.publish(referral);
            // One flush for every row of the creation (batched); the unique index answers the duplicate check in
            // it, under any concurrency, and a refused duplicate rolls the audit row and the event back with it.
            Referral.flush();
        } catch (PersistenceException e) {
            if (isDuplicateSubject(e)) {
                throw duplicate();
            }
            throw e;
        }
        return referral;
    }

    private static boolean isDuplicateSubject(Throwable e) {
        return Causes.any(e, cause -> cause instanceof org.hibernate.exception.ConstraintViolationException violation
                && violation.getConstraintName() != null
                && violation.getConstraintName().toLowerCase(Locale.ROOT).contains("referral_one_open_per_"));
    }

    private static ProblemException duplicate() {
        return new ProblemException(ProblemType.DUPLICATE_REFERRAL,
                "An open referral for this subject already exists in this programme");
    }

    static String cprIdentity(String cpr) {
        return "cpr:" + cpr;
    }

    /** The subject by name with the date that identifies them, whether or not a CPR is given. */
    static String nameIdentity(ReferralRequest.Subject subject) {
        LocalDate date = switch (subject.type()) {
            case CHILD -> subject.birthDate();
            case EXPECTANT_PARENT -> subject.expectedDueDate();
            case PARENT -> subject.infantBirthDate();
        };
        String name = WHITESPACE.matcher(subject.name().trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return "name:" + name + "|" + subject.type() + "|" + date;
    }

    private static ReferrerRole referrerRole(ReferralRequest request, Actor actor) {
        if (actor.isReferrerOnly()) {
            return actor.referrerRole().flatMap(ReferralIntake::parseRole).orElseThrow(() -> new ProblemException(
                    ProblemType.FORBIDDEN, "Your sign-in carries no referrer role"));
        }
        if (request.referrer() == null || request.referrer().role() == null) {
            throw ProblemException.invalid("referrer.role", "must not be null");
        }
        return request.referrer().role();
    }

    private static String organisation(ReferralRequest request, Actor actor) {
        if (actor.isReferrerOnly()) {
            return actor.organisation().orElseThrow(() -> new ProblemException(
                    ProblemType.FORBIDDEN, "Your sign-in carries no organisation"));
        }
        if (request.referrer() == null || request.referrer().organisation() == null
                || request.referrer().organisation().isBlank()) {
            throw ProblemException.invalid("referrer.organisation", "must not be blank");
        }
        return request.referrer().organisation().trim();
    }

    private static Optional<ReferrerRole> parseRole(String role) {
        try {
            return Optional.of(ReferrerRole.valueOf(role));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Field rules that depend on the subject type or on today; the record annotations cover the rest. */
    private static void checkShape(ReferralRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        ReferralRequest.Subject subject = request.subject();
        SubjectType type = subject.type();
        if (type == SubjectType.CHILD && subject.birthDate() == null) {
            errors.add(new FieldError("subject.birthDate", "is required for a CHILD"));
        }
        if (type == SubjectType.EXPECTANT_PARENT && subject.expectedDueDate() == null) {
            errors.add(new FieldError("subject.expectedDueDate", "is required for an EXPECTANT_PARENT"));
        }
        if (type == SubjectType.PARENT && subject.infantBirthDate() == null) {
            errors.add(new FieldError("subject.infantBirthDate", "is required for a PARENT"));
        }
        if (subject.birthDate() != null && subject.birthDate().isAfter(today)) {
            errors.add(new FieldError("subject.birthDate", "must not lie in the future"));
        }
        if (subject.birthDate() != null && subject.birthDate().isBefore(today.minusYears(120))) {
            errors.add(new FieldError("subject.birthDate", "is more than 120 years ago"));
        }
        if (subject.cpr() != null) {
            Optional<LocalDate> cprDate = Cpr.birthDate(subject.cpr());
            if (cprDate.isEmpty()) {
                errors.add(new FieldError("subject.cpr", "is not a valid CPR number (DDMMYY-SSSS with a real date)"));
            } else if (type == SubjectType.CHILD && subject.birthDate() != null && !cprDate.get().equals(subject.birthDate())) {
                errors.add(new FieldError("subject.cpr", "does not match subject.birthDate"));
            }
        }
        if (request.consent() != null && request.consent().date() != null && request.consent().date().isAfter(today)) {
            errors.add(new FieldError("consent.date", "must not lie in the future"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "The request is not valid: " + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
    }
}
