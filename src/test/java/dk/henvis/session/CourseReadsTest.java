package dk.henvis.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import dk.henvis.common.Refusal;
import dk.henvis.outcome.MeasurementPhase;
import dk.henvis.outcome.Outcomes;
import dk.henvis.security.Actor;
import dk.henvis.security.Role;
import dk.henvis.support.MutableClock;
import dk.henvis.support.Referrals;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service methods behind the practitioner's pages: one path for the console, scoped as the API is. */
@QuarkusTest
class CourseReadsTest {

    private static final Actor PRACTITIONER = new Actor("practitioner", Set.of(Role.PRACTITIONER), Optional.empty(),
            Optional.empty(), Set.of("*"));
    private static final Actor FONIX_ONLY = new Actor("fonix-practitioner", Set.of(Role.PRACTITIONER), Optional.empty(),
            Optional.empty(), Set.of("fonix"));

    @Inject
    Sessions sessions;
    @Inject
    Outcomes outcomes;
    @Inject
    MutableClock clock;

    private final LocalDate today = Referrals.today();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aGroupSessionWithAttendanceIsStoredWithItsCountsInOneCall() {
        String group = Courses.group("pusterummet", 5);
        String first = Courses.placed(Courses.pusterummet(today, today.plusMonths(2)), group, clock);
        String second = Courses.placed(Courses.pusterummet(today, today.plusMonths(3)), group, clock);

        sessions.recordGroupWithAttendance(UUID.fromString(group), new GroupSessionRequest(today, null, 90),
                List.of(new AttendanceEntry(UUID.fromString(first), AttendanceStatus.ATTENDED),
                        new AttendanceEntry(UUID.fromString(second), AttendanceStatus.EXCUSED)), PRACTITIONER);

        List<GroupSessionSummary> listed = sessions.ofGroup(UUID.fromString(group), PRACTITIONER);
        assertThat(listed).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo(SessionType.REGULAR);
            assertThat(s.durationMinutes()).isEqualTo(90);
            assertThat(List.of(s.attended(), s.absent(), s.excused(), s.registered())).containsExactly(1, 0, 1, 2);
        });
        assertThat(Courses.status(first)).isEqualTo("IN_PROGRESS");
        assertThat(Courses.sessionsUsed(first)).isEqualTo(1);
    }

    @Test
    void aRefusedAttendanceListKeepsNoSessionOfTheGroup() {
        String group = Courses.group("pusterummet", 5);
        String mother = Courses.placed(Courses.pusterummet(today, today.plusMonths(2)), group, clock);
        String elsewhere = Courses.placed(Courses.pusterummet(today, today.plusMonths(2)), Courses.group("pusterummet", 5),
                clock);

        assertThatThrownBy(() -> sessions.recordGroupWithAttendance(UUID.fromString(group),
                new GroupSessionRequest(today, SessionType.REGULAR, null),
                List.of(new AttendanceEntry(UUID.fromString(mother), AttendanceStatus.ATTENDED),
                        new AttendanceEntry(UUID.fromString(elsewhere), AttendanceStatus.ATTENDED)), PRACTITIONER))
                .isInstanceOfSatisfying(Refusal.Refused.class,
                        r -> assertThat(r.refusal().rule()).isEqualTo(ParticipantPolicy.RULE));

        assertThat(sessions.ofGroup(UUID.fromString(group), PRACTITIONER)).isEmpty();
        assertThat(Courses.status(mother)).isEqualTo("PLACED");
        assertThat(Courses.sessionsUsed(mother)).isZero();
    }

    @Test
    void aReferralsSessionsAndScoresAreListedInOrderForWhoeverMaySeeIt() {
        String referral = Courses.placed(Courses.tidligForebyggelse(today), Courses.group("tidlig-forebyggelse", 3), clock);
        clock.advance(Duration.ofDays(2));
        LocalDate later = today.plusDays(2);
        Courses.session(referral, later, "REGULAR", true).statusCode(201);
        Courses.session(referral, today, "REGULAR", false).statusCode(201);
        Courses.measure(referral, "INTERIM", 6, later).statusCode(201);
        Courses.measure(referral, "START", 3, today).statusCode(201);

        assertThat(sessions.individualOf(UUID.fromString(referral), PRACTITIONER))
                .extracting(SessionView::date, SessionView::attended)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(today, false),
                        org.assertj.core.groups.Tuple.tuple(later, true));
        assertThat(outcomes.measurementsOf(UUID.fromString(referral), PRACTITIONER))
                .extracting(m -> m.phase()).containsExactly(MeasurementPhase.START, MeasurementPhase.INTERIM);
    }

    @Test
    void aPractitionerOfAnotherProgrammeFindsNeitherTheGroupsSessionsNorTheReferralsSessionsAndScores() {
        String group = Courses.group("tidlig-forebyggelse", 3);
        String referral = Courses.placed(Courses.tidligForebyggelse(today), group, clock);

        for (Runnable read : List.<Runnable>of(
                () -> sessions.ofGroup(UUID.fromString(group), FONIX_ONLY),
                () -> sessions.individualOf(UUID.fromString(referral), FONIX_ONLY),
                () -> outcomes.measurementsOf(UUID.fromString(referral), FONIX_ONLY))) {
            assertThatThrownBy(read::run).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));
        }
    }
}
