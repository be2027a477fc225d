package dk.henvis.places;

import dk.henvis.common.ProblemType;
import dk.henvis.common.Refusal;
import java.util.Optional;

/**
 * A group never holds more participants than its capacity. The rule is enforced by {@link Places#take}'s
 * conditional update (and a CHECK constraint behind it); this names the refusal, and lets a placement be
 * refused early from a plain read of a group that is already full.
 */
public final class GroupCapacity {

    public static final String RULE = "group-capacity";

    private GroupCapacity() {
    }

    /** Refuses a newcomer to a group whose places are all taken, as read. */
    public static Optional<Refusal> check(Group group) {
        return group.freePlaces() == 0 ? Optional.of(full(group)) : Optional.empty();
    }

    static Refusal full(Group group) {
        return new Refusal(RULE, ProblemType.GROUP_FULL, "The group '" + group.name + "' has no free place ("
                + group.occupiedPlaces + " of " + group.capacity + " taken); put the referral on the waiting list");
    }
}
