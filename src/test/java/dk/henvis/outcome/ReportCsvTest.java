package dk.henvis.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1"})
    void aCellThatASpreadsheetWouldReadAsAFormulaGetsAnApostropheInFrontAndKeepsItsText(String text) {
        assertThat(unquoted(ReportCsv.cell(text))).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Familie i fokus", "a=b", "2026-11-23"})
    void ordinaryTextIsLeftAsItIs(String text) {
        assertThat(ReportCsv.cell(text)).isEqualTo(text);
    }

    private static String unquoted(String cell) {
        return cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
    }
}
