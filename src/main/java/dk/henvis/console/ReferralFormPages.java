package dk.henvis.console;

import dk.henvis.common.ProblemType;
import dk.henvis.programme.ProgrammeService;
import dk.henvis.programme.ProgrammeView;
import dk.henvis.programme.ReferrerRole;
import dk.henvis.programme.ScoreScale;
import dk.henvis.programme.SubjectType;
import dk.henvis.programme.eligibility.ChildAgePolicy;
import dk.henvis.programme.eligibility.ConsentPolicy;
import dk.henvis.programme.eligibility.DueDatePolicy;
import dk.henvis.programme.eligibility.InfantAgePolicy;
import dk.henvis.programme.eligibility.OpenCasePolicy;
import dk.henvis.referral.ContactRelation;
import dk.henvis.referral.Priority;
import dk.henvis.referral.ReasonCategory;
import dk.henvis.referral.Referral;
import dk.henvis.referral.ReferralIntake;
import dk.henvis.referral.ReferralRequest;
import dk.henvis.security.AccessTable;
import dk.henvis.security.Actor;
import dk.henvis.security.CurrentActor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The referral form: first the programme, chosen from the catalogue, then the fields its subject type needs.
 * The form is built into the API's {@link ReferralRequest} and sent to {@link ReferralIntake#receive}, so the
 * console refers exactly as the API does; a refusal comes back at the field it is about.
 */
@Path("/console/referrals/new")
@Produces(MediaType.TEXT_HTML)
public class ReferralFormPages {

    static final String FORM = "referral";
    static final String PATH = "/console/referrals/new";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+(?=\\p{Lu})");

    @Inject
    CurrentActor current;
    @Inject
    ProgrammeService programmes;
    @Inject
    ReferralIntake intake;
    @Inject
    ConsoleForms forms;
    @Inject
    ConsoleMessages m;

    /** A programme on the first step: who it is for, who may refer, what happens next, and whether you may. */
    public record Offer(ProgrammeView programme, String forWhom, String referrers, String next, boolean open) {
    }

    /** The second step: the chosen programme's fields, and a refused form's values and messages. */
    public record FormPage(ProgrammeView programme, boolean onBehalf, boolean family, String next, Refusal refusal,
                           Map<String, String> values, String idempotencyKey, List<ReferralPages.Choice> relations,
                           List<ReferralPages.Choice> categories, List<ReferralPages.Choice> roles,
                           List<ReferralPages.Choice> scores) {

        public String failedForm() {
            return refusal == null ? null : FORM;
        }

        public String value(String form, String field) {
            String value = values.get(field);
            return value == null ? "" : value;
        }

        public String value(String field) {
            return value(FORM, field);
        }

        public boolean chosen(String form, String field, String option) {
            return option.equals(value(form, field));
        }

        public boolean checked(String field) {
            return "true".equals(values.get(field));
        }

        public String error(String form, String field) {
            return refusal == null ? null : refusal.field(form + "-" + field);
        }

        public String error(String field) {
            return error(FORM, field);
        }

        public String key(String form) {
            return idempotencyKey;
        }

        public boolean takes(String type) {
            return programme.eligibility().subjectTypes().contains(SubjectType.valueOf(type));
        }

        /** The one subject type of the programme, or null when it takes several and the form asks. */
        public String onlyType() {
            var types = programme.eligibility().subjectTypes();
            return types.size() == 1 ? types.iterator().next().name() : null;
        }

        public String scaleHint() {
            ProgrammeView.Scale scale = programme.scale();
            return scale.label() + ": fra " + scale.min() + " til " + scale.max();
        }
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance programmeChoice(Chrome chrome, List<Offer> offers);

        static native TemplateInstance referralForm(Chrome chrome, FormPage page);
    }

