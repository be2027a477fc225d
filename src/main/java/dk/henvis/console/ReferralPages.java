package dk.henvis.console;

import dk.henvis.common.Dates;
import dk.henvis.common.ProblemException;
import dk.henvis.places.GroupService;
import dk.henvis.places.GroupStatus;
import dk.henvis.places.GroupView;
import dk.henvis.outcome.CompleteRequest;
import dk.henvis.outcome.EscalateRequest;
import dk.henvis.outcome.EscalationReason;
import dk.henvis.outcome.MeasurementPhase;
import dk.henvis.outcome.MeasurementRequest;
import dk.henvis.outcome.MeasurementView;
import dk.henvis.outcome.Outcomes;
import dk.henvis.programme.Programme;
import dk.henvis.session.ExtensionRequest;
import dk.henvis.session.IndividualSessionRequest;
import dk.henvis.session.SessionType;
import dk.henvis.session.SessionView;
import dk.henvis.session.Sessions;
import dk.henvis.places.Placement;
import dk.henvis.programme.ProgrammeService;
import dk.henvis.referral.ClosingReason;
import dk.henvis.referral.ContactChannel;
import dk.henvis.referral.FirstContactRequest;
import dk.henvis.referral.NoteRequest;
import dk.henvis.referral.Outcome;
import dk.henvis.referral.ReasonRequest;
import dk.henvis.referral.ReferralDecisions;
import dk.henvis.referral.ReferralReader;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.referral.ReferralTransitions;
import dk.henvis.referral.ReferralView;
import dk.henvis.referral.StatusChange;
import dk.henvis.referral.StatusChangeView;
import dk.henvis.programme.ProgrammeView;
import dk.henvis.common.ClockProducer;
import dk.henvis.security.Actor;
import dk.henvis.security.CurrentActor;
import dk.henvis.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One referral and the coordinator's decisions on it, each through the same service method as the API's. */
@Path("/console/referrals/{id}")
@Produces(MediaType.TEXT_HTML)
public class ReferralPages {

    static final List<String> FORMS = List.of("first-contact", "accept", "decline", "withdraw", "waitlist", "place",
            "complete", "escalate");
    /** The course's forms: sessions and scores for whoever works with the course, an extension for a coordinator. */
    static final List<String> COURSE_FORMS = List.of("session", "measurement", "extension");

    @Inject
    CurrentActor current;
    @Inject
    ReferralReader reader;
    @Inject
    ReferralDecisions decisions;
    @Inject
    Placement placement;
    @Inject
    Outcomes outcomes;
    @Inject
    Sessions sessions;
    @Inject
    GroupService groups;
    @Inject
    ProgrammeService programmes;
    @Inject
    ConsoleForms forms;
    @Inject
    ConsoleMessages m;
    @Inject
    Clock clock;
    @Inject
    ReferrerPages referrerPages;

    /** The actions the status allows now; {@link ReferralTransitions} decides, the page only asks it. */
    public record Actions(boolean firstContact, boolean accept, boolean decline, boolean withdraw, boolean waitlist,
                          boolean place, boolean complete, boolean escalate) {

        static Actions of(ReferralView r) {
            ReferralStatus s = r.status();
            return new Actions(!s.isTerminal() && r.firstContactAt() == null,
                    ReferralTransitions.allowed(s, ReferralStatus.ACCEPTED) && s != ReferralStatus.ACCEPTED,
                    ReferralTransitions.allowed(s, ReferralStatus.DECLINED),
                    ReferralTransitions.allowed(s, ReferralStatus.WITHDRAWN),
                    ReferralTransitions.allowed(s, ReferralStatus.WAITLISTED) && s != ReferralStatus.WAITLISTED,
                    ReferralTransitions.allowed(s, ReferralStatus.PLACED),
                    ReferralTransitions.allowed(s, ReferralStatus.COMPLETED),
                    ReferralTransitions.allowed(s, ReferralStatus.ESCALATED));
        }

        public boolean any() {
            return firstContact || accept || decline || withdraw || waitlist || place || complete || escalate;
        }
    }

    public record Choice(String value, String label) {
    }

