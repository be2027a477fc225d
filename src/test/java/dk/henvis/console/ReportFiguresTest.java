package dk.henvis.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReportFiguresTest {

    @Test
    void decimalsKeepTheApisScaleWithDanishSeparators() {
        assertThat(ReportFigures.decimal(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(ReportFigures.decimal(new BigDecimal("4.20"))).isEqualTo("4,20");
        assertThat(ReportFigures.count(1_000_000)).isEqualTo("1.000.000");
        assertThat(ReportFigures.decimal(null)).isEqualTo("–");
    }

    @Test
    void sharesArePercentagesWithOneDecimal() {
        assertThat(ReportFigures.share(new BigDecimal("0.7857"))).isEqualTo("78,6 %");
        assertThat(ReportFigures.share(new BigDecimal("1.0000"))).isEqualTo("100,0 %");
        assertThat(ReportFigures.share(null)).isEqualTo("–");
    }

    @Test
    void monthsAreWrittenInDanish() {
        assertThat(ReportFigures.month("2026-06")).isEqualTo("juni 2026");
        assertThat(ReportFigures.month("2027-02")).isEqualTo("februar 2027");
    }
}
