package dk.henvis.privacy;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** CPR numbers for tests: a real date and a serial whose first digit puts the birth year in the 2000s. */
final class Cprs {

    private Cprs() {
    }

    static String forBirthDate(String isoDate) {
        LocalDate date = LocalDate.parse(isoDate);
        int serial = 4000 + ThreadLocalRandom.current().nextInt(1000);
        return String.format("%02d%02d%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() % 100, serial);
    }
}