    /** Everything the referral page shows, plus the refused form (if any) with the values that were entered. */
    public record Page(ReferralView referral, String programmeName, String groupName, List<StatusChangeView> history,
                       Actions actions, List<GroupView> openGroups, Refusal refusal, String failedForm,
                       Map<String, String> values, Map<String, String> keys, long version,
                       List<Choice> closingReasons, List<Choice> channels, List<Choice> outcomes,
                       List<Choice> escalationReasons, String today, String now, Course course) {

        /** The value entered in a field of the refused form; empty for every other form. */
        public String value(String form, String field) {
            if (!form.equals(failedForm)) {
                return "";
            }
            String value = values.get(field);
            return value == null ? "" : value;
        }

        public boolean chosen(String form, String field, String option) {
            return option.equals(value(form, field));
        }

        /** Whether the option is chosen: as entered on the refused form, else the form's default. */
        public boolean chosenOr(String form, String field, String option, String byDefault) {
            return form.equals(failedForm) ? chosen(form, field, option) : option.equals(byDefault);
        }

        public String error(String form, String field) {
            return refusal == null || !form.equals(failedForm) ? null : refusal.field(form + "-" + field);
        }

        public String key(String form) {
            return keys.get(form);
        }
    }

    /**
     * The course as its practitioner works with it: the individual sessions against the limit, the scores on the
     * programme's scale, and which of the course's forms the role and status allow.
     */
    public record Course(List<SessionView> sessions, List<MeasurementView> measurements, int scaleMin, int scaleMax,
                         String scaleLabel, boolean extensionsAllowed, Integer extensionSessions, int maxExtensions,
                         boolean maySession, boolean mayMeasure, boolean mayExtend, List<Choice> sessionTypes,
                         List<Choice> phases) {

        public boolean extensionsLeft(ReferralView referral) {
            return referral.extensionsGranted() < maxExtensions;
        }

        public String scoreHint() {
            return "Et helt tal fra " + scaleMin + " til " + scaleMax;
        }

        public String extensionHint() {
            return "Højst " + extensionSessions + " samtaler";
        }
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance referral(Chrome chrome, Page page);
    }

    private static boolean worksWithCourses(Actor actor) {
        return actor.has(Role.COORDINATOR) || actor.has(Role.PRACTITIONER);
    }

    /** The forms a role may send: the API's access table allows sessions and scores to practitioners, no more. */
    private static boolean mayPost(Actor actor, String form) {
        if (actor.has(Role.COORDINATOR)) {
            return FORMS.contains(form) || COURSE_FORMS.contains(form);
        }
        return actor.has(Role.PRACTITIONER) && (form.equals("session") || form.equals("measurement"));
    }

    @GET
    public Response show(@PathParam("id") UUID id) {
        Actor actor = current.get();
        if (!worksWithCourses(actor) && actor.has(Role.REFERRER)) {
            return referrerPages.show(id, actor);
        }
        if (!worksWithCourses(actor)) {
            return Response.status(403).entity(ConsolePages.Templates.comingSoon(Chrome.of(actor))).build();
        }
        try {
            return Response.ok(Templates.referral(Chrome.of(actor), page(id, actor, null, null, Map.of()))).build();
        } catch (ProblemException e) {
            return Response.status(e.type().status())
                    .entity(ConsolePages.Templates.error(Chrome.of(actor), m.problem(e.type()))).build();
        }
    }

