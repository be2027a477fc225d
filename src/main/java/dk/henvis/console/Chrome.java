package dk.henvis.console;

import dk.henvis.security.Actor;
import dk.henvis.security.Role;

/**
 * What every console page shows around its content: who is signed in, whether the coordinator's or the
 * practitioner's or the referrer's menu applies, and whether the reports are in the menu.
 */
public record Chrome(String user, boolean coordinator, boolean signedIn, boolean practitioner, boolean reports,
                     boolean referrer) {

    public static Chrome of(Actor actor) {
        boolean signedIn = !actor.roles().isEmpty();
        return new Chrome(actor.name(), actor.has(Role.COORDINATOR), signedIn,
                actor.has(Role.PRACTITIONER) && !actor.has(Role.COORDINATOR), ReportPages.mayRead(actor),
                actor.has(Role.REFERRER) && !actor.has(Role.COORDINATOR));
    }

    public static Chrome anonymous() {
        return new Chrome(null, false, false, false, false, false);
    }
}
