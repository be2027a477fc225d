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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * One test per row of the transition table, each done by the aggregate's own method: the status moves, one
 * history row records from and to, and the status change is raised. The last two tests keep the list honest:
 * every allowed transition has its test here, and every other pair is refused.
 */
class EveryTransitionTest {

    static final Instant RECEIVED_AT = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final String COORDINATOR = "coordinator";
    static final UUID GROUP = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID OTHER_GROUP = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    /** The transition a test covers. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Covers {
        ReferralStatus from();

        ReferralStatus to();
    }

    /** A referral brought to {@code status} by the aggregate's own methods, its history and events handed over. */
    static Referral in(ReferralStatus status) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.programmeCode = "fonix";
        referral.receivedAt = RECEIVED_AT;
        referral.firstContactDueAt = RECEIVED_AT.plus(Duration.ofDays(7));
        referral.subjectKey = "key";
        referral.openSubjectKey = "key";
        referral.reasonDescription = "Mor er bekymret";
        referral.contactPhone = "12345678";
        referral.receive(RECEIVED_AT, "health-visitor", false);
        switch (status) {
            case RECEIVED -> {
            }
            case IN_ASSESSMENT -> referral.assess(NOW, ContactChannel.PHONE, NOW, COORDINATOR);
            case ACCEPTED -> {
                referral.assess(NOW, ContactChannel.PHONE, NOW, COORDINATOR);
                referral.accept(null, NOW, COORDINATOR);
            }
            case WAITLISTED -> {
                referral.assess(NOW, ContactChannel.PHONE, NOW, COORDINATOR);
                referral.accept(null, NOW, COORDINATOR);
                referral.waitlist(null, NOW, COORDINATOR);
            }
            case PLACED -> {
                referral.assess(NOW, ContactChannel.PHONE, NOW, COORDINATOR);
                referral.accept(null, NOW, COORDINATOR);
                referral.placeIn(GROUP, NOW, COORDINATOR, null);
            }
            case IN_PROGRESS -> {
                referral.assess(NOW, ContactChannel.PHONE, NOW, COORDINATOR);
                referral.accept(null, NOW, COORDINATOR);
                referral.placeIn(GROUP, NOW, COORDINATOR, null);
                referral.startCourse(NOW, COORDINATOR);
            }
            default -> throw new IllegalArgumentException("no way into " + status + " that leaves it open");
        }
        assertThat(referral.status).isEqualTo(status);
        referral.takeHistory();
        referral.takeEvents();
        return referral;
    }

    /** Does {@code change} to a referral in {@code from} and checks that it moved to {@code to}, recorded and raised. */
    static Referral moves(ReferralStatus from, ReferralStatus to, Consumer<Referral> change) {
        Referral referral = in(from);
        change.accept(referral);
        assertThat(referral.status).isEqualTo(to);
        assertThat(referral.takeHistory()).singleElement().satisfies(row -> {
            assertThat(row.fromStatus).isEqualTo(from);
            assertThat(row.toStatus).isEqualTo(to);
            assertThat(row.at).isEqualTo(NOW);
        });
        assertThat(referral.takeEvents()).contains(new ReferralStatusChanged(referral.id, "fonix", from, to,
                referral.referrerOrganisation));
        return referral;
    }

    @Test
    @Covers(from = RECEIVED, to = IN_ASSESSMENT)
    void firstContactWithAReceivedReferralStartsItsAssessment() {
        Referral referral = moves(RECEIVED, IN_ASSESSMENT, r -> r.assess(NOW, ContactChannel.PHONE, NOW, COORDINATOR));
        assertThat(referral.firstContactAt).isEqualTo(NOW);
    }

    @Test
    @Covers(from = RECEIVED, to = DECLINED)
    void aReceivedReferralCanBeDeclinedAtOnce() {
        Referral referral = moves(RECEIVED, DECLINED, r -> r.decline(ClosingReason.NOT_ELIGIBLE, null, NOW, COORDINATOR));
        assertThat(referral.closeReason).isEqualTo(ClosingReason.NOT_ELIGIBLE);
        assertThat(referral.closedAt).isEqualTo(NOW);
    }

    @Test
    @Covers(from = RECEIVED, to = WITHDRAWN)
    void aReceivedReferralCanBeWithdrawn() {
        Referral referral = moves(RECEIVED, WITHDRAWN, r -> r.withdraw(ClosingReason.NO_LONGER_NEEDED, null, NOW, COORDINATOR));
        assertThat(referral.openSubjectKey).as("the child may be referred again").isNull();
    }

    @Test
    @Covers(from = RECEIVED, to = ESCALATED)
    void aReceivedReferralCanBeEscalatedAndLosesItsFreeText() {
        Referral referral = moves(RECEIVED, ESCALATED, r -> r.escalate("Børn og Familie", "bekymring", NOW, COORDINATOR));
        assertThat(referral.reasonDescription).isNull();
        assertThat(referral.contactPhone).isNull();
    }

    @Test
    @Covers(from = IN_ASSESSMENT, to = ACCEPTED)
    void anAssessedReferralIsAccepted() {
        Referral referral = moves(IN_ASSESSMENT, ACCEPTED, r -> r.accept("passer til Fønix", NOW, COORDINATOR));
        assertThat(referral.decisionNote).isEqualTo("passer til Fønix");
    }

    @Test
    @Covers(from = IN_ASSESSMENT, to = DECLINED)
    void anAssessedReferralCanBeDeclined() {
        moves(IN_ASSESSMENT, DECLINED, r -> r.decline(ClosingReason.OPEN_CASE, null, NOW, COORDINATOR));
    }

    @Test
    @Covers(from = IN_ASSESSMENT, to = WITHDRAWN)
    void anAssessedReferralCanBeWithdrawn() {
        moves(IN_ASSESSMENT, WITHDRAWN, r -> r.withdraw(ClosingReason.NO_CONSENT, null, NOW, COORDINATOR));
    }

    @Test
    @Covers(from = IN_ASSESSMENT, to = ESCALATED)
    void anAssessedReferralCanBeEscalated() {
        moves(IN_ASSESSMENT, ESCALATED, r -> r.escalate("Børn og Familie", "bekymring", NOW, COORDINATOR));
    }

    @Test
    @Covers(from = ACCEPTED, to = PLACED)
    void anAcceptedReferralIsPlacedInAGroup() {
        Referral referral = moves(ACCEPTED, PLACED, r -> r.placeIn(GROUP, NOW, COORDINATOR, null));
        assertThat(referral.groupId).isEqualTo(GROUP);
        assertThat(referral.placedAt).isEqualTo(NOW);
    }

    @Test
    @Covers(from = ACCEPTED, to = WAITLISTED)
    void anAcceptedReferralWithoutAFreePlaceGoesOnTheWaitingList() {
        Referral referral = moves(ACCEPTED, WAITLISTED, r -> r.waitlist(null, NOW, COORDINATOR));
        assertThat(referral.waitlistedAt).isEqualTo(NOW);
    }

    @Test
    @Covers(from = ACCEPTED, to = DECLINED)
    void anAcceptedReferralCanStillBeDeclined() {
        moves(ACCEPTED, DECLINED, r -> r.decline(ClosingReason.REFERRED_ELSEWHERE, null, NOW, COORDINATOR));
    }

    @Test
    @Covers(from = ACCEPTED, to = WITHDRAWN)
    void anAcceptedReferralCanBeWithdrawn() {
        moves(ACCEPTED, WITHDRAWN, r -> r.withdraw(ClosingReason.NO_LONGER_NEEDED, null, NOW, COORDINATOR));
    }

    @Test
    @Covers(from = ACCEPTED, to = ESCALATED)
    void anAcceptedReferralCanBeEscalated() {
        moves(ACCEPTED, ESCALATED, r -> r.escalate("Børn og Familie", "bekymring", NOW, COORDINATOR));
    }

    @Test
    @Covers(from = WAITLISTED, to = ACCEPTED)
    void aWaitlistedReferralCanBeTakenOffTheListBackToAccepted() {
        moves(WAITLISTED, ACCEPTED, r -> r.accept(null, NOW, COORDINATOR));
    }

    @Test
    @Covers(from = WAITLISTED, to = PLACED)
    void aWaitlistedReferralIsPlacedWhenAPlaceFrees() {
        Referral referral = moves(WAITLISTED, PLACED, r -> r.placeIn(GROUP, NOW, "system", "PROMOTED"));
        assertThat(referral.groupId).isEqualTo(GROUP);
    }

    @Test
    @Covers(from = WAITLISTED, to = DECLINED)
    void aWaitlistedReferralCanBeDeclined() {
        moves(WAITLISTED, DECLINED, r -> r.decline(ClosingReason.OTHER, "kan ikke deltage", NOW, COORDINATOR));
    }

    @Test
    @Covers(from = WAITLISTED, to = WITHDRAWN)
    void aWaitlistedReferralCanBeWithdrawn() {
        moves(WAITLISTED, WITHDRAWN, r -> r.withdraw(ClosingReason.NO_LONGER_NEEDED, null, NOW, COORDINATOR));
    }

    @Test
    @Covers(from = WAITLISTED, to = ESCALATED)
    void aWaitlistedReferralCanBeEscalated() {
        moves(WAITLISTED, ESCALATED, r -> r.escalate("Børn og Familie", "bekymring", NOW, COORDINATOR));
    }

    @Test
    @Covers(from = PLACED, to = PLACED)
    void aPlacedReferralMovesToAnotherGroupAndNamesThePreviousOne() {
        Referral referral = in(PLACED);
        UUID previous = referral.placeIn(OTHER_GROUP, NOW, COORDINATOR, null);
        assertThat(previous).isEqualTo(GROUP);
        assertThat(referral.groupId).isEqualTo(OTHER_GROUP);
        assertThat(referral.takeHistory()).singleElement().satisfies(row -> {
            assertThat(row.fromStatus).isEqualTo(PLACED);
            assertThat(row.toStatus).isEqualTo(PLACED);
        });
        assertThat(referral.takeEvents()).as("the old place is released by the caller once the new one is held")
                .noneMatch(PlaceReleased.class::isInstance);
    }

    @Test
    @Covers(from = PLACED, to = IN_PROGRESS)
    void theFirstAttendedSessionStartsAPlacedReferralsCourse() {
        moves(PLACED, IN_PROGRESS, r -> r.startCourse(NOW, COORDINATOR));
    }

    @Test
    @Covers(from = PLACED, to = WITHDRAWN)
    void aPlacedReferralCanBeWithdrawnAndReleasesItsPlace() {
        Referral referral = in(PLACED);
        referral.withdraw(ClosingReason.NO_LONGER_NEEDED, null, NOW, COORDINATOR);
        assertThat(referral.status).isEqualTo(WITHDRAWN);
        assertThat(referral.takeEvents()).contains(new PlaceReleased(GROUP, "fonix"));
    }

    @Test
    @Covers(from = PLACED, to = ESCALATED)
    void aPlacedReferralCanBeEscalatedAndReleasesItsPlace() {
        Referral referral = in(PLACED);
        referral.escalate("Børn og Familie", "bekymring", NOW, COORDINATOR);
        assertThat(referral.status).isEqualTo(ESCALATED);
        assertThat(referral.takeEvents()).contains(new PlaceReleased(GROUP, "fonix"));
    }

    @Test
    @Covers(from = IN_PROGRESS, to = COMPLETED)
    void aRunningCourseIsCompletedWithItsOutcome() {
        Referral referral = moves(IN_PROGRESS, COMPLETED, r -> r.complete(Outcome.GOAL_REACHED, null, NOW, COORDINATOR));
        assertThat(referral.outcome).isEqualTo(Outcome.GOAL_REACHED);
    }

    @Test
    @Covers(from = IN_PROGRESS, to = WITHDRAWN)
    void aRunningCourseCanBeWithdrawnAndReleasesItsPlace() {
        Referral referral = in(IN_PROGRESS);
        referral.withdraw(ClosingReason.NO_LONGER_NEEDED, null, NOW, COORDINATOR);
        assertThat(referral.status).isEqualTo(WITHDRAWN);
        assertThat(referral.takeEvents()).contains(new PlaceReleased(GROUP, "fonix"));
    }

    @Test
    @Covers(from = IN_PROGRESS, to = ESCALATED)
    void aRunningCourseCanBeEscalated() {
        moves(IN_PROGRESS, ESCALATED, r -> r.escalate("Børn og Familie", "bekymring", NOW, COORDINATOR));
    }

    @Test
    void everyTransitionOfTheTableHasItsOwnTestHere() {
        Set<String> covered = new HashSet<>();
        Arrays.stream(EveryTransitionTest.class.getDeclaredMethods())
                .map(m -> m.getAnnotation(Covers.class)).filter(c -> c != null)
                .forEach(c -> assertThat(covered.add(c.from() + "->" + c.to())).as("covered twice: " + c).isTrue());
        Set<String> allowed = new HashSet<>();
        for (ReferralStatus from : ReferralStatus.values()) {
            ReferralTransitions.from(from).forEach(to -> allowed.add(from + "->" + to));
        }
        assertThat(covered).isEqualTo(allowed);
    }

    @Test
    void everyPairOutsideTheTableIsRefusedAndLeavesTheReferralAsItWas() {
        EnumSet<ReferralStatus> reachableOpen = EnumSet.of(RECEIVED, IN_ASSESSMENT, ACCEPTED, WAITLISTED, PLACED, IN_PROGRESS);
        int refused = 0;
        for (ReferralStatus from : reachableOpen) {
            for (ReferralStatus to : ReferralStatus.values()) {
                if (ReferralTransitions.allowed(from, to)) {
                    continue;
                }
                Referral referral = in(from);
                assertThatThrownBy(() -> referral.moveTo(to, NOW, COORDINATOR, null)).as(from + " -> " + to)
                        .isInstanceOfSatisfying(ProblemException.class,
                                e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_TRANSITION));
                assertThat(referral.status).isEqualTo(from);
                assertThat(referral.takeHistory()).isEmpty();
                assertThat(referral.takeEvents()).isEmpty();
                refused++;
            }
        }
        assertThat(refused).isEqualTo(reachableOpen.size() * ReferralStatus.values().length - 25);
    }
}
