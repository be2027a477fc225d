package dk.henvis.outcome;

import java.lang.reflect.RecordComponent;
import java.util.Map;

/** The report as two-column CSV ({@code figure,value}), one figure a line, declined reasons as {@code declinedByReason.X}. */
public final class ReportCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ReportCsv() {
    }

    public static String of(ProgrammeReport report) {
        StringBuilder csv = new StringBuilder("figure,value\r\n");
        for (RecordComponent component : ProgrammeReport.class.getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(report);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> line(csv, component.getName() + "." + k, v));
            } else {
                line(csv, component.getName(), value);
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String name, Object value) {
        csv.append(name).append(',').append(cell(value)).append("\r\n");
    }

    /**
     * Quotes where needed and defuses spreadsheet formulas (a programme name is admin-entered text): a leading
     * TAB or CR is defused too, since spreadsheets skip it and read the formula after it.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
