package dk.henvis.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.programme.Programme;
import dk.henvis.programme.ScoreScale;
import org.junit.jupiter.api.Test;

/** The session budget and the score scale on their own, without Quarkus (docs/ARCHITECTURE.md, "Where is rule X"). */
class RulePoliciesTest {

    static Programme programme(int maxExtensions, Integer extensionSessions) {
        Programme programme = new Programme();
        programme.code = "rettidig-unge-indsats";
        programme.maxExtensions = maxExtensions;
        programme.extensionSessions = extensionSessions;
        programme.scaleMin = 1;
        programme.scaleMax = 10;
        programme.scaleLabel = "trivsel";
        return programme;
    }

    static Referral course(int used, Integer limit) {
        Referral referral = new Referral();
        referral.reference = "H-2026-00003";
        referral.sessionsUsed = used;
        referral.sessionLimit = limit;
        return referral;
    }

    @Test
    void aCourseWithoutALimitNeverRunsOutOfSessions() {
        assertThat(SessionLimit.check(course(50, null))).isEmpty();
    }

    @Test
    void aCourseThatUsedItsLastSessionIsRefused() {
        assertThat(SessionLimit.check(course(4, 5))).isEmpty();
        assertThat(SessionLimit.check(course(5, 5))).hasValueSatisfying(refusal ->
                assertThat(refusal.detail()).contains("has used all 5 sessions"));
    }

    @Test
    void aProgrammeWithoutExtensionsRefusesOne() {
        assertThat(SessionLimit.extension(programme(0, null), course(5, 5), 1))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.rule()).isEqualTo(SessionLimit.EXTENSION_RULE);
                    assertThat(refusal.detail()).contains("allows no extension");
                });
    }

    @Test
    void anExtensionBeyondTheProgrammesNumberOrSizeIsRefused() {
        Referral extended = course(5, 11);
        extended.extensionsGranted = 1;
        assertThat(SessionLimit.extension(programme(1, 6), extended, 1))
                .hasValueSatisfying(refusal -> assertThat(refusal.detail()).contains("already has 1"));
        assertThat(SessionLimit.extension(programme(1, 6), course(5, 5), 7))
                .hasValueSatisfying(refusal -> assertThat(refusal.detail()).contains("at most 6 sessions"));
        assertThat(SessionLimit.extension(programme(1, 6), course(5, 5), 6)).isEmpty();
    }

    @Test
    void aScoreOnEitherEndOfTheScaleHolds() {
        assertThat(ScoreScale.check(programme(0, null), "the score", 1)).isEmpty();
        assertThat(ScoreScale.check(programme(0, null), "the score", 10)).isEmpty();
    }

    @Test
    void aScoreOffTheScaleIsRefusedNamingTheScale() {
        assertThat(ScoreScale.check(programme(0, null), "wellbeingScore", 11)).hasValueSatisfying(refusal -> {
            assertThat(refusal.rule()).isEqualTo(ScoreScale.RULE);
            assertThat(refusal.detail()).isEqualTo("wellbeingScore must lie on the programme's scale 1-10 (trivsel)");
        });
    }
}
