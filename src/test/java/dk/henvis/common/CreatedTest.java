package dk.henvis.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Location of a created resource: the template filled in order, each value encoded as one path segment. */
class CreatedTest {

    @Test
    void anIdFillsTheTemplate() {
        UUID id = UUID.fromString("0192f0c4-6a3e-7cc1-8a55-3b8f2f7e9d10");
        assertThat(Created.path("/api/v1/referrals/{id}", id))
                .isEqualTo("/api/v1/referrals/0192f0c4-6a3e-7cc1-8a55-3b8f2f7e9d10");
    }

    @Test
    void aValueIsEncodedAsOneSegmentSoItCannotAddAPathOrAQuery() {
        assertThat(Created.path("/api/v1/programmes/{code}", "a b/c?d#e"))
                .isEqualTo("/api/v1/programmes/a%20b%2Fc%3Fd%23e");
    }

    @Test
    void severalValuesFillTheirPlacesInOrderAndTheRestOfTheTemplateStays() {
        assertThat(Created.path("/x/{a}/y/{b}/z", "1", 2)).isEqualTo("/x/1/y/2/z");
    }

    @Test
    void aTemplateThatDoesNotFitItsValuesIsAProgrammingError() {
        assertThatThrownBy(() -> Created.path("/x/{a}/{b}", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Created.path("/x/{a}", "1", "2")).isInstanceOf(IllegalArgumentException.class);
    }
}
