package dk.henvis.placement;

import dk.henvis.common.Dates;
import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import dk.henvis.group.Group;
import dk.henvis.group.Places;
import dk.henvis.referral.NoteRequest;
import dk.henvis.referral.PlaceReleased;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralDecisions;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The coordinator places a referral in a group, moves it to another, or puts it on the waiting list. */
@ApplicationScoped
public class Placement {

    private static final Set<ReferralStatus> PLACEABLE =
            EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED, ReferralStatus.PLACED);

    @Inject
    ReferralDecisions decisions;
    @Inject
    Places places;
    @Inject
    Event<PlaceReleased> placeReleased;
    @Inject
    Clock clock;

    @Transactional
    public Referral place(UUID referralId, UUID groupId, Actor actor) {
        Referral referral = decisions.load(referralId, actor, "placement");
        if (!PLACEABLE.contains(referral.status)) {
            throw referral.invalidTransition("placement");
        }
        Group group = Group.findById(groupId);
        if (group == null) {
            throw ProblemException.ruleViolated("group " + groupId + " does not exist");
        }
        if (!group.programmeCode.equals(referral.programmeCode)) {
            throw ProblemException.ruleViolated("the group belongs to programme " + group.programmeCode
                    + ", the referral to " + referral.programmeCode);
        }
        if (referral.status == ReferralStatus.PLACED && groupId.equals(referral.groupId)) {
            throw ProblemException.ruleViolated("the referral is already placed in this group");
        }
        if (!places.take(groupId)) {
            Group now = places.current(groupId);
            if (!now.isOpen()) {
                throw ProblemException.ruleViolated("the group is " + now.status + "; only an OPEN group takes participants");
            }
            throw new ProblemException(ProblemType.GROUP_FULL, "The group '" + now.name + "' has no free place ("
                    + now.occupiedPlaces + " of " + now.capacity + " taken); put the referral on the waiting list");
        }
        UUID previousGroup = referral.status == ReferralStatus.PLACED ? referral.groupId : null;
        referral.groupId = groupId;
        referral.placedAt = Dates.now(clock);
        decisions.move(referral, ReferralStatus.PLACED, actor, previousGroup == null ? null : "MOVED");
        if (previousGroup != null) {
            placeReleased.fire(new PlaceReleased(previousGroup, referral.programmeCode));
        }
        return decisions.updated(referral, actor, "POST /api/v1/referrals/{id}/placement");
    }

    @Transactional
    public Referral waitlist(UUID referralId, NoteRequest request, Actor actor) {
        Referral referral = decisions.load(referralId, actor, "waitlist");
        decisions.move(referral, ReferralStatus.WAITLISTED, actor, null);
        referral.waitlistedAt = Dates.now(clock);
        if (request != null && request.note() != null && !request.note().isBlank()) {
            referral.decisionNote = request.note();
        }
        return decisions.updated(referral, actor, "POST /api/v1/referrals/{id}/waitlist");
    }
}
