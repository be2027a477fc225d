package dk.henvis.referral;

import static dk.henvis.referral.ReferralStatus.ACCEPTED;
import static dk.henvis.referral.ReferralStatus.COMPLETED;
import static dk.henvis.referral.ReferralStatus.DECLINED;
import static dk.henvis.referral.ReferralStatus.ESCALATED;
import static dk.henvis.referral.ReferralStatus.IN_ASSESSMENT;
import static dk.henvis.referral.ReferralStatus.IN_PROGRESS;
import static dk.henvis.referral.ReferralStatus.PLACED;
import static dk.henvis.referral.ReferralStatus.RECEIVED;
import static dk.henvis.referral.ReferralStatus.WAITLISTED;
import static dk.henvis.referral.ReferralStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The transition table (docs/ARCHITECTURE.md, "The referral"). */
class ReferralTransitionsTest {

    @Test
    void theHappyPathIsAllowedStepByStep() {
        assertThat(ReferralTransitions.allowed(RECEIVED, IN_ASSESSMENT)).isTrue();
        assertThat(ReferralTransitions.allowed(IN_ASSESSMENT, ACCEPTED)).isTrue();
        assertThat(ReferralTransitions.allowed(ACCEPTED, PLACED)).isTrue();
        assertThat(ReferralTransitions.allowed(PLACED, IN_PROGRESS)).isTrue();
        assertThat(ReferralTransitions.allowed(IN_PROGRESS, COMPLETED)).isTrue();
    }

    @Test
    void theWaitingListSitsBetweenAcceptedAndPlaced() {
        assertThat(ReferralTransitions.allowed(ACCEPTED, WAITLISTED)).isTrue();
        assertThat(ReferralTransitions.allowed(WAITLISTED, PLACED)).isTrue();
        assertThat(ReferralTransitions.allowed(WAITLISTED, ACCEPTED)).isTrue();
    }

    @Test
    void everyOpenStatusCanBeWithdrawnOrEscalated() {
        for (ReferralStatus open : EnumSet.of(RECEIVED, IN_ASSESSMENT, ACCEPTED, WAITLISTED, PLACED, IN_PROGRESS)) {
            assertThat(ReferralTransitions.allowed(open, WITHDRAWN)).as(open.name()).isTrue();
            assertThat(ReferralTransitions.allowed(open, ESCALATED)).as(open.name()).isTrue();
        }
    }

    @Test
    void nothingLeavesATerminalStatus() {
        for (ReferralStatus terminal : EnumSet.of(COMPLETED, DECLINED, WITHDRAWN, ESCALATED)) {
            assertThat(terminal.isTerminal()).isTrue();
            assertThat(ReferralTransitions.from(terminal)).as(terminal.name()).isEmpty();
        }
    }

    @Test
    void aReceivedReferralIsAcceptedOnlyAfterAssessment() {
        assertThat(ReferralTransitions.allowed(RECEIVED, ACCEPTED)).isFalse();
        assertThat(ReferralTransitions.allowed(IN_ASSESSMENT, ACCEPTED)).isTrue();
    }

    @Test
    void stepsCannotBeSkippedOrReversed() {
        assertThat(ReferralTransitions.allowed(IN_ASSESSMENT, PLACED)).isFalse();
        assertThat(ReferralTransitions.allowed(ACCEPTED, COMPLETED)).isFalse();
        assertThat(ReferralTransitions.allowed(PLACED, COMPLETED)).isFalse();
        assertThat(ReferralTransitions.allowed(IN_PROGRESS, PLACED)).isFalse();
        assertThat(ReferralTransitions.allowed(PLACED, DECLINED)).isFalse();
    }

    @Test
    void onlyPlacedAndInProgressHoldAPlace() {
        assertThat(EnumSet.allOf(ReferralStatus.class).stream().filter(ReferralStatus::holdsPlace))
                .containsExactlyInAnyOrder(PLACED, IN_PROGRESS);
    }
}
