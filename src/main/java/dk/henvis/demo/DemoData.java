package dk.henvis.demo;

import dk.henvis.common.Dates;
import dk.henvis.places.Group;
import dk.henvis.places.GroupRequest;
import dk.henvis.places.GroupService;
import dk.henvis.outcome.CompleteRequest;
import dk.henvis.outcome.EscalateRequest;
import dk.henvis.outcome.EscalationReason;
import dk.henvis.outcome.MeasurementPhase;
import dk.henvis.outcome.MeasurementRequest;
import dk.henvis.outcome.Outcomes;
import dk.henvis.places.Placement;
import dk.henvis.programme.ReferrerRole;
import dk.henvis.programme.SubjectType;
import dk.henvis.referral.ClosingReason;
import dk.henvis.referral.ContactChannel;
import dk.henvis.referral.ContactRelation;
import dk.henvis.referral.FirstContactRequest;
import dk.henvis.referral.NoteRequest;
import dk.henvis.referral.Outcome;
import dk.henvis.referral.Priority;
import dk.henvis.referral.ReasonCategory;
import dk.henvis.referral.ReasonRequest;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralDecisions;
import dk.henvis.referral.ReferralIntake;
import dk.henvis.referral.ReferralRequest;
import dk.henvis.security.Actor;
import dk.henvis.security.Role;
import dk.henvis.session.AttendanceEntry;
import dk.henvis.session.AttendanceStatus;
import dk.henvis.session.ExtensionRequest;
import dk.henvis.session.GroupSessionRequest;
import dk.henvis.session.IndividualSessionRequest;
import dk.henvis.session.ProgrammeSession;
import dk.henvis.session.SessionType;
import dk.henvis.session.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An obviously fictitious data set ("Demo" names, no CPR numbers, 0000 phone numbers) that runs through
 * the services like real use: groups, waiting lists, referrals in every status, sessions and scores.
 * Receipt and placement times are then moved back a few weeks, so the report shows waiting times and
 * utilisation. Loaded once: a second start finds the demo referrals and leaves everything as it is.
 */
@ApplicationScoped
public class DemoData {

    static final String ACTOR = "demo-data";
    private static final Actor COORDINATOR = new Actor(ACTOR, Set.of(Role.COORDINATOR, Role.PRACTITIONER),
            Optional.empty(), Optional.empty(), Set.of("*"));

    @Inject
    ReferralIntake intake;
    @Inject
    ReferralDecisions decisions;
    @Inject
    GroupService groups;
    @Inject
    Placement placement;
    @Inject
    Sessions sessions;
    @Inject
    Outcomes outcomes;
    @Inject
    Clock clock;

    private int counter;
    private final List<Referral> created = new ArrayList<>();

    /** True when it loaded the set, false when it was there already. */
    @Transactional
    public boolean loadOnce() {
        if (Referral.count("createdBy", ACTOR) > 0) {
            return false;
        }
        counter = 0;
        created.clear();
        LocalDate today = Dates.today(clock);
        tidligForebyggelse(today);
        fonix(today);
        pusterummet(today);
        sandplay(today);
        rettidigUngeIndsats(today);
        backdate();
        return true;
    }

    private void tidligForebyggelse(LocalDate today) {
        Group caseload = group("tidlig-forebyggelse", "Demo-team Nord (fiktivt)", 8);
        int[][] courses = {{4, 7, 5}, {5, 7, 4}, {6, 8, 4}, {5, 6, 5}, {4, 7, 3}};
        for (int[] course : courses) {
            UUID id = child("tidlig-forebyggelse", ReferrerRole.SCHOOL, "Demo Skole", 10, today);
            place(id, caseload);
            measure(id, MeasurementPhase.START, course[0]);
            individualSessions(id, today, course[2]);
            measure(id, MeasurementPhase.END, course[1]);
            outcomes.complete(id, new CompleteRequest(Outcome.GOAL_REACHED, null), COORDINATOR);
        }
        UUID running = child("tidlig-forebyggelse", ReferrerRole.FAMILY, "Demo Familie", 12, today);
        place(running, caseload);
        measure(running, MeasurementPhase.START, 4);
        individualSessions(running, today, 2);
        UUID escalated = child("tidlig-forebyggelse", ReferrerRole.DAYCARE, "Demo Børnehus", 5, today);
        place(escalated, caseload);
        individualSessions(escalated, today, 1);
        outcomes.escalate(escalated, new EscalateRequest("Familieafdelingen", EscalationReason.CONCERN_FOR_WELLBEING),
                COORDINATOR);
        UUID declined = child("tidlig-forebyggelse", ReferrerRole.GP, "Demo Lægehus", 8, today);
        decisions.decline(declined, new ReasonRequest(ClosingReason.OPEN_CASE, null), COORDINATOR);
        UUID withdrawn = child("tidlig-forebyggelse", ReferrerRole.SCHOOL, "Demo Skole", 14, today);
        decisions.withdraw(withdrawn, new ReasonRequest(ClosingReason.NO_LONGER_NEEDED, null), COORDINATOR);
        child("tidlig-forebyggelse", ReferrerRole.SCHOOL, "Demo Skole", 9, today);
    }

