package dk.henvis.programme.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.common.ProblemType;
import dk.henvis.programme.Programme;
import dk.henvis.programme.ReferrerRole;
import dk.henvis.programme.SubjectType;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Each policy on its own, without the service around it. */
class EligibilityPoliciesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Programme sandplay() {
        Programme p = new Programme();
        p.name = "Pædagogisk Sandplay";
        p.subjectTypes(EnumSet.of(SubjectType.CHILD));
        p.referrerRoles(EnumSet.of(ReferrerRole.DAYCARE, ReferrerRole.HEALTH_VISITOR, ReferrerRole.PPR));
        p.minAgeYears = 3;
        p.maxAgeYears = 6;
        return p;
    }

    static Candidate child(LocalDate birthDate) {
        return new Candidate(SubjectType.CHILD, birthDate, null, null, false, ReferrerRole.DAYCARE, true, TODAY);
    }

    @Test
    void aChildWhoTurnedThreeTodayIsOldEnough() {
        assertThat(new ChildAgePolicy().check(sandplay(), child(TODAY.minusYears(3)))).isEmpty();
    }

    @Test
    void aChildWhoTurnsThreeTomorrowIsTooYoung() {
        assertThat(new ChildAgePolicy().check(sandplay(), child(TODAY.minusYears(3).plusDays(1))))
                .hasValueSatisfying(r -> assertThat(r.detail()).contains("aged 3-6").contains("is 2"));
    }

    @Test
    void aChildOfSixYearsAndElevenMonthsIsStillSix() {
        assertThat(new ChildAgePolicy().check(sandplay(), child(TODAY.minusYears(7).plusDays(1)))).isEmpty();
    }

    @Test
    void aChildOfSevenIsTooOld() {
        assertThat(new ChildAgePolicy().check(sandplay(), child(TODAY.minusYears(7))))
                .hasValueSatisfying(r -> {
                    assertThat(r.type()).isEqualTo(ProblemType.NOT_ELIGIBLE);
                    assertThat(r.detail()).startsWith("age:").contains("is 7");
                });
    }

    @Test
    void aSubjectTypeTheProgrammeDoesNotTakeIsRefused() {
        Candidate parent = new Candidate(SubjectType.PARENT, null, null, TODAY.minusMonths(2), false,
                ReferrerRole.DAYCARE, true, TODAY);
        assertThat(new SubjectTypePolicy().check(sandplay(), parent)).isPresent();
        assertThat(new SubjectTypePolicy().check(sandplay(), child(TODAY.minusYears(4)))).isEmpty();
    }

    @Test
    void aReferrerRoleTheProgrammeDoesNotTakeIsRefused() {
        Candidate fromSchool = new Candidate(SubjectType.CHILD, TODAY.minusYears(4), null, null, false,
                ReferrerRole.SCHOOL, true, TODAY);
        assertThat(new ReferrerRolePolicy().check(sandplay(), fromSchool))
                .hasValueSatisfying(r -> assertThat(r.detail()).contains("not from SCHOOL"));
    }

    static Candidate expectant(LocalDate due) {
        return new Candidate(SubjectType.EXPECTANT_PARENT, null, due, null, false, ReferrerRole.HEALTH_VISITOR, true, TODAY);
    }

    @Test
    void aDueDateTodayOrInThePastIsRefused() {
        Programme p = new Programme();
        assertThat(new DueDatePolicy().check(p, expectant(TODAY))).isPresent();
        assertThat(new DueDatePolicy().check(p, expectant(TODAY.minusDays(3)))).isPresent();
    }

    @Test
    void aDueDateUpToTenMonthsAheadIsAcceptedAndLaterIsRefused() {
        Programme p = new Programme();
        p.dueDateMaxMonthsAhead = 10;
        assertThat(new DueDatePolicy().check(p, expectant(TODAY.plusMonths(10)))).isEmpty();
        assertThat(new DueDatePolicy().check(p, expectant(TODAY.plusMonths(10).plusDays(1))))
                .hasValueSatisfying(r -> assertThat(r.detail()).contains("10 months"));
    }

    static Candidate parent(LocalDate infantBirth) {
        return new Candidate(SubjectType.PARENT, null, null, infantBirth, false, ReferrerRole.HEALTH_VISITOR, true, TODAY);
    }

    @Test
    void aParentOfAnInfantUnderTwelveMonthsIsAcceptedAndOfAOneYearOldRefused() {
        Programme p = new Programme();
        p.infantMaxAgeMonths = 12;
        assertThat(new InfantAgePolicy().check(p, parent(TODAY.minusMonths(12).plusDays(1)))).isEmpty();
        assertThat(new InfantAgePolicy().check(p, parent(TODAY.minusMonths(12)))).isPresent();
        assertThat(new InfantAgePolicy().check(p, parent(TODAY.plusDays(1)))).isPresent();
    }

    @Test
    void anOpenCaseIsRefusedOnlyWhereTheProgrammeExcludesIt() {
        Programme excluding = new Programme();
        excluding.name = "Tidlig Forebyggelse";
        excluding.excludesOpenCase = true;
        Candidate withCase = new Candidate(SubjectType.CHILD, TODAY.minusYears(10), null, null, true,
                ReferrerRole.SCHOOL, true, TODAY);
        assertThat(new OpenCasePolicy().check(excluding, withCase))
                .hasValueSatisfying(r -> assertThat(r.type()).isEqualTo(ProblemType.OPEN_CASE));
        assertThat(new OpenCasePolicy().check(new Programme(), withCase)).isEmpty();
    }

    @Test
    void consentIsNeededUnlessTheFamilyRefersItself() {
        Candidate noConsent = new Candidate(SubjectType.CHILD, TODAY.minusYears(10), null, null, false,
                ReferrerRole.SCHOOL, false, TODAY);
        Candidate selfReferral = new Candidate(SubjectType.CHILD, TODAY.minusYears(10), null, null, false,
                ReferrerRole.FAMILY, false, TODAY);
        assertThat(new ConsentPolicy().check(new Programme(), noConsent))
                .hasValueSatisfying(r -> assertThat(r.type()).isEqualTo(ProblemType.CONSENT_MISSING));
        assertThat(new ConsentPolicy().check(new Programme(), selfReferral)).isEmpty();
    }
}
