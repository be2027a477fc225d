package dk.henvis.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import dk.henvis.common.Refusal;
import dk.henvis.programme.Programme;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The referral's life as methods of the aggregate, without Quarkus or a database: each change checks the
 * transition table, sets its own fields, appends its history and raises its events
 * (docs/ARCHITECTURE.md, "The referral").
 */
class ReferralLifeTest {

    static final Instant RECEIVED_AT = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final String COORDINATOR = "coordinator";
    static final String ORGANISATION = "Skovbo Skole";

    static Referral received(boolean acceptAtOnce) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.programmeCode = "fonix";
        referral.referrerOrganisation = ORGANISATION;
        referral.receivedAt = RECEIVED_AT;
        referral.firstContactDueAt = RECEIVED_AT.plus(Duration.ofDays(7));
        referral.subjectKey = "key";
        referral.openSubjectKey = "key";
        referral.sessionLimit = 2;
        referral.receive(RECEIVED_AT, "school", acceptAtOnce);
        referral.takeHistory();
        referral.takeEvents();
        return referral;
    }

    static Referral placed(UUID group) {
        Referral referral = received(true);
        referral.placeIn(group, NOW, COORDINATOR, null);
        referral.takeHistory();
        referral.takeEvents();
        return referral;
    }

    @Test
    void aReferralToAProgrammeWithoutVisitationIsAcceptedOnReceiptWithTwoHistoryRows() {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.programmeCode = "tidlig-forebyggelse";
        referral.referrerOrganisation = ORGANISATION;
        referral.receive(RECEIVED_AT, "school", true);
        assertThat(referral.status).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.takeHistory()).extracting(change -> change.toStatus)
                .containsExactly(ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED);
        assertThat(referral.takeEvents()).containsExactly(
                new ReferralReceived(referral.id, "tidlig-forebyggelse", ReferralStatus.ACCEPTED,
                        ORGANISATION));
    }

    @Test
    void firstContactStartsTheAssessmentOfAReceivedReferral() {
        Referral referral = received(false);
        referral.assess(NOW.minusSeconds(60), ContactChannel.PHONE, NOW, COORDINATOR);
        assertThat(referral.status).isEqualTo(ReferralStatus.IN_ASSESSMENT);
        assertThat(referral.firstContactAt).isEqualTo(NOW.minusSeconds(60));
        assertThat(referral.takeHistory()).singleElement().satisfies(change -> {
            assertThat(change.position).isEqualTo(2);
            assertThat(change.reason).isEqualTo("FIRST_CONTACT");
        });
    }

    @Test
    void firstContactIsRefusedBeforeReceiptInTheFutureAndASecondTime() {
        Referral referral = received(false);
        assertThatThrownBy(() -> referral.assess(RECEIVED_AT.minusSeconds(1), ContactChannel.PHONE, NOW, COORDINATOR))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.RULE_VIOLATED));
        assertThatThrownBy(() -> referral.assess(NOW.plusSeconds(1), ContactChannel.PHONE, NOW, COORDINATOR))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED));
        referral.assess(NOW, ContactChannel.PHONE, NOW, COORDINATOR);
        assertThatThrownBy(() -> referral.assess(NOW, ContactChannel.HOME_VISIT, NOW, COORDINATOR))
                .hasMessageContaining("already recorded");
    }

    @Test
    void acceptanceKeepsTheCoordinatorsNoteAndRaisesTheStatusChange() {
        Referral referral = received(false);
        referral.assess(NOW, ContactChannel.PHONE, NOW, COORDINATOR);
        referral.takeEvents();
        referral.accept("Passer godt", NOW, COORDINATOR);
        assertThat(referral.status).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.decisionNote).isEqualTo("Passer godt");
        assertThat(referral.takeEvents()).containsExactly(new ReferralStatusChanged(referral.id, "fonix",
                ReferralStatus.IN_ASSESSMENT, ReferralStatus.ACCEPTED, ORGANISATION));
    }

    @Test
    void aDeclineClosesTheReferralAndLetsTheSubjectBeReferredAgain() {
        Referral referral = received(false);
        referral.decline(ClosingReason.NOT_ELIGIBLE, null, NOW, COORDINATOR);
        assertThat(referral.status).isEqualTo(ReferralStatus.DECLINED);
        assertThat(referral.closedAt).isEqualTo(NOW);
        assertThat(referral.closeReason).isEqualTo(ClosingReason.NOT_ELIGIBLE);
        assertThat(referral.openSubjectKey).isNull();
    }

    @Test
    void waitlistingRecordsWhenTheWaitBegan() {
        Referral referral = received(true);
        referral.waitlist(null, NOW, COORDINATOR);
        assertThat(referral.status).isEqualTo(ReferralStatus.WAITLISTED);
        assertThat(referral.waitlistedAt).isEqualTo(NOW);
    }

    @Test
    void aMoveToAnotherGroupNamesThePreviousGroupAndLeavesItsReleaseToTheCaller() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Referral referral = placed(first);
        assertThat(referral.placeIn(second, NOW, COORDINATOR, Referral.MOVED)).isEqualTo(first);
        assertThat(referral.groupId).isEqualTo(second);
        assertThat(referral.takeEvents()).noneMatch(PlaceReleased.class::isInstance);
    }

    @Test
    void givingUpAPlaceRaisesItsReleaseAfterTheStatusChange() {
        UUID group = UUID.randomUUID();
        Referral referral = placed(group);
        referral.withdraw(ClosingReason.NO_LONGER_NEEDED, null, NOW, COORDINATOR);
        List<Object> events = referral.takeEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(ReferralStatusChanged.class);
        assertThat(events.get(1)).isEqualTo(new PlaceReleased(group, "fonix"));
    }

    @Test
    void theFirstAttendedSessionStartsTheCourseAndLaterOnesDoNotMoveIt() {
        Referral referral = placed(UUID.randomUUID());
        referral.startCourse(NOW, COORDINATOR);
        referral.startCourse(NOW, COORDINATOR);
        assertThat(referral.status).isEqualTo(ReferralStatus.IN_PROGRESS);
        assertThat(referral.takeHistory()).singleElement().satisfies(change -> assertThat(change.reason).isEqualTo("FIRST_SESSION"));
    }

    @Test
    void aCourseUsesNoMoreSessionsThanItsLimit() {
        Referral referral = placed(UUID.randomUUID());
        referral.useSession();
        referral.useSession();
        assertThatThrownBy(referral::useSession).isInstanceOfSatisfying(Refusal.Refused.class, e -> {
            assertThat(e.refusal().rule()).isEqualTo(SessionLimit.RULE);
            assertThat(e.refusal().type()).isEqualTo(ProblemType.SESSION_LIMIT_REACHED);
        });
        assertThat(referral.sessionsUsed).isEqualTo(2);
    }

    @Test
    void aSessionGivenBackNeverLeavesTheCountBelowZero() {
        Referral referral = placed(UUID.randomUUID());
        referral.giveSessionBack();
        assertThat(referral.sessionsUsed).isZero();
    }

    @Test
    void anExtensionRaisesTheLimitAndKeepsEveryJustification() {
        Programme rui = new Programme();
        rui.code = "rettidig-unge-indsats";
        rui.maxExtensions = 2;
        rui.extensionSessions = 6;
        Referral referral = placed(UUID.randomUUID());
        referral.extend(rui, 6, " Behov for mere tid ");
        referral.extend(rui, 3, "Stadig behov");
        assertThat(referral.sessionLimit).isEqualTo(11);
        assertThat(referral.extensionsGranted).isEqualTo(2);
        assertThat(referral.extensionJustification).isEqualTo("Behov for mere tid\nStadig behov");
    }

    @Test
    void anExtensionOfACourseThatHasNotStartedIsAnInvalidTransition() {
        Programme rui = new Programme();
        rui.maxExtensions = 1;
        rui.extensionSessions = 6;
        Referral referral = received(true);
        assertThatThrownBy(() -> referral.extend(rui, 6, "Behov"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_TRANSITION));
    }

    @Test
    void completionRecordsTheOutcomeAsTheReason() {
        Referral referral = placed(UUID.randomUUID());
        referral.startCourse(NOW, COORDINATOR);
        referral.takeHistory();
        referral.complete(Outcome.GOAL_REACHED, "Godt forløb", NOW, COORDINATOR);
        assertThat(referral.status).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(referral.outcome).isEqualTo(Outcome.GOAL_REACHED);
        assertThat(referral.takeHistory()).singleElement().satisfies(change -> assertThat(change.reason).isEqualTo("GOAL_REACHED"));
    }

    @Test
    void escalationErasesFreeTextAndContactAndLocksTheReferral() {
        Referral referral = placed(UUID.randomUUID());
        referral.contactPhone = "+4512345678";
        referral.reasonDescription = "Bekymring";
        referral.escalate(" Familieafdelingen ", "CONCERN_FOR_WELLBEING", NOW, COORDINATOR);
        assertThat(referral.status).isEqualTo(ReferralStatus.ESCALATED);
        assertThat(referral.escalatedAt).isEqualTo(NOW);
        assertThat(referral.notifiedUnit).isEqualTo("Familieafdelingen");
        assertThat(referral.contactPhone).isNull();
        assertThat(referral.reasonDescription).isNull();
        assertThatThrownBy(() -> referral.accept(null, NOW, COORDINATOR))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_TRANSITION));
    }

    @Test
    void erasureAnonymisesAndWithdrawsAnOpenReferralForLackOfConsent() {
        Referral referral = placed(UUID.randomUUID());
        referral.subjectName = "Emil Eksempel";
        referral.erase(NOW, COORDINATOR);
        assertThat(referral.isAnonymised()).isTrue();
        assertThat(referral.subjectName).isNull();
        assertThat(referral.status).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(referral.closeReason).isEqualTo(ClosingReason.NO_CONSENT);
    }

    @Test
    void erasureOfAClosedReferralOnlyAnonymisesIt() {
        Referral referral = received(false);
        referral.decline(ClosingReason.NOT_ELIGIBLE, null, NOW, COORDINATOR);
        referral.takeHistory();
        referral.erase(NOW, COORDINATOR);
        assertThat(referral.status).isEqualTo(ReferralStatus.DECLINED);
        assertThat(referral.isAnonymised()).isTrue();
        assertThat(referral.takeHistory()).isEmpty();
    }

    @Test
    void aClosedReferralRefusesEveryChange() {
        Referral referral = received(false);
        referral.withdraw(ClosingReason.NO_LONGER_NEEDED, null, NOW, COORDINATOR);
        assertThatThrownBy(() -> referral.waitlist(null, NOW, COORDINATOR)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> referral.placeIn(UUID.randomUUID(), NOW, COORDINATOR, null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> referral.decline(ClosingReason.NOT_ELIGIBLE, null, NOW, COORDINATOR))
                .isInstanceOf(ProblemException.class);
    }
}
