package dk.henvis.places;

import dk.henvis.common.Dates;
import dk.henvis.common.Ids;
import dk.henvis.common.ProblemException;
import dk.henvis.common.Refusal;
import dk.henvis.common.IfMatch;
import dk.henvis.privacy.AuditAction;
import dk.henvis.privacy.AuditTrail;
import dk.henvis.programme.Programme;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.security.Actor;
import dk.henvis.security.Role;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GroupService {

    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Inject
    Event<PlacesOpened> placesOpened;
    @Inject
    IfMatch ifMatch;

    /**
     * Creates an open group; waitlisted referrals are promoted into it at once, so the answer is the group as
     * the promotion left it, with its participants (a read of personal data when there are any, so audited).
     */
    @Transactional
    public GroupView create(String programmeCode, GroupRequest request, Actor actor) {
        requireProgramme(programmeCode);
        Group group = new Group();
        group.id = Ids.next();
        group.programmeCode = programmeCode;
        group.name = request.name().trim();
        group.capacity = request.capacity();
        group.minParticipants = request.minParticipants();
        group.startDate = request.startDate();
        group.endDate = request.endDate();
        group.leaders(request.leaders());
        group.requireConsistentSettings();
        group.status = GroupStatus.OPEN;
        group.createdAt = Dates.now(clock);
        group.persistAndFlush();
        placesOpened.fire(new PlacesOpened(group.id));
        Group.getEntityManager().refresh(group);
        List<GroupView.Participant> participants = participants(group.id);
        if (!participants.isEmpty()) {
            audit.record(actor, AuditAction.READ, null);
        }
        return GroupView.of(group, participants);
    }

    public List<Group> list(String programmeCode) {
        requireProgramme(programmeCode);
        return Group.list("programmeCode", Sort.by("createdAt").and("id"), programmeCode);
    }

    /**
     * The groups of the programmes the actor works in (all of them for a coordinator), by programme and age;
     * without participants, so no personal data is read.
     */
    public List<GroupView> workedIn(Actor actor) {
        Sort order = Sort.by("programmeCode").and("createdAt").and("id");
        List<Group> found;
        if (actor.has(Role.COORDINATOR) || actor.has(Role.ADMIN) || actor.has(Role.PRACTITIONER) && actor.programmes().contains("*")) {
            found = Group.listAll(order);
        } else if (actor.has(Role.PRACTITIONER) && !actor.programmes().isEmpty()) {
            found = Group.list("programmeCode in ?1", order, actor.programmes());
        } else {
            found = List.of();
        }
        return found.stream().map(g -> GroupView.of(g, null)).toList();
    }

    /** One group with its participants; the participant list is personal data, so the read is audited. */
    @Transactional
    public GroupView read(UUID id, Actor actor) {
        Group group = visible(id, actor);
        List<GroupView.Participant> participants = participants(id);
        audit.record(actor, AuditAction.READ, null);
        return GroupView.of(group, participants);
    }

    private static List<GroupView.Participant> participants(UUID groupId) {
        List<Referral> holders = Referral.list("groupId = ?1 and status in ?2", Sort.by("placedAt").and("id"), groupId,
                EnumSet.of(ReferralStatus.PLACED, ReferralStatus.IN_PROGRESS));
        return holders.stream()
                .map(r -> new GroupView.Participant(r.id, r.reference, r.subjectName, r.status.name(), r.placedAt))
                .toList();
    }

    /**
     * Changes settings under a row lock, so that no placement slips in between the check of the
     * occupied places and the new capacity; honours If-Match against the locked row's version.
     */
    @Transactional
    public Group patch(UUID id, GroupPatch patch, Actor actor) {
        visible(id, actor);
        Group group = Group.findById(id, LockModeType.PESSIMISTIC_WRITE);
        Group.getEntityManager().refresh(group);
        ifMatch.require(group.version);
        boolean gainsPlaces = false;
        if (patch.capacity() != null && patch.capacity() != group.capacity) {
            if (patch.capacity() < group.occupiedPlaces) {
                throw ProblemException.ruleViolated("capacity cannot go below the " + group.occupiedPlaces
                        + " places already taken");
            }
            gainsPlaces = patch.capacity() > group.capacity;
            group.capacity = patch.capacity();
        }
        if (patch.status() != null && patch.status() != group.status) {
            Refusal.enforce(GroupStatusPolicy.check(group, patch.status()));
            gainsPlaces |= patch.status() == GroupStatus.OPEN;
            group.status = patch.status();
        }
        if (patch.name() != null) {
            group.name = patch.name().trim();
        }
        if (patch.minParticipants() != null) {
            group.minParticipants = patch.minParticipants();
        }
        if (patch.startDate() != null) {
            group.startDate = patch.startDate();
        }
        if (patch.endDate() != null) {
            group.endDate = patch.endDate();
        }
        if (patch.leaders() != null) {
            group.leaders(patch.leaders());
        }
        group.requireConsistentSettings();
        group.persistAndFlush();
        if (gainsPlaces && group.isOpen()) {
            placesOpened.fire(new PlacesOpened(group.id));
            Group.getEntityManager().refresh(group);
        }
        return group;
    }

    /** A practitioner sees the groups of the programmes it works in; others look absent. */
    public Group visible(UUID id, Actor actor) {
        Group group = Group.findById(id);
        boolean allowed = group != null && (actor.has(Role.COORDINATOR) || actor.has(Role.ADMIN)
                || actor.has(Role.PRACTITIONER) && actor.worksIn(group.programmeCode));
        if (!allowed) {
            throw ProblemException.notFound("Group " + id);
        }
        return group;
    }

    private static void requireProgramme(String code) {
        if (Programme.findByCode(code) == null) {
            throw ProblemException.notFound("Programme " + code);
        }
    }
}
