package dk.henvis.session;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of sessions and attendance on their own, without Quarkus (docs/ARCHITECTURE.md, "Where is rule X"). */
class SessionPoliciesTest {

    static final LocalDate REUNION = LocalDate.of(2026, 11, 23);

    static Referral expecting(LocalDate due) {
        Referral referral = new Referral();
        referral.reference = "H-2026-00001";
        referral.subjectExpectedDueDate = due;
        return referral;
    }

    static Referral holding(ReferralStatus status, UUID group) {
        Referral referral = new Referral();
        referral.reference = "H-2026-00002";
        referral.status = status;
        referral.groupId = group;
        return referral;
    }

    static ProgrammeSession sessionOf(UUID group) {
        ProgrammeSession session = new ProgrammeSession();
        session.groupId = group;
        return session;
    }

    @Test
    void aReunionAfterEveryDueDateIsAllowed() {
        assertThat(ReunionPolicy.check(List.of(expecting(REUNION.minusDays(1)), expecting(null)), REUNION)).isEmpty();
    }

    @Test
    void aReunionOnAParticipantsDueDateIsRefused() {
        assertThat(ReunionPolicy.check(List.of(expecting(REUNION.minusDays(10)), expecting(REUNION)), REUNION))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(ReunionPolicy.RULE);
                    assertThat(refusal.detail()).contains("is due on " + REUNION);
                });
    }

    @Test
    void attendanceIsRecordedForAParticipantWhoHoldsAPlaceInTheGroup() {
        UUID group = UUID.randomUUID();
        assertThat(ParticipantPolicy.check(sessionOf(group), UUID.randomUUID(), holding(ReferralStatus.IN_PROGRESS, group), true))
                .isEmpty();
    }

    @Test
    void attendanceOfAReferralInAnotherGroupOrWithoutAPlaceIsRefused() {
        UUID group = UUID.randomUUID();
        assertThat(ParticipantPolicy.check(sessionOf(group), UUID.randomUUID(),
                holding(ReferralStatus.PLACED, UUID.randomUUID()), true))
                .hasValueSatisfying(refusal -> assertThat(refusal.detail()).contains("not a participant"));
        assertThat(ParticipantPolicy.check(sessionOf(group), UUID.randomUUID(), holding(ReferralStatus.WAITLISTED, group), false))
                .hasValueSatisfying(refusal -> assertThat(refusal.detail()).contains("any more"));
    }

    @Test
    void attendanceOfAnUnknownReferralIsRefused() {
        assertThat(ParticipantPolicy.check(sessionOf(UUID.randomUUID()), UUID.randomUUID(), null, true))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo(ParticipantPolicy.RULE));
    }
}
