package dk.henvis.console;

import dk.henvis.common.PageRequest;
import dk.henvis.common.PageResponse;
import dk.henvis.common.ProblemException;
import dk.henvis.programme.ProgrammeService;
import dk.henvis.programme.ProgrammeView;
import dk.henvis.referral.ReferralFilter;
import dk.henvis.referral.ReferralReader;
import dk.henvis.referral.ReferralView;
import dk.henvis.referral.StatusChange;
import dk.henvis.referral.StatusChangeView;
import dk.henvis.security.AccessTable;
import dk.henvis.security.Actor;
import dk.henvis.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a referrer sees of its own referrals: the list of its organisation's referrals, one referral read-only,
 * and the receipt after sending one. Reads go through {@link ReferralReader}, which scopes them to the
 * organisation and writes the audit rows the API's reads write.
 */
@Path("/console/referrals/{id}/kvittering")
@Produces(MediaType.TEXT_HTML)
public class ReferrerPages {

    @Inject
    CurrentActor current;
    @Inject
    ReferralReader reader;
    @Inject
    ProgrammeService programmes;
    @Inject
    ConsoleMessages m;

    /** A row of the referrer's list. */
    public record Row(ReferralView referral, String programmeName, Instant lastChangedAt) {
    }

    /** One referral as its referrer sees it: no decisions, and what happens next. */
    public record View(ReferralView referral, String programmeName, String next, List<StatusChangeView> history) {
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance ownReferrals(Chrome chrome, List<Row> rows, long total, int page, int pages);

        static native TemplateInstance ownReferral(Chrome chrome, View view);

        static native TemplateInstance receipt(Chrome chrome, View view);
    }

    /** The receipt after a referral is sent: its reference and what happens next. */
    @GET
    public Response receipt(@PathParam("id") UUID id) {
        Actor actor = current.get();
        if (!AccessTable.allows("GET", "/api/v1/referrals/{id}", actor.roles())) {
            return Response.status(403).entity(ConsolePages.Templates.comingSoon(Chrome.of(actor))).build();
        }
        try {
            return Response.ok(Templates.receipt(Chrome.of(actor), view(id, actor))).build();
        } catch (ProblemException e) {
            return problem(actor, e);
        }
    }

    /** The referrer's start page: its organisation's referrals, the newest first. */
    Response list(Actor actor, Integer page) {
        Map<String, String> names = names();
        try {
            PageRequest request = PageRequest.of(page == null ? null : page.toString(),
                    String.valueOf(PageRequest.DEFAULT_SIZE));
            PageResponse<ReferralReader.Latest> latest = reader.latest(ReferralFilter.of(null, null, null), request,
                    actor);
            List<Row> rows = latest.items().stream().map(l -> new Row(l.referral(),
                    names.getOrDefault(l.referral().programmeCode(), l.referral().programmeCode()), l.lastChangedAt()))
                    .toList();
            int pages = (int) Math.max(1, (latest.totalItems() + latest.size() - 1) / latest.size());
            return Response.ok(Templates.ownReferrals(Chrome.of(actor), rows, latest.totalItems(), latest.page(), pages))
                    .build();
        } catch (ProblemException e) {
            return problem(actor, e);
        }
    }

    /** A referral of the referrer's organisation, read-only; another organisation's is "not found", as in the API. */
    Response show(UUID id, Actor actor) {
        try {
            return Response.ok(Templates.ownReferral(Chrome.of(actor), view(id, actor))).build();
        } catch (ProblemException e) {
            return problem(actor, e);
        }
    }

    private View view(UUID id, Actor actor) {
        ReferralView r = reader.view(reader.read(id, actor));
        ProgrammeView programme = ProgrammeView.of(programmes.require(r.programmeCode()));
        String next = next(m, programme);
        // Read with the referral above (one audit row for the page), so not through the audited history endpoint.
        List<StatusChangeView> history = StatusChange.of(r.id()).stream().map(StatusChangeView::of).toList();
        return new View(r, programme.name(), next, history);
    }

    /** What happens after a referral to the programme, from its row of the catalogue. */
    static String next(ConsoleMessages m, ProgrammeView p) {
        return p.requiresVisitation() ? m.nextWithVisitation(p.firstContactWithinDays())
                : m.nextWithoutVisitation(p.firstContactWithinDays());
    }

    private Map<String, String> names() {
        return programmes.list().stream().collect(java.util.stream.Collectors.toMap(ProgrammeView::code,
                ProgrammeView::name));
    }

    private Response problem(Actor actor, ProblemException e) {
        return Response.status(e.type().status())
                .entity(ConsolePages.Templates.error(Chrome.of(actor), m.problem(e.type()))).build();
    }
}
