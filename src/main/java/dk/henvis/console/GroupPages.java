package dk.henvis.console;

import dk.henvis.common.Dates;
import dk.henvis.common.PageRequest;
import dk.henvis.common.PageResponse;
import dk.henvis.common.ProblemException;
import dk.henvis.places.GroupPatch;
import dk.henvis.places.GroupService;
import dk.henvis.places.GroupStatus;
import dk.henvis.places.GroupView;
import dk.henvis.places.WaitingList;
import dk.henvis.places.WaitingListEntry;
import dk.henvis.programme.ProgrammeService;
import dk.henvis.programme.ProgrammeView;
import dk.henvis.security.Actor;
import dk.henvis.session.AttendanceEntry;
import dk.henvis.session.AttendanceStatus;
import dk.henvis.session.GroupSessionRequest;
import dk.henvis.session.GroupSessionSummary;
import dk.henvis.session.SessionType;
import dk.henvis.session.Sessions;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A group's places and participants, and a programme's waiting list, through the API's services. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class GroupPages {

    static final String SESSION_FORM = "session";
    static final String ATTENDANCE_FIELD = "attendance-";
    static final List<String> FORMS = List.of("status", "capacity", SESSION_FORM);

    @Inject
    CurrentActor current;
    @Inject
    GroupService groups;
    @Inject
    Sessions sessions;
    @Inject
    WaitingList waitingList;
    @Inject
    ProgrammeService programmes;
    @Inject
    ConsoleForms forms;
    @Inject
    ConsoleMessages m;
    @Inject
    Clock clock;

    /** A waiting-list entry with the days it has waited so far. */
    public record Waiting(WaitingListEntry entry, long daysWaited) {
    }

    public record StatusChoice(String value, String label) {
    }

    public record GroupPage(GroupView group, String programmeName, int percent, List<StatusChoice> statuses,
                            Refusal refusal, String failedForm, Map<String, String> values, String statusKey,
                            String capacityKey, boolean coordinator, List<GroupSessionSummary> sessions,
                            List<StatusChoice> sessionTypes, List<StatusChoice> attendanceChoices, String sessionKey,
                            String today) {

        public String value(String form, String field) {
            return form.equals(failedForm) && values.get(field) != null ? values.get(field) : "";
        }

        public String error(String form, String field) {
            return refusal == null || !form.equals(failedForm) ? null : refusal.field(form + "-" + field);
        }

        /** The participants the attendance form was drawn for, so a choice left out is told, not skipped. */
        public String participantIds() {
            return group.participants().stream().map(p -> p.referralId().toString()).collect(Collectors.joining(","));
        }

        public boolean attendanceChosen(UUID referralId, String status) {
            return status.equals(value(SESSION_FORM, ATTENDANCE_FIELD + referralId));
        }

        public String attendanceError(UUID referralId) {
            return error(SESSION_FORM, ATTENDANCE_FIELD + referralId);
        }

        public boolean typeChosen(String type) {
            String entered = value(SESSION_FORM, "type");
            return entered.isEmpty() ? SessionType.REGULAR.name().equals(type) : entered.equals(type);
        }
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance group(Chrome chrome, GroupPage page);

        static native TemplateInstance waitingList(Chrome chrome, ProgrammeView programme, List<Waiting> entries,
                                                   List<GroupView> openGroups, long total, Map<String, String> keys);
    }

    @GET
    @Path("groups/{id}")
    public Response group(@PathParam("id") UUID id) {
        Actor actor = current.get();
        if (!worksWithGroups(actor)) {
            return Response.status(403).entity(ConsolePages.Templates.comingSoon(Chrome.of(actor))).build();
        }
        try {
            return Response.ok(Templates.group(Chrome.of(actor), page(id, actor, null, null, Map.of()))).build();
        } catch (ProblemException e) {
            return error(actor, e);
        }
    }

    @POST
    @Path("groups/{id}/{form}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") UUID id, @PathParam("form") String form,
                           MultivaluedMap<String, String> values) {
        Actor actor = current.get();
        if (!worksWithGroups(actor) || !FORMS.contains(form)) {
            return Response.status(worksWithGroups(actor) ? 404 : 403)
                    .entity(ConsolePages.Templates.comingSoon(Chrome.of(actor))).build();
        }
        ConsoleForms.Result result = forms.submit(actor, form, "/console/groups/" + id + "/" + form, values, () -> {
            FormInput in = new FormInput(values);
            if (form.equals(SESSION_FORM)) {
                recordSession(id, in, actor);
                return URI.create("/console/groups/" + id);
            }
            GroupPatch patch;
            if (form.equals("status")) {
                GroupStatus status = in.choice("status", GroupStatus.class);
                in.check();
                patch = new GroupPatch(null, null, null, null, null, null, status);
            } else {
                Integer capacity = in.number("capacity");
                in.check();
                patch = new GroupPatch(null, capacity, null, null, null, null, null);
            }
            groups.patch(id, forms.valid(patch), actor);
            return URI.create("/console/groups/" + id);
        });
        if (result instanceof ConsoleForms.Result.Done done) {
            return ConsolePages.seeOther(done.location());
        }
        Refusal refusal = ((ConsoleForms.Result.Refused) result).refusal();
        Map<String, String> entered = new HashMap<>();
        values.forEach((k, v) -> entered.put(k, v.isEmpty() ? "" : v.get(0)));
        try {
            return Response.status(refusal.status())
                    .entity(Templates.group(Chrome.of(actor), page(id, actor, refusal, form, entered))).build();
        } catch (ProblemException e) {
            return error(actor, e);
        }
    }

    /**
     * The session and its attendance, one choice per participant the form was drawn for, recorded in one
     * transaction: a refused list keeps no session either.
     */
    private void recordSession(UUID groupId, FormInput in, Actor actor) {
        LocalDate date = in.date("date");
        SessionType type = in.choice("type", SessionType.class);
        Integer duration = in.text("durationMinutes") == null ? null : in.number("durationMinutes");
        List<AttendanceEntry> entries = new ArrayList<>();
        String listed = in.text("participants");
        for (String participant : listed == null ? new String[0] : listed.split(",")) {
            UUID referralId;
            try {
                referralId = UUID.fromString(participant.trim());
            } catch (IllegalArgumentException e) {
                in.require(false, "participants");
                continue;
            }
            AttendanceStatus status = in.choice(ATTENDANCE_FIELD + referralId, AttendanceStatus.class);
            entries.add(new AttendanceEntry(referralId, status));
        }
        in.check();
        sessions.recordGroupWithAttendance(groupId, forms.valid(new GroupSessionRequest(date, type, duration)),
                entries.stream().map(forms::valid).toList(), actor);
    }

    private static boolean worksWithGroups(Actor actor) {
        return actor.has(Role.COORDINATOR) || actor.has(Role.PRACTITIONER);
    }

    @GET
    @Path("programmes/{code}/waiting-list")
    public Response waitingList(@PathParam("code") String code, @QueryParam("page") Integer page) {
        Actor actor = current.get();
        if (!actor.has(Role.COORDINATOR)) {
            return Response.status(403).entity(ConsolePages.Templates.comingSoon(Chrome.of(actor))).build();
        }
        try {
            ProgrammeView programme = ProgrammeView.of(programmes.require(code));
            PageResponse<WaitingListEntry> list = waitingList.of(code,
                    PageRequest.of(page == null ? null : page.toString(), String.valueOf(PageRequest.MAX_SIZE)), actor);
            LocalDate today = Dates.today(clock);
            List<Waiting> entries = list.items().stream().map(e -> new Waiting(e,
                    ChronoUnit.DAYS.between(Dates.dateOf(e.waitlistedAt()), today))).toList();
            List<GroupView> open = groups.list(code).stream().map(g -> GroupView.of(g, null))
                    .filter(g -> g.status() == GroupStatus.OPEN && g.freePlaces() > 0).toList();
            Map<String, String> keys = new HashMap<>();
            entries.forEach(w -> keys.put(w.entry().referralId().toString(), UUID.randomUUID().toString()));
            return Response.ok(Templates.waitingList(Chrome.of(actor), programme, entries, open, list.totalItems(), keys))
                    .build();
        } catch (ProblemException e) {
            return error(actor, e);
        }
    }

    private GroupPage page(UUID id, Actor actor, Refusal refusal, String failedForm, Map<String, String> values) {
        GroupView group = groups.read(id, actor);
        String programmeName = ProgrammeView.of(programmes.require(group.programmeCode())).name();
        int percent = group.capacity() == 0 ? 0 : Math.min(100, group.occupiedPlaces() * 100 / group.capacity());
        List<StatusChoice> statuses = Arrays.stream(GroupStatus.values()).filter(s -> s != group.status())
                .map(s -> new StatusChoice(s.name(), m.groupStatus(s))).toList();
        return new GroupPage(group, programmeName, percent, statuses, refusal, failedForm, values,
                keyFor("status", failedForm, values), keyFor("capacity", failedForm, values),
                actor.has(Role.COORDINATOR), sessions.ofGroup(id, actor),
                Arrays.stream(SessionType.values()).map(t -> new StatusChoice(t.name(), m.sessionType(t))).toList(),
                Arrays.stream(AttendanceStatus.values()).map(a -> new StatusChoice(a.name(), m.attendance(a))).toList(),
                keyFor(SESSION_FORM, failedForm, values), ConsoleFormat.da(Dates.today(clock)));
    }

    private static String keyFor(String form, String failedForm, Map<String, String> values) {
        String kept = form.equals(failedForm) ? values.get(ConsoleForms.KEY_FIELD) : null;
        return kept != null ? kept : UUID.randomUUID().toString();
    }

    private Response error(Actor actor, ProblemException e) {
        return Response.status(e.type().status())
                .entity(ConsolePages.Templates.error(Chrome.of(actor), m.problem(e.type()))).build();
    }
}