    @POST
    @Path("{form}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("form") String form, MultivaluedMap<String, String> values) {
        Actor actor = current.get();
        if (!mayPost(actor, form)) {
            boolean known = FORMS.contains(form) || COURSE_FORMS.contains(form);
            return Response.status(worksWithCourses(actor) && !known ? 404 : 403)
                    .entity(ConsolePages.Templates.comingSoon(Chrome.of(actor))).build();
        }
        boolean toWaitingList = "waiting-list".equals(values.getFirst("back"));
        ConsoleForms.Result result = forms.submit(actor, form, "/console/referrals/" + id + "/" + form, values,
                () -> {
                    if (COURSE_FORMS.contains(form)) {
                        course(id, form, new FormInput(values), actor);
                        return URI.create("/console/referrals/" + id);
                    }
                    ReferralView after = reader.view(change(id, form, new FormInput(values), actor));
                    return toWaitingList ? URI.create("/console/programmes/" + after.programmeCode() + "/waiting-list")
                            : URI.create("/console/referrals/" + id);
                });
        if (result instanceof ConsoleForms.Result.Done done) {
            return ConsolePages.seeOther(done.location());
        }
        Refusal refusal = ((ConsoleForms.Result.Refused) result).refusal();
        Map<String, String> entered = new HashMap<>();
        values.forEach((k, v) -> entered.put(k, v.isEmpty() ? "" : v.get(0)));
        try {
            // A stale form shows the current state: the page is drawn afresh and only the message tells of the refusal.
            Page page = page(id, actor, refusal, refusal.stale() ? null : form, refusal.stale() ? Map.of() : entered);
            return Response.status(refusal.status()).entity(Templates.referral(Chrome.of(actor), page)).build();
        } catch (ProblemException e) {
            return Response.status(e.type().status())
                    .entity(ConsolePages.Templates.error(Chrome.of(actor), m.problem(e.type()))).build();
        }
    }

    private dk.henvis.referral.Referral change(UUID id, String form, FormInput in, Actor actor) {
        switch (form) {
            case "first-contact" -> {
                var date = in.date("date");
                var time = in.time("time");
                ContactChannel channel = in.choice("channel", ContactChannel.class);
                in.check();
                // The form is precise to the minute, so the minute entered is taken at its last microsecond (what
                // the databases keep), and the current minute as now: a contact in the very minute a referral
                // arrived is not one before it.
                Instant minute = LocalDateTime.of(date, time).atZone(ClockProducer.ZONE).toInstant();
                Instant at = minute.plusSeconds(60).minusNanos(1_000);
                Instant now = Dates.now(clock);
                if (at.isAfter(now) && !minute.isAfter(now)) {
                    at = now;
                }
                return decisions.firstContact(id, forms.valid(new FirstContactRequest(at, channel)), actor);
            }
            case "accept" -> {
                return decisions.accept(id, forms.valid(new NoteRequest(in.text("note"))), actor);
            }
            case "decline" -> {
                ClosingReason reason = in.choice("reason", ClosingReason.class);
                in.check();
                return decisions.decline(id, forms.valid(new ReasonRequest(reason, in.text("note"))), actor);
            }
            case "withdraw" -> {
                ClosingReason reason = in.choice("reason", ClosingReason.class);
                in.check();
                return decisions.withdraw(id, forms.valid(new ReasonRequest(reason, in.text("note"))), actor);
            }
            case "waitlist" -> {
                return placement.waitlist(id, forms.valid(new NoteRequest(in.text("note"))), actor);
            }
            case "place" -> {
                UUID group = in.id("groupId");
                in.check();
                return placement.place(id, group, actor);
            }
            case "complete" -> {
                Outcome outcome = in.choice("outcome", Outcome.class);
                in.check();
                return outcomes.complete(id, forms.valid(new CompleteRequest(outcome, in.text("note"))), actor);
            }
            default -> {
                String unit = in.text("notifiedUnit");
                in.require(unit != null, "notifiedUnit");
                EscalationReason reason = in.choice("reason", EscalationReason.class);
                in.require("yes".equals(in.text("confirm")), "confirm");
                in.check();
                return outcomes.escalate(id, forms.valid(new EscalateRequest(unit, reason)), actor);
            }
        }
    }

    /** A session, a score or an extension, through the same service methods as the API's. */
    private void course(UUID id, String form, FormInput in, Actor actor) {
        switch (form) {
            case "session" -> {
                var date = in.date("date");
                SessionType type = in.choice("type", SessionType.class);
                String attended = in.text("attended");
                in.require(attended != null, "attended");
                Integer duration = in.text("durationMinutes") == null ? null : in.number("durationMinutes");
                in.check();
                sessions.recordIndividual(id, forms.valid(new IndividualSessionRequest(date, type,
                        "yes".equals(attended), duration)), actor);
            }
            case "measurement" -> {
                MeasurementPhase phase = in.choice("phase", MeasurementPhase.class);
                Integer score = in.number("score");
                var date = in.date("measuredAt");
                in.check();
                outcomes.measure(id, forms.valid(new MeasurementRequest(phase, score, date)), actor);
            }
            default -> {
                Integer additional = in.number("additionalSessions");
                String justification = in.text("justification");
                in.require(justification != null, "justification");
                in.check();
                sessions.extend(id, forms.valid(new ExtensionRequest(additional, justification)), actor);
            }
        }
    }