    private void fonix(LocalDate today) {
        Group group = group("fonix", "Demo Fønix-gruppe (fiktiv)", 5);
        for (int i = 0; i < 8; i++) {
            UUID id = mother(today, i % 3 == 0 ? Priority.HIGH : Priority.NORMAL);
            if (i < 5) {
                place(id, group);
            } else {
                placement.waitlist(id, new NoteRequest(null), COORDINATOR);
            }
        }
        UUID inAssessment = receive(parent(today));
        decisions.firstContact(inAssessment, new FirstContactRequest(Dates.now(clock), ContactChannel.HOME_VISIT), COORDINATOR);
        receive(parent(today));
        ProgrammeSession session = sessions.recordGroup(group.id, new GroupSessionRequest(today, SessionType.REGULAR, 60),
                COORDINATOR);
        List<AttendanceEntry> attendance = new ArrayList<>();
        for (Referral r : Referral.<Referral>list("groupId", group.id)) {
            attendance.add(new AttendanceEntry(r.id, attendance.size() < 3 ? AttendanceStatus.ATTENDED : AttendanceStatus.EXCUSED));
        }
        sessions.recordAttendance(session.id, attendance, COORDINATOR);
    }

    private void pusterummet(LocalDate today) {
        Group cohort = group("pusterummet", "Demo Pusterum, hold 1 (fiktivt)", 5);
        List<AttendanceEntry> attendance = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UUID id = receive(expectant(today.plusMonths(2).plusDays(7L * i)));
            accept(id);
            if (i < 5) {
                place(id, cohort);
                attendance.add(new AttendanceEntry(id, i == 4 ? AttendanceStatus.ABSENT : AttendanceStatus.ATTENDED));
            } else {
                placement.waitlist(id, new NoteRequest(null), COORDINATOR);
            }
        }
        for (int i = 0; i < 3; i++) {
            ProgrammeSession session = sessions.recordGroup(cohort.id, new GroupSessionRequest(today, SessionType.REGULAR, 120),
                    COORDINATOR);
            sessions.recordAttendance(session.id, attendance, COORDINATOR);
        }
    }

    private void sandplay(LocalDate today) {
        Group run = group("sandplay", "Demo Sandplay-forløb (fiktivt)", 8);
        for (int i = 0; i < 4; i++) {
            UUID id = child("sandplay", ReferrerRole.DAYCARE, "Demo Børnehus", 3 + i % 3, today);
            place(id, run);
            measure(id, MeasurementPhase.START, 3 + i);
            individualSessions(id, today, 3 + i);
            sessions.recordIndividual(id, new IndividualSessionRequest(today, SessionType.FEEDBACK, true, 45), COORDINATOR);
            if (i == 0) {
                measure(id, MeasurementPhase.END, 8);
                outcomes.complete(id, new CompleteRequest(Outcome.PARTLY_REACHED, null), COORDINATOR);
            }
        }
        child("sandplay", ReferrerRole.HEALTH_VISITOR, "Demo Sundhedspleje", 4, today);
    }

    private void rettidigUngeIndsats(LocalDate today) {
        Group caseload = group("rettidig-unge-indsats", "Demo RUI-team (fiktivt)", 4);
        UUID id = child("rettidig-unge-indsats", ReferrerRole.SCHOOL, "Demo Skole", 11, today);
        place(id, caseload);
        measure(id, MeasurementPhase.START, 3);
        individualSessions(id, today, 6);
        sessions.extend(id, new ExtensionRequest(6, "Fiktiv begrundelse: forlænget efter samtale med skole og forældre"),
                COORDINATOR);
        individualSessions(id, today, 2);
    }

    private Group group(String programme, String name, int capacity) {
        return Group.findById(groups.create(programme, new GroupRequest(name, capacity, null, null, null,
                List.of("Demo Leder")), COORDINATOR).id());
    }

    /** A child referral, accepted (visitation done) where the programme asks for it. */
    private UUID child(String programme, ReferrerRole role, String organisation, int age, LocalDate today) {
        UUID id = receive(new ReferralRequest(programme, referrer(role, organisation),
                new ReferralRequest.Subject(SubjectType.CHILD, name("Barn"), today.minusYears(age).minusDays(40L + counter),
                        null, null, null, false),
                contact(), new ReferralRequest.Reason(ReasonCategory.WELLBEING, "Fiktiv demo-henvisning"), 4, Priority.NORMAL,
                consent(today)));
        return id;
    }

    private UUID mother(LocalDate today, Priority priority) {
        ReferralRequest request = parent(today);
        UUID id = receive(new ReferralRequest(request.programmeCode(), request.referrer(), request.subject(), request.contact(),
                request.reason(), 3, priority, request.consent()));
        accept(id);
        return id;
    }

    private ReferralRequest parent(LocalDate today) {
        return new ReferralRequest("fonix", referrer(ReferrerRole.HEALTH_VISITOR, "Demo Sundhedspleje"),
                new ReferralRequest.Subject(SubjectType.PARENT, name("Mor"), null, null, null, today.minusWeeks(8), false),
                contact(), new ReferralRequest.Reason(ReasonCategory.POSTNATAL_REACTION, "Fiktiv demo-henvisning"), 3,
                Priority.NORMAL, consent(today));
    }

    private ReferralRequest expectant(LocalDate due) {
        LocalDate today = Dates.today(clock);
        return new ReferralRequest("pusterummet", referrer(ReferrerRole.HEALTH_VISITOR, "Demo Sundhedspleje"),
                new ReferralRequest.Subject(SubjectType.EXPECTANT_PARENT, name("Gravid"), null, null, due, null, false),
                contact(), new ReferralRequest.Reason(ReasonCategory.PREGNANCY, "Fiktiv demo-henvisning"), 5,
                Priority.NORMAL, consent(today));
    }

    private UUID receive(ReferralRequest request) {
        Referral referral = intake.receive(request, COORDINATOR);
        created.add(referral);
        return referral.id;
    }

    /** Visitation first (first contact), then acceptance, as a coordinator does it. */
    private void accept(UUID id) {
        if (Referral.<Referral>findById(id).firstContactAt == null) {
            decisions.firstContact(id, new FirstContactRequest(Dates.now(clock), ContactChannel.PHONE), COORDINATOR);
        }
        decisions.accept(id, new NoteRequest(null), COORDINATOR);
    }

    private void place(UUID id, Group group) {
        Referral referral = Referral.findById(id);
        if (referral.status == dk.henvis.referral.ReferralStatus.RECEIVED
                || referral.status == dk.henvis.referral.ReferralStatus.IN_ASSESSMENT) {
            accept(id);
        }
        placement.place(id, group.id, COORDINATOR);
    }

    private void measure(UUID id, MeasurementPhase phase, int score) {
        outcomes.measure(id, new MeasurementRequest(phase, score, null), COORDINATOR);
    }

    private void individualSessions(UUID id, LocalDate today, int count) {
        for (int i = 0; i < count; i++) {
            sessions.recordIndividual(id, new IndividualSessionRequest(today, SessionType.REGULAR, true, 50), COORDINATOR);
        }
    }

    /** Receipt four to six weeks ago, first contact two days later, placement two weeks after receipt. */
    private void backdate() {
        for (int i = 0; i < created.size(); i++) {
            Referral referral = created.get(i);
            referral.backdate(Duration.ofDays(28L + i % 14), Duration.ofDays(i % 5 == 4 ? 9 : 2), Duration.ofDays(14));
        }
        for (Group group : Group.<Group>list("createdAt >= ?1", Dates.now(clock).minus(Duration.ofHours(1)))) {
            if (group.name.contains("fiktiv")) {
                group.createdAt = group.createdAt.minus(Duration.ofDays(30));
            }
        }
    }

    private String name(String kind) {
        counter++;
        return "Demo " + kind + " " + counter + " (fiktiv)";
    }

    private static ReferralRequest.Referrer referrer(ReferrerRole role, String organisation) {
        return new ReferralRequest.Referrer(role, organisation, "Demo Henviser", "henviser@example.invalid");
    }

    private static ReferralRequest.Contact contact() {
        return new ReferralRequest.Contact("Demo Forælder", ContactRelation.PARENT, "+4500000000", null);
    }

    private static ReferralRequest.Consent consent(LocalDate today) {
        return new ReferralRequest.Consent(true, "Demo Forælder", today.minusDays(1));
    }
}
