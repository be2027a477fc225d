package dk.henvis.session;

import dk.henvis.common.Dates;
import dk.henvis.common.Ids;
import dk.henvis.common.ProblemException;
import dk.henvis.common.Refusal;
import dk.henvis.places.Group;
import dk.henvis.programme.Programme;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralAccess;
import dk.henvis.referral.ReferralDecisions;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.security.Actor;
import dk.henvis.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Sessions, attendance and extensions. Every change to a referral's session count happens under that
 * referral's row lock ({@link ReferralDecisions#load}); an attendance list locks its referrals in id order,
 * so two lists cannot deadlock.
 */
@ApplicationScoped
public class Sessions {

    @Inject
    ReferralDecisions decisions;
    @Inject
    ReferralAccess access;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    public ProgrammeSession recordIndividual(UUID referralId, IndividualSessionRequest request, Actor actor) {
        Referral referral = decisions.load(referralId, actor, "session");
        if (!referral.status.holdsPlace()) {
            throw referral.invalidTransition("a session (the referral must be PLACED first)");
        }
        checkDate(request.date(), referral.receivedOn, "the referral was received");
        SessionType type = request.typeOrDefault();
        if (type == SessionType.REUNION) {
            Refusal.enforce(ReunionPolicy.check(List.of(referral), request.date()));
        }
        ProgrammeSession session = newSession(referral.programmeCode, request.date(), type, request.durationMinutes(), actor);
        session.referralId = referral.id;
        session.attended = request.wasAttended();
        if (session.attended) {
            if (session.counts()) {
                referral.useSession();
            }
            referral.startCourse(Dates.now(clock), actor.name());
            decisions.publish(referral);
        }
        session.persist();
        decisions.updated(referral, actor);
        return session;
    }

    @Transactional
    public ProgrammeSession recordGroup(UUID groupId, GroupSessionRequest request, Actor actor) {
        Group group = visibleGroup(groupId, actor);
        LocalDate groupFrom = group.startDate != null ? group.startDate : Dates.dateOf(group.createdAt);
        checkDate(request.date(), groupFrom, "the group started");
        SessionType type = request.typeOrDefault();
        if (type == SessionType.REUNION) {
            Refusal.enforce(ReunionPolicy.check(Referral.list("groupId = ?1 and status in ?2", groupId,
                    List.of(ReferralStatus.PLACED, ReferralStatus.IN_PROGRESS)), request.date()));
        }
        ProgrammeSession session = newSession(group.programmeCode, request.date(), type, request.durationMinutes(), actor);
        session.groupId = group.id;
        session.persist();
        return session;
    }

    /**
     * Replaces the attendance list of a group session, all or nothing. An ATTENDED entry of a REGULAR
     * session uses one of the participant's sessions; correcting it away gives the session back.
     */
    @Transactional
    public ProgrammeSession recordAttendance(UUID sessionId, List<AttendanceEntry> entries, Actor actor) {
        ProgrammeSession session = ProgrammeSession.findById(sessionId);
        if (session == null || !mayWorkIn(session.programmeCode, actor)) {
            throw ProblemException.notFound("Session " + sessionId);
        }
        if (!session.isGroupSession()) {
            throw ProblemException.ruleViolated("attendance lists are for group sessions; an individual session "
                    + "records 'attended' when it is logged");
        }
        Map<UUID, AttendanceStatus> wanted = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            if (wanted.put(entry.referralId(), entry.status()) != null) {
                throw ProblemException.invalid("[" + i + "].referralId", "appears more than once");
            }
        }
        Map<UUID, Attendance> existing = new HashMap<>();
        for (Attendance a : Attendance.of(session.id)) {
            existing.put(a.referralId, a);
        }
        Set<UUID> involved = new TreeSet<>(wanted.keySet());
        involved.addAll(existing.keySet());
        Map<UUID, Referral> referrals = lockParticipants(session, involved, wanted.keySet());