    @GET
    public Response form(@QueryParam("programme") String code) {
        Actor actor = current.get();
        if (!mayRefer(actor)) {
            return Response.status(403).entity(ConsolePages.Templates.comingSoon(Chrome.of(actor))).build();
        }
        if (code == null || code.isBlank()) {
            List<Offer> offers = programmes.list().stream().map(p -> offer(p, actor)).toList();
            return Response.ok(Templates.programmeChoice(Chrome.of(actor), offers)).build();
        }
        return programme(code).map(p -> Response.ok(Templates.referralForm(Chrome.of(actor),
                        page(p, actor, null, Map.of("priority", Priority.NORMAL.name()), UUID.randomUUID().toString())))
                .build()).orElseGet(() -> notFound(actor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> form) {
        Actor actor = current.get();
        if (!mayRefer(actor)) {
            return Response.status(403).entity(ConsolePages.Templates.comingSoon(Chrome.of(actor))).build();
        }
        Optional<ProgrammeView> programme = programme(form.getFirst("programmeCode"));
        if (programme.isEmpty()) {
            return notFound(actor);
        }
        ConsoleForms.Result result = forms.submit(actor, FORM, PATH, form, ruleFields(), () -> {
            Referral referral = intake.receive(forms.valid(request(new FormInput(form), actor)), actor);
            return URI.create("/console/referrals/" + referral.id + "/kvittering");
        });
        if (result instanceof ConsoleForms.Result.Done done) {
            return ConsolePages.seeOther(done.location());
        }
        Refusal refusal = ((ConsoleForms.Result.Refused) result).refusal();
        Map<String, String> entered = new HashMap<>();
        form.forEach((k, v) -> entered.put(k, v.isEmpty() ? "" : v.get(0)));
        String key = Optional.ofNullable(form.getFirst(ConsoleForms.KEY_FIELD)).orElse(UUID.randomUUID().toString());
        return Response.status(refusal.status())
                .entity(Templates.referralForm(Chrome.of(actor), page(programme.get(), actor, refusal, entered, key)))
                .build();
    }

    /** The API's own rule: who may create a referral there may create one here. */
    static boolean mayRefer(Actor actor) {
        return AccessTable.allows("POST", "/api/v1/referrals", actor.roles());
    }

    private ReferralRequest request(FormInput in, Actor actor) {
        SubjectType type = in.choice("subject.type", SubjectType.class);
        var birthDate = in.optionalDate("subject.birthDate");
        var dueDate = in.optionalDate("subject.expectedDueDate");
        var infantBirthDate = in.optionalDate("subject.infantBirthDate");
        Integer score = in.optionalNumber("wellbeingScore");
        Priority priority = in.optionalChoice("priority", Priority.class);
        ContactRelation relation = in.optionalChoice("contact.relation", ContactRelation.class);
        ReasonCategory category = in.choice("reason.category", ReasonCategory.class);
        var consentDate = in.optionalDate("consent.date");
        ReferrerRole role = actor.isReferrerOnly() ? null : in.optionalChoice("referrer.role", ReferrerRole.class);
        in.check();
        ReferralRequest.Referrer referrer = new ReferralRequest.Referrer(role,
                actor.isReferrerOnly() ? null : in.text("referrer.organisation"), in.text("referrer.name"),
                in.text("referrer.email"));
        // Only a ticked box says yes; an empty box leaves the question to the case registry, as the API does.
        Boolean openCase = "true".equals(in.text("subject.hasOpenCase")) ? Boolean.TRUE : null;
        ReferralRequest.Subject subject = new ReferralRequest.Subject(type, in.text("subject.name"), birthDate,
                in.text("subject.cpr"), dueDate, infantBirthDate, openCase);
        ReferralRequest.Contact contact = new ReferralRequest.Contact(in.text("contact.name"), relation,
                in.text("contact.phone"), in.text("contact.email"));
        ReferralRequest.Consent consent = new ReferralRequest.Consent("true".equals(in.text("consent.given")),
                in.text("consent.givenBy"), consentDate);
        return new ReferralRequest(in.text("programmeCode"), referrer, subject, contact,
                new ReferralRequest.Reason(category, in.text("reason.description")), score, priority, consent);
    }

    /** Where on the form each refusal of intake points; the rules themselves stay in their policies. */
    private Map<String, ConsoleProblems.RuleField> ruleFields() {
        return Map.of(
                ConsentPolicy.RULE, new ConsoleProblems.RuleField("consent.given", m.ruleConsent()),
                ChildAgePolicy.RULE, new ConsoleProblems.RuleField("subject.birthDate", m.ruleChildAge()),
                DueDatePolicy.RULE, new ConsoleProblems.RuleField("subject.expectedDueDate", m.ruleDueDate()),
                InfantAgePolicy.RULE, new ConsoleProblems.RuleField("subject.infantBirthDate", m.ruleInfantAge()),
                OpenCasePolicy.RULE, new ConsoleProblems.RuleField("subject.hasOpenCase", m.ruleOpenCase()),
                ScoreScale.RULE, new ConsoleProblems.RuleField("wellbeingScore", m.ruleScore()),
                ProblemType.DUPLICATE_REFERRAL.slug(), new ConsoleProblems.RuleField("subject.name", m.ruleDuplicate()));
    }

    private FormPage page(ProgrammeView programme, Actor actor, Refusal refusal, Map<String, String> values,
                          String key) {
        boolean family = actor.referrerRole().map(ReferrerRole.FAMILY.name()::equals).orElse(false);
        ProgrammeView.Scale scale = programme.scale();
        return new FormPage(programme, !actor.isReferrerOnly(), family, next(programme), refusal, values, key,
                Arrays.stream(ContactRelation.values())
                        .map(r -> new ReferralPages.Choice(r.name(), m.contactRelation(r))).toList(),
                Arrays.stream(ReasonCategory.values())
                        .map(c -> new ReferralPages.Choice(c.name(), m.reasonCategory(c))).toList(),
                programme.eligibility().referrerRoles().stream()
                        .map(r -> new ReferralPages.Choice(r.name(), capitalised(m.referrerRole(r)))).toList(),
                IntStream.rangeClosed(scale.min(), scale.max())
                        .mapToObj(i -> new ReferralPages.Choice(Integer.toString(i), Integer.toString(i))).toList());
    }

    private Offer offer(ProgrammeView p, Actor actor) {
        boolean open = !actor.isReferrerOnly() || actor.referrerRole()
                .map(role -> p.eligibility().referrerRoles().stream().anyMatch(r -> r.name().equals(role)))
                .orElse(false);
        List<String> roles = p.eligibility().referrerRoles().stream().map(m::referrerRole).toList();
        return new Offer(p, firstSentence(p.description()), capitalised(joined(roles)), next(p), open);
    }

    private String next(ProgrammeView p) {
        return ReferrerPages.next(m, p);
    }

    /** "Gruppeforløb for mødre … under 12 måneder. Løbende optag …" → its first sentence. */
    static String firstSentence(String description) {
        if (description == null) {
            return "";
        }
        return SENTENCE_END.split(description.trim(), 2)[0];
    }

    /** "sundhedsplejen, skoler og dagtilbud". */
    static String joined(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " og " + words.get(words.size() - 1);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private Optional<ProgrammeView> programme(String code) {
        return programmes.list().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    private Response notFound(Actor actor) {
        return Response.status(404).entity(ConsolePages.Templates.error(Chrome.of(actor),
                m.problem(ProblemType.NOT_FOUND))).build();
    }
}
