package dk.henvis.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A programme's subject types and referrer roles are parsed once per stored value and follow every change. */
class ProgrammeListsTest {

    @Test
    void theListsReadBackAsSetAndAreParsedOnceUntilTheyChange() {
        Programme programme = new Programme();
        programme.subjectTypes(EnumSet.of(SubjectType.CHILD));
        programme.referrerRoles(EnumSet.of(ReferrerRole.SCHOOL, ReferrerRole.DAYCARE));

        assertThat(programme.subjectTypes()).containsExactly(SubjectType.CHILD);
        assertThat(programme.subjectTypes()).isSameAs(programme.subjectTypes());
        assertThat(programme.referrerRoles()).containsExactlyInAnyOrder(ReferrerRole.SCHOOL, ReferrerRole.DAYCARE);
        assertThat(programme.referrerRoles()).isSameAs(programme.referrerRoles());

        programme.subjectTypes(EnumSet.of(SubjectType.EXPECTANT_PARENT, SubjectType.PARENT));
        programme.referrerRoles(EnumSet.of(ReferrerRole.HEALTH_VISITOR));
        assertThat(programme.subjectTypes()).containsExactlyInAnyOrder(SubjectType.EXPECTANT_PARENT, SubjectType.PARENT);
        assertThat(programme.referrerRoles()).containsExactly(ReferrerRole.HEALTH_VISITOR);
    }

    @Test
    void aProgrammeWithoutListsTakesNoneAndTheSharedSetsCannotBeChanged() {
        Programme programme = new Programme();
        assertThat(programme.subjectTypes()).isEmpty();
        assertThat(programme.referrerRoles()).isEmpty();

        programme.subjectTypes(EnumSet.of(SubjectType.CHILD));
        assertThatThrownBy(() -> programme.subjectTypes().add(SubjectType.PARENT))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(programme.subjectTypes()).containsExactly(SubjectType.CHILD);
    }
}
