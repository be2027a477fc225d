package dk.henvis.console;

import dk.henvis.common.Dates;
import dk.henvis.common.PageRequest;
import dk.henvis.common.PageResponse;
import dk.henvis.common.ProblemException;
import dk.henvis.places.GroupService;
import dk.henvis.places.GroupStatus;
import dk.henvis.places.GroupView;
import dk.henvis.programme.ProgrammeService;
import dk.henvis.programme.ProgrammeView;
import dk.henvis.referral.ReferralFilter;
import dk.henvis.referral.ReferralReader;
import dk.henvis.referral.ReferralSearch;
import dk.henvis.referral.ReferralStatus;
import dk.henvis.referral.ReferralView;
import dk.henvis.security.Actor;
import dk.henvis.security.CurrentActor;
import dk.henvis.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/** The console's start page, the referral list, the search, sign-in and sign-out. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    static final int WORKLIST_ROWS = 50;
    static final String CREDENTIAL_COOKIE = "quarkus-credential";
    /** Quarkus OIDC's session cookie, and its chunks when the tokens do not fit one cookie. */
    static final String OIDC_SESSION_COOKIE = "q_session";

    @Inject
    CurrentActor current;
    @Inject
    ReferralSearch search;
    @Inject
    ReferralReader reader;
    @Inject
    ProgrammeService programmes;
    @Inject
    GroupService groups;
    @Inject
    ConsoleProblems problems;
    @Inject
    ReportPages reportPages;
    @Inject
    ConsoleMessages m;
    @Inject
    Clock clock;
    @Inject
    Config config;
    @Inject
    ReferrerPages referrerPages;

    /** A row of the worklist: the referral and whether its first contact is overdue. */
    public record Row(ReferralView referral, String programmeName, boolean overdue) {
    }

    /** Per programme: waiting-list length and free places in its open groups. */
    public record ProgrammeLine(String code, String name, long waiting, int freePlaces) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** A group on the practitioner's start page, with its programme's name. */
    public record GroupLine(GroupView group, String programmeName) {
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance worklist(Chrome chrome, List<Row> fresh, List<Row> accepted,
                                                List<ProgrammeLine> programmes, List<Option> filter, Refusal refusal,
                                                Map<String, String> values);

        static native TemplateInstance searchResults(Chrome chrome, List<Row> results);

        static native TemplateInstance referrals(Chrome chrome, List<Row> rows, List<Option> programmes,
                                                 List<Option> statuses, long total, int page, int pages,
                                                 String programme, String status, Refusal refusal);

        static native TemplateInstance comingSoon(Chrome chrome);

        static native TemplateInstance practitioner(Chrome chrome, List<GroupLine> groups);

        static native TemplateInstance login(Chrome chrome, List<String> users, boolean failed, boolean provider,
                                             boolean signedOut);

        static native TemplateInstance error(Chrome chrome, String message);
    }

    @GET
    public Response worklist(@QueryParam("programme") String programme, @QueryParam("page") Integer page) {
        Actor actor = current.get();
        if (!actor.has(Role.COORDINATOR) && actor.has(Role.PRACTITIONER)) {
            Map<String, String> names = programmeNames();
            List<GroupLine> lines = groups.workedIn(actor).stream()
                    .map(g -> new GroupLine(g, names.getOrDefault(g.programmeCode(), g.programmeCode()))).toList();
            return Response.ok(Templates.practitioner(Chrome.of(actor), lines)).build();
        }
        if (!actor.has(Role.COORDINATOR) && actor.has(Role.ANALYST)) {
            return reportPages.comparisonPage(actor, null, null);
        }
        if (!actor.has(Role.COORDINATOR)) {
            if (actor.has(Role.REFERRER)) {
                return referrerPages.list(actor, page);
            }
            return Response.ok(Templates.comingSoon(Chrome.of(actor))).build();
        }
        return Response.ok(worklistPage(actor, blankToNull(programme), null, Map.of())).build();
    }

    private TemplateInstance worklistPage(Actor actor, String programme, Refusal refusal, Map<String, String> values) {
        Map<String, String> names = programmeNames();
        ReferralSearch.Worklist worklist = search.worklist(names.containsKey(programme) ? programme : null, actor,
                WORKLIST_ROWS);
        List<Option> options = names.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(programme))).toList();
        List<ProgrammeLine> lines = programmes.list().stream().map(p -> new ProgrammeLine(p.code(), p.name(),
                search.waitlisted(p.code()), freePlaces(p.code()))).toList();
        return Templates.worklist(Chrome.of(actor), rows(worklist.awaitingFirstContact(), names),
                rows(worklist.awaitingPlace(), names), lines, options, refusal, values);
    }

    /** Finds a referral by reference, or by name and birth date; posted, so no personal data lands in a URL. */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(MultivaluedMap<String, String> form) {
        Actor actor = current.get();
        if (!actor.has(Role.COORDINATOR)) {
            return Response.status(403).entity(Templates.comingSoon(Chrome.of(actor))).build();
        }
        FormInput input = new FormInput(form);
        String reference = input.text("reference");
        try {
            List<ReferralView> found;
            if (reference != null) {
                found = search.byReference(reference, actor).map(List::of).orElse(List.of());
            } else {
                String name = input.text("name");
                input.require(name != null, "name");
                LocalDate date = input.date("birthDate");
                input.check();
                found = search.byNameAndDate(name, date, actor);
            }
            if (found.size() == 1) {
                return seeOther(URI.create("/console/referrals/" + found.get(0).id()));
            }
            return Response.ok(Templates.searchResults(Chrome.of(actor), rows(found, programmeNames()))).build();
        } catch (ProblemException e) {
            Refusal refusal = problems.of(e, "search").orElseThrow();
            Map<String, String> values = Map.of("reference", Optional.ofNullable(form.getFirst("reference")).orElse(""),
                    "name", Optional.ofNullable(form.getFirst("name")).orElse(""),
                    "birthDate", Optional.ofNullable(form.getFirst("birthDate")).orElse(""));
            return Response.status(refusal.status()).entity(worklistPage(actor, null, refusal, values)).build();
        }
    }

    @GET
    @Path("referrals")
    public Response referrals(@QueryParam("programme") String programme, @QueryParam("status") String status,
                              @QueryParam("page") Integer page) {
        Actor actor = current.get();
        if (!actor.has(Role.COORDINATOR)) {
            return Response.status(403).entity(Templates.comingSoon(Chrome.of(actor))).build();
        }
        String programmeFilter = blankToNull(programme);
        String statusFilter = blankToNull(status);
        Map<String, String> names = programmeNames();
        List<Option> programmeOptions = names.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(programmeFilter))).toList();
        List<Option> statusOptions = Arrays.stream(ReferralStatus.values())
                .map(s -> new Option(s.name(), m.status(s), s.name().equals(statusFilter))).toList();
        try {
            PageRequest request = PageRequest.of(page == null ? null : page.toString(), String.valueOf(PageRequest.DEFAULT_SIZE));
            PageResponse<ReferralView> list = reader.list(ReferralFilter.of(programmeFilter, statusFilter, null),
                    request, actor);
            int pages = (int) Math.max(1, (list.totalItems() + list.size() - 1) / list.size());
            return Response.ok(Templates.referrals(Chrome.of(actor), rows(list.items(), names), programmeOptions,
                    statusOptions, list.totalItems(), list.page(), pages, programmeFilter, statusFilter, null)).build();
        } catch (ProblemException e) {
            Refusal refusal = problems.of(e, "filter").orElseThrow();
            return Response.status(refusal.status()).entity(Templates.referrals(Chrome.of(actor), List.of(),
                    programmeOptions, statusOptions, 0, 0, 1, programmeFilter, statusFilter, refusal)).build();
        }
    }

    /**
     * The sign-in page. In the demo profile it is the form with the demo users; with OIDC (prod) the provider
     * signs people in, and this page only links to it: a page of its own rather than a redirect, so that the
     * sign-out form's redirect chain never leaves this site (the CSP's form-action).
     */
    @GET
    @Path("login")
    public Response login(@QueryParam("fejl") String failed, @QueryParam("ud") String signedOut) {
        boolean form = config.getOptionalValue("quarkus.http.auth.form.enabled", Boolean.class).orElse(false);
        TreeSet<String> users = new TreeSet<>();
        String prefix = "quarkus.security.users.embedded.users.";
        for (String name : form ? config.getPropertyNames() : List.<String>of()) {
            if (name.startsWith(prefix)) {
                users.add(name.substring(prefix.length()));
            }
        }
        return Response.ok(Templates.login(Chrome.anonymous(), List.copyOf(users), failed != null, !form,
                signedOut != null)).build();
    }

    /**
     * Ends the session on this service: the form sign-in's cookie and the OIDC session cookies are cleared (the
     * form carries the CSRF token like every other form). The provider's own session is the provider's.
     */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(RoutingContext context) {
        java.util.Set<String> names = new java.util.TreeSet<>(context.request().cookieMap().keySet());
        names.add(CREDENTIAL_COOKIE);
        for (String name : names) {
            if (name.equals(CREDENTIAL_COOKIE) || name.startsWith(OIDC_SESSION_COOKIE)) {
                context.response().addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                        .setSameSite(io.vertx.core.http.CookieSameSite.STRICT));
            }
        }
        return seeOther(URI.create("/console/login?ud=1"));
    }

    List<Row> rows(List<ReferralView> referrals, Map<String, String> names) {
        Instant now = Dates.now(clock);
        return referrals.stream().map(r -> new Row(r, names.getOrDefault(r.programmeCode(), r.programmeCode()),
                overdue(r, now))).toList();
    }

    static boolean overdue(ReferralView r, Instant now) {
        return r.firstContactAt() == null && r.firstContactDueAt() != null && r.firstContactDueAt().isBefore(now)
                && !r.status().isTerminal();
    }

    Map<String, String> programmeNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (ProgrammeView p : programmes.list()) {
            names.put(p.code(), p.name());
        }
        return names;
    }

    int freePlaces(String programmeCode) {
        return groups.list(programmeCode).stream().map(g -> GroupView.of(g, null))
                .filter(g -> g.status() == GroupStatus.OPEN).mapToInt(GroupView::freePlaces).sum();
    }

    static Response seeOther(URI location) {
        return Response.seeOther(location).build();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
