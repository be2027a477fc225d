package dk.henvis.console;

import io.smallrye.config.ConfigMapping;
import java.time.LocalDate;

/** The console's settings that differ between municipalities. */
@ConfigMapping(prefix = "henvis.console")
public interface ConsoleConfig {

    Accessibility accessibility();

    interface Accessibility {
        /** Where people report an accessibility problem (the statement must name a contact). */
        String contactEmail();

        /** When the statement was last reviewed against the pages. */
        LocalDate statementDate();
    }
}
