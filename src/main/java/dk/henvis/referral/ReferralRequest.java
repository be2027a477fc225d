package dk.henvis.referral;

import dk.henvis.programme.ReferrerRole;
import dk.henvis.programme.SubjectType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of POST /api/v1/referrals. */
public record ReferralRequest(
        @NotBlank @Size(max = 64) String programmeCode,
        @Valid Referrer referrer,
        @NotNull @Valid Subject subject,
        @Valid Contact contact,
        @NotNull @Valid Reason reason,
        Integer wellbeingScore,
        Priority priority,
        @Valid Consent consent) {

    /** For a signed-in referrer, role and organisation come from the sign-in, not from here. */
    public record Referrer(ReferrerRole role, @Size(max = 200) String organisation, @Size(max = 200) String name,
                           @Email @Size(max = 320) String email) {
    }

    public record Subject(
            @NotNull SubjectType type,
            @NotBlank @Size(max = 200) String name,
            LocalDate birthDate,
            @Pattern(regexp = "\\d{6}-\\d{4}", message = "must have the form DDMMYY-SSSS") String cpr,
            LocalDate expectedDueDate,
            LocalDate infantBirthDate,
            Boolean hasOpenCase) {
    }

    public record Contact(@Size(max = 200) String name, ContactRelation relation,
                          @Pattern(regexp = "\\+?[0-9 ]{8,20}", message = "must be a phone number such as +4512345678")
                          String phone,
                          @Email @Size(max = 320) String email) {
    }

    public record Reason(@NotNull ReasonCategory category, @Size(max = 4000) String description) {
    }

    public record Consent(Boolean given, @Size(max = 200) String givenBy, LocalDate date) {

        public boolean isGiven() {
            return Boolean.TRUE.equals(given);
        }
    }

    public boolean hasConsent() {
        return consent != null && consent.isGiven();
    }
}
