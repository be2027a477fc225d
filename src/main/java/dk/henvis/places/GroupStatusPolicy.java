package dk.henvis.places;

import dk.henvis.common.Refusal;
import java.util.Optional;

/** Which status changes a group may make. FINISHED and CANCELLED are final and need an empty group. */
public final class GroupStatusPolicy {

    public static final String RULE = "group-status";

    private GroupStatusPolicy() {
    }

    public static Optional<Refusal> check(Group group, GroupStatus to) {
        if (group.status == GroupStatus.FINISHED || group.status == GroupStatus.CANCELLED) {
            return Refusal.ruleViolated(RULE, "the group is " + group.status + " and cannot change status");
        }
        if ((to == GroupStatus.FINISHED || to == GroupStatus.CANCELLED) && group.occupiedPlaces > 0) {
            return Refusal.ruleViolated(RULE, "the group still has " + group.occupiedPlaces
                    + " participants; complete, withdraw or move them before it is " + to);
        }
        return Optional.empty();
    }
}
