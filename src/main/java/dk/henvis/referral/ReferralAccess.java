package dk.henvis.referral;

import dk.henvis.common.ProblemException;
import dk.henvis.security.Actor;
import dk.henvis.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Object-level access: a referrer sees its own organisation's referrals, a practitioner those of the
 * programmes it works in, a coordinator all. Anything else looks as if it did not exist (404).
 */
@ApplicationScoped
public class ReferralAccess {

    public Referral require(UUID id, Actor actor) {
        Referral referral = Referral.findById(id);
        if (referral == null || !canSee(referral, actor)) {
            throw ProblemException.notFound("Referral " + id);
        }
        return referral;
    }

    /** Like {@link #require} but takes a pessimistic row lock, for changes that must not interleave. */
    public Referral requireForUpdate(UUID id, Actor actor) {
        Referral referral = Referral.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (referral == null || !canSee(referral, actor)) {
            throw ProblemException.notFound("Referral " + id);
        }
        return referral;
    }

    public boolean canSee(Referral referral, Actor actor) {
        if (actor.has(Role.COORDINATOR) || actor == Actor.SYSTEM) {
            return true;
        }
        if (actor.has(Role.PRACTITIONER) && actor.worksIn(referral.programmeCode)) {
            return true;
        }
        return actor.has(Role.REFERRER) && actor.organisation().isPresent()
                && actor.organisation().get().equals(referral.referrerOrganisation);
    }
}