        Set<UUID> changed = new HashSet<>();
        for (UUID id : involved) {
            Referral referral = referrals.get(id);
            AttendanceStatus before = existing.containsKey(id) ? existing.get(id).status : null;
            AttendanceStatus after = wanted.get(id);
            if (before == after) {
                continue;
            }
            changed.add(id);
            boolean counted = before == AttendanceStatus.ATTENDED && session.counts();
            boolean counts = after == AttendanceStatus.ATTENDED && session.counts();
            if (counted && !counts) {
                referral.giveSessionBack();
            } else if (counts && !counted) {
                referral.useSession();
            }
            if (after == AttendanceStatus.ATTENDED) {
                referral.startCourse(Dates.now(clock), actor.name());
                decisions.publish(referral);
            }
            if (after == null) {
                existing.get(id).delete();
            } else if (before == null) {
                Attendance attendance = new Attendance();
                attendance.sessionId = session.id;
                attendance.referralId = id;
                attendance.status = after;
                attendance.persist();
            } else {
                existing.get(id).status = after;
            }
        }
        for (UUID id : changed) {
            decisions.updated(referrals.get(id), actor);
        }
        return session;
    }

    /**
     * A group session and its attendance list as one change: when the list is refused, the session is not kept
     * either. The two steps are the API's own (POST /groups/{id}/sessions, then PUT /sessions/{id}/attendance),
     * with their rules, in one transaction.
     */
    @Transactional
    public ProgrammeSession recordGroupWithAttendance(UUID groupId, GroupSessionRequest request,
                                                      List<AttendanceEntry> entries, Actor actor) {
        ProgrammeSession session = recordGroup(groupId, request, actor);
        return recordAttendance(session.id, entries, actor);
    }

    /** A group's sessions, newest first, each with how many attended, were absent or excused. */
    @Transactional
    public List<GroupSessionSummary> ofGroup(UUID groupId, Actor actor) {
        Group group = visibleGroup(groupId, actor);
        List<ProgrammeSession> sessions = ProgrammeSession.list("groupId = ?1 order by sessionDate desc, createdAt desc",
                group.id);
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<AttendanceStatus, Integer>> counts = new HashMap<>();
        Attendance.<Attendance>list("sessionId in ?1", sessions.stream().map(s -> s.id).toList())
                .forEach(a -> counts.computeIfAbsent(a.sessionId, k -> new EnumMap<>(AttendanceStatus.class))
                        .merge(a.status, 1, Integer::sum));
        return sessions.stream().map(s -> GroupSessionSummary.of(s, counts.getOrDefault(s.id, Map.of()))).toList();
    }

    /**
     * A referral's individual sessions, oldest first. Dates and types only, no personal data: the caller has read
     * (and audited) the referral itself; this checks only that the actor may see it.
     */
    @Transactional
    public List<SessionView> individualOf(UUID referralId, Actor actor) {
        Referral referral = access.require(referralId, actor);
        return ProgrammeSession.<ProgrammeSession>list("referralId = ?1 order by sessionDate, createdAt", referral.id)
                .stream().map(s -> SessionView.of(s, List.of())).toList();
    }

    /** Rettidig Unge Indsats: one individually assessed, justified extension of the course. */
    @Transactional
    public Referral extend(UUID referralId, ExtensionRequest request, Actor actor) {
        Referral referral = decisions.load(referralId, actor, "extension");
        referral.extend(Programme.findByCode(referral.programmeCode), request.additionalSessions(), request.justification());
        return decisions.updated(referral, actor);
    }

    @Transactional
    public ProgrammeSession read(UUID sessionId, Actor actor) {
        ProgrammeSession session = ProgrammeSession.findById(sessionId);
        if (session == null || !mayWorkIn(session.programmeCode, actor)) {
            throw ProblemException.notFound("Session " + sessionId);
        }
        return session;
    }

    public Group visibleGroup(UUID groupId, Actor actor) {
        Group group = Group.findById(groupId);
        if (group == null || !mayWorkIn(group.programmeCode, actor)) {
            throw ProblemException.notFound("Group " + groupId);
        }
        return group;
    }

    private Map<UUID, Referral> lockParticipants(ProgrammeSession session, Set<UUID> ids, Set<UUID> listed) {
        Map<UUID, Referral> referrals = new HashMap<>();
        for (UUID id : ids) {
            Referral referral = em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (referral != null) {
                referral.requireOpen("attendance");
            }
            Refusal.enforce(ParticipantPolicy.check(session, id, referral, listed.contains(id)));
            referrals.put(id, referral);
        }
        return referrals;
    }

    private void checkDate(LocalDate date, LocalDate earliest, String what) {
        LocalDate today = Dates.today(clock);
        if (date.isAfter(today)) {
            throw ProblemException.invalid("date", "must not lie in the future");
        }
        if (date.isBefore(earliest)) {
            throw ProblemException.ruleViolated("a session cannot lie before " + what + " (" + earliest + ")");
        }
    }

    private ProgrammeSession newSession(String programmeCode, LocalDate date, SessionType type, Integer duration, Actor actor) {
        ProgrammeSession session = new ProgrammeSession();
        session.id = Ids.next();
        session.programmeCode = programmeCode;
        session.sessionDate = date;
        session.type = type;
        session.durationMinutes = duration;
        session.createdAt = Dates.now(clock);
        session.createdBy = actor.name();
        return session;
    }

    static boolean mayWorkIn(String programmeCode, Actor actor) {
        return actor.has(Role.COORDINATOR) || actor == Actor.SYSTEM
                || actor.has(Role.PRACTITIONER) && actor.worksIn(programmeCode);
    }
}