    private Page page(UUID id, Actor actor, Refusal refusal, String failedForm, Map<String, String> values) {
        var entity = reader.read(id, actor);
        ReferralView r = reader.view(entity);
        // Read with the referral above (one audit row for the page), so not through the audited history endpoint.
        List<StatusChangeView> history = StatusChange.of(r.id()).stream().map(StatusChangeView::of).toList();
        String programmeName = ProgrammeView.of(programmes.require(r.programmeCode())).name();
        List<GroupView> all = groups.list(r.programmeCode()).stream().map(g -> GroupView.of(g, null)).toList();
        List<GroupView> open = all.stream()
                .filter(g -> g.status() == GroupStatus.OPEN && g.freePlaces() > 0 && !g.id().equals(r.groupId())).toList();
        String groupName = all.stream().filter(g -> g.id().equals(r.groupId())).map(GroupView::name).findFirst().orElse(null);
        Map<String, String> keys = new HashMap<>();
        FORMS.forEach(f -> keys.put(f, UUID.randomUUID().toString()));
        COURSE_FORMS.forEach(f -> keys.put(f, UUID.randomUUID().toString()));
        if (failedForm != null && values.get(ConsoleForms.KEY_FIELD) != null) {
            keys.put(failedForm, values.get(ConsoleForms.KEY_FIELD));
        }
        Instant now = Dates.now(clock);
        Actions actions = actor.has(Role.COORDINATOR) ? Actions.of(r)
                : new Actions(false, false, false, false, false, false, false, false);
        return new Page(r, programmeName, groupName, history, actions, open, refusal, failedForm, values, keys,
                Long.parseLong(ReferralReader.etag(entity).getValue()),
                Arrays.stream(ClosingReason.values()).map(c -> new Choice(c.name(), m.closingReason(c))).toList(),
                Arrays.stream(ContactChannel.values()).map(c -> new Choice(c.name(), m.channel(c))).toList(),
                Arrays.stream(Outcome.values()).map(c -> new Choice(c.name(), m.outcome(c))).toList(),
                Arrays.stream(EscalationReason.values()).map(c -> new Choice(c.name(), m.escalationReason(c))).toList(),
                ConsoleFormat.da(now), java.time.format.DateTimeFormatter.ofPattern("HH.mm").format(now.atZone(ClockProducer.ZONE)),
                course(r, actor));
    }

    private Course course(ReferralView r, Actor actor) {
        Programme programme = programmes.require(r.programmeCode());
        List<MeasurementView> measurements = outcomes.measurementsOf(r.id(), actor);
        boolean open = !r.status().isTerminal();
        boolean extensionsAllowed = programme.maxExtensions > 0 && programme.extensionSessions != null;
        // A phase taken once per course is offered only until it is taken; the service refuses a second one anyway.
        List<Choice> phases = Arrays.stream(MeasurementPhase.values())
                .filter(p -> !p.once() || measurements.stream().noneMatch(x -> x.phase() == p))
                .map(p -> new Choice(p.name(), m.measurementPhase(p))).toList();
        return new Course(sessions.individualOf(r.id(), actor), measurements, programme.scaleMin, programme.scaleMax,
                programme.scaleLabel, extensionsAllowed, programme.extensionSessions, programme.maxExtensions,
                r.status().holdsPlace(), open,
                actor.has(Role.COORDINATOR) && extensionsAllowed && r.status().holdsPlace(),
                Arrays.stream(SessionType.values()).map(t -> new Choice(t.name(), m.sessionType(t))).toList(), phases);
    }
}
