package dk.henvis.referral;

import dk.henvis.programme.ReferrerRole;
import dk.henvis.programme.SubjectType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A referral as the API shows it: the CPR number is always masked. */
public record ReferralView(
        UUID id,
        String reference,
        String programmeCode,
        ReferralStatus status,
        Priority priority,
        Instant receivedAt,
        Instant firstContactDueAt,
        Instant firstContactAt,
        ContactChannel firstContactChannel,
        Referrer referrer,
        Subject subject,
        Contact contact,
        Reason reason,
        Integer wellbeingScore,
        Consent consent,
        UUID groupId,
        Instant placedAt,
        Instant waitlistedAt,
        Integer waitlistPosition,
        int sessionsUsed,
        Integer sessionLimit,
        int extensionsGranted,
        Instant closedAt,
        ClosingReason closeReason,
        String decisionNote,
        Outcome outcome,
        Escalation escalation,
        boolean needsOpenCaseCheck,
        Instant anonymisedAt) {

    public record Referrer(ReferrerRole role, String organisation, String name, String email) {
    }

    public record Subject(SubjectType type, String name, LocalDate birthDate, String cpr, LocalDate expectedDueDate,
                          LocalDate infantBirthDate, boolean hasOpenCase, Integer ageYears) {
    }

    public record Contact(String name, ContactRelation relation, String phone, String email) {
    }

    public record Reason(ReasonCategory category, String description) {
    }

    public record Consent(boolean given, String givenBy, LocalDate date) {
    }

    public record Escalation(Instant at, String notifiedUnit) {
    }

    public static ReferralView of(Referral r, String maskedCpr, Integer waitlistPosition) {
        return new ReferralView(r.id, r.reference, r.programmeCode, r.status, r.priority, r.receivedAt,
                r.firstContactDueAt, r.firstContactAt, r.firstContactChannel,
                new Referrer(r.referrerRole, r.referrerOrganisation, r.referrerName, r.referrerEmail),
                new Subject(r.subjectType, r.subjectName, r.subjectBirthDate, maskedCpr, r.subjectExpectedDueDate,
                        r.subjectInfantBirthDate, r.subjectHasOpenCase, r.subjectAgeYears),
                new Contact(r.contactName, r.contactRelation, r.contactPhone, r.contactEmail),
                new Reason(r.reasonCategory, r.reasonDescription),
                r.wellbeingScore,
                new Consent(r.consentGiven, r.consentGivenBy, r.consentDate),
                r.groupId, r.placedAt, r.waitlistedAt, waitlistPosition, r.sessionsUsed, r.sessionLimit,
                r.extensionsGranted, r.closedAt, r.closeReason, r.decisionNote, r.outcome,
                r.escalatedAt == null ? null : new Escalation(r.escalatedAt, r.notifiedUnit),
                r.needsOpenCaseCheck, r.anonymisedAt);
    }
}
