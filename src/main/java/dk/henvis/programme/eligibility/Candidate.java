package dk.henvis.programme.eligibility;

import dk.henvis.programme.ReferrerRole;
import dk.henvis.programme.SubjectType;
import java.time.LocalDate;

/** What eligibility is judged on: the subject, who refers, consent, and the referral date (Europe/Copenhagen). */
public record Candidate(SubjectType subjectType, LocalDate birthDate, LocalDate expectedDueDate,
                        LocalDate infantBirthDate, boolean hasOpenCase, ReferrerRole referrerRole,
                        boolean consentGiven, LocalDate referralDate) {
}
