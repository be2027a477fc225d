package dk.henvis.console;

import dk.henvis.common.ClockProducer;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates on console pages as Danes write them (02.12.2026, kl. 09.30), in Europe/Copenhagen. */
@TemplateExtension
final class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private ConsoleFormat() {
    }

    static String da(LocalDate date) {
        return date == null ? "" : FormInput.DANISH_DATE.format(date);
    }

    static String da(Instant instant) {
        return instant == null ? "" : FormInput.DANISH_DATE.format(instant.atZone(ClockProducer.ZONE));
    }

    static String daTime(Instant instant) {
        return instant == null ? "" : da(instant) + " kl. " + TIME.format(instant.atZone(ClockProducer.ZONE));
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
