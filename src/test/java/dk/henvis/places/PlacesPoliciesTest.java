package dk.henvis.places;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.common.ProblemType;
import dk.henvis.programme.Programme;
import dk.henvis.programme.ProgrammeFormat;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of groups and places on their own, without Quarkus (docs/ARCHITECTURE.md, "Where is rule X"). */
class PlacesPoliciesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Group group(GroupStatus status, int capacity, int occupied) {
        Group group = new Group();
        group.name = "Fønix 1";
        group.status = status;
        group.capacity = capacity;
        group.occupiedPlaces = occupied;
        return group;
    }

    static Programme programme(ProgrammeFormat format) {
        Programme programme = new Programme();
        programme.format = format;
        return programme;
    }

    @Test
    void anOpenGroupAdmitsNewParticipants() {
        assertThat(GroupAdmission.check(group(GroupStatus.OPEN, 8, 0), programme(ProgrammeFormat.GROUP_ROLLING), TODAY)).isEmpty();
    }

    @Test
    void aGroupThatIsNotOpenAdmitsNobody() {
        assertThat(GroupAdmission.check(group(GroupStatus.CLOSED, 8, 0), programme(ProgrammeFormat.GROUP_ROLLING), TODAY))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(GroupAdmission.RULE);
                    assertThat(refusal.detail()).contains("only an OPEN group");
                });
    }

    @Test
    void aCohortThatHasStartedAdmitsNobodyEvenWhileStillOpen() {
        Group cohort = group(GroupStatus.OPEN, 8, 0);
        cohort.startDate = TODAY;
        assertThat(GroupAdmission.check(cohort, programme(ProgrammeFormat.GROUP_COHORT), TODAY))
                .hasValueSatisfying(refusal -> assertThat(refusal.detail()).contains("cohort started"));
        cohort.startDate = TODAY.plusDays(1);
        assertThat(GroupAdmission.check(cohort, programme(ProgrammeFormat.GROUP_COHORT), TODAY)).isEmpty();
    }

    @Test
    void aFullGroupIsRefusedAsGroupFull() {
        assertThat(GroupCapacity.check(group(GroupStatus.OPEN, 8, 8))).hasValueSatisfying(refusal -> {
            assertThat(refusal.rule()).isEqualTo(GroupCapacity.RULE);
            assertThat(refusal.type()).isEqualTo(ProblemType.GROUP_FULL);
            assertThat(refusal.detail()).contains("8 of 8 taken");
        });
        assertThat(GroupCapacity.check(group(GroupStatus.OPEN, 8, 7))).isEmpty();
    }

    @Test
    void aFinishedOrCancelledGroupCannotChangeStatus() {
        assertThat(GroupStatusPolicy.check(group(GroupStatus.FINISHED, 8, 0), GroupStatus.OPEN))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo(GroupStatusPolicy.RULE));
        assertThat(GroupStatusPolicy.check(group(GroupStatus.CANCELLED, 8, 0), GroupStatus.OPEN)).isPresent();
    }

    @Test
    void aGroupWithParticipantsCannotBeFinishedButCanBeClosed() {
        assertThat(GroupStatusPolicy.check(group(GroupStatus.OPEN, 8, 3), GroupStatus.FINISHED))
                .hasValueSatisfying(refusal -> assertThat(refusal.detail()).contains("still has 3 participants"));
        assertThat(GroupStatusPolicy.check(group(GroupStatus.OPEN, 8, 3), GroupStatus.CLOSED)).isEmpty();
        assertThat(GroupStatusPolicy.check(group(GroupStatus.OPEN, 8, 0), GroupStatus.FINISHED)).isEmpty();
    }

    @Test
    void aPlaceOnTheListWithinTheFreePlacesWaitsNoDays() {
        assertThat(new WaitEstimate(150, 8, 2).daysFor(2)).isZero();
    }

    @Test
    void aPlaceBeyondTheFreePlacesWaitsForItsShareOfCourses() {
        // Fønix, one full group of 8, no history: 150 days a course, so a place frees every 18.75 days.
        assertThat(new WaitEstimate(150, 8, 0).daysFor(1)).isEqualTo(19);
        assertThat(new WaitEstimate(150, 8, 0).daysFor(3)).isEqualTo(57);
    }

    @Test
    void withoutAGroupThatTakesParticipantsThereIsNoEstimate() {
        assertThat(new WaitEstimate(150, 0, 0).daysFor(1)).isNull();
    }
}
