package dk.henvis.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CPR numbers for tests: a real date and a serial whose first digit puts the birth year in the 2000s.
 * Serials are handed out in turn, never at random, so two tests never name the same child by chance
 * and trip the duplicate guard.
 */
public final class Cprs {

    private static final AtomicInteger NEXT_SERIAL = new AtomicInteger();

    private Cprs() {
    }

    public static String forBirthDate(String isoDate) {
        return forBirthDate(LocalDate.parse(isoDate));
    }

    public static String forBirthDate(LocalDate date) {
        int serial = 4000 + NEXT_SERIAL.getAndIncrement() % 1000;
        return String.format("%02d%02d%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() % 100, serial);
    }
}
