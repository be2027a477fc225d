package dk.henvis.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CPR number: DDMMYY-SSSS with a real date. No modulus-11 check (numbers issued since 2007 fail it).
 * The century follows the CPR register's rule on the first digit of the serial number.
 */
public final class Cpr {

    private static final Pattern FORM = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-(\\d)(\\d{3})");

    private Cpr() {
    }

    /** The birth date the number encodes, or empty when the number is malformed or names no real date. */
    public static Optional<LocalDate> birthDate(String cpr) {
        var m = FORM.matcher(cpr == null ? "" : cpr);
        if (!m.matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int yy = Integer.parseInt(m.group(3));
        int centuryDigit = Integer.parseInt(m.group(4));
        int century = switch (centuryDigit) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> yy <= 36 ? 2000 : 1900;
            default -> yy <= 57 ? 2000 : 1800;
        };
        try {
            return Optional.of(LocalDate.of(century + yy, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Shows the birth-date part only: 010522-****. */
    public static String mask(String cpr) {
        return cpr == null ? null : cpr.substring(0, 6) + "-****";
    }
}
