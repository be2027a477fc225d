package dk.henvis.programme;

import dk.henvis.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class ProgrammeService {

    @Inject
    ProgrammeCatalogue catalogue;
    @Inject
    Event<ProgrammeCatalogue.Changed> changed;

    public List<ProgrammeView> list() {
        return catalogue.list();
    }

    public Programme require(String code) {
        return catalogue.find(code).orElseThrow(() -> ProblemException.notFound("Programme " + code));
    }

    /** Creates or updates; answers whether it was created. */
    @Transactional
    public Saved save(String code, ProgrammeRequest request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw ProblemException.invalid("code", "must be the programme's code in the path (" + code
                    + "); a programme's code cannot be changed");
        }
        Programme programme = Programme.findByCode(code);
        boolean created = programme == null;
        if (created) {
            programme = new Programme();
            programme.code = code;
        }
        programme.name = request.name();
        programme.description = request.description();
        programme.format = request.format();
        ProgrammeRequest.Eligibility e = request.eligibility();
        programme.subjectTypes(e.subjectTypes());
        programme.minAgeYears = e.minAgeYears();
        programme.maxAgeYears = e.maxAgeYears();
        programme.dueDateMaxMonthsAhead = e.dueDateMaxMonthsAhead();
        programme.infantMaxAgeMonths = e.infantMaxAgeMonths();
        programme.referrerRoles(e.referrerRoles());
        programme.excludesOpenCase = Boolean.TRUE.equals(e.excludesOpenCase());
        programme.requiresVisitation = request.requiresVisitation();
        programme.sessionLimit = request.sessionLimit();
        programme.extensionSessions = request.extensionSessions();
        programme.maxExtensions = request.maxExtensions() == null ? 0 : request.maxExtensions();
        programme.firstContactWithinDays = request.firstContactWithinDays();
        ProgrammeRequest.Scale scale = request.scale() == null
                ? new ProgrammeRequest.Scale(1, 10, "Trivselslineal 1-10") : request.scale();
        programme.scaleMin = scale.min();
        programme.scaleMax = scale.max();
        programme.scaleLabel = scale.label();
        programme.groupSizeMin = request.groupSize() == null ? null : request.groupSize().min();
        programme.groupSizeMax = request.groupSize() == null ? null : request.groupSize().max();
        programme.annualBudgetDkk = request.annualBudgetDkk();
        programme.targetParticipantsPerYear = request.targetParticipantsPerYear();
        programme.autoPromote = request.autoPromote() == null || request.autoPromote();
        if (created) {
            programme.persist();
        }
        changed.fire(new ProgrammeCatalogue.Changed(code));
        return new Saved(ProgrammeView.of(programme), created);
    }

    public record Saved(ProgrammeView programme, boolean created) {
    }
}
