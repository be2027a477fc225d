package dk.henvis.console;

import dk.henvis.common.FieldError;
import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import dk.henvis.programme.ScoreScale;
import dk.henvis.referral.SessionLimit;
import dk.henvis.session.ParticipantPolicy;
import dk.henvis.session.ReunionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where the services' refusals become Danish text on a form: a {@link ProblemException} (the
 * same ones the API answers as problem details) or a failed bean validation of the request record.
 */
@ApplicationScoped
public class ConsoleProblems {

    @Inject
    ConsoleMessages m;

    /**
     * The field of a form a refusal without field errors is about (a policy's refusal, keyed by its rule name,
     * or a problem, keyed by its type's slug), with the message shown at that field.
     */
    public record RuleField(String field, String message) {
    }

    /** The refusal for a failure the user can act on, or empty for anything else (which must not be hidden). */
    public Optional<Refusal> of(RuntimeException failure, String form) {
        return of(failure, form, Map.of());
    }

    /** As {@link #of(RuntimeException, String)}, with the fields the form's policy refusals point to. */
    public Optional<Refusal> of(RuntimeException failure, String form, Map<String, RuleField> ruleFields) {
        if (failure instanceof ProblemException problem) {
            Refusal refusal = refusal(problem.type(), form, problem.errors());
            return Optional.of(problem.errors().isEmpty() ? atField(refusal, form, ruleFields.get(problem.type().slug()))
                    : refusal);
        }
        if (failure instanceof dk.henvis.common.Refusal.Refused refused) {
            if (ruleFields.containsKey(refused.refusal().rule())) {
                Refusal refusal = refusal(refused.refusal().type(), form, List.of());
                return Optional.of(atField(refusal, form, ruleFields.get(refused.refusal().rule())));
            }
            return Optional.of(rule(refused.refusal(), form));
        }
        if (failure instanceof ConstraintViolationException invalid) {
            List<FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
                errors.add(new FieldError(v.getPropertyPath().toString(), v.getInvalidValue() == null ? "null" : "invalid"));
            }
            return Optional.of(refusal(ProblemType.VALIDATION_FAILED, form, errors));
        }
        return Optional.empty();
    }

    public Refusal refusal(ProblemType type, String form, List<FieldError> errors) {
        List<FormError> fields = errors.stream()
                .map(e -> new FormError(id(form, e.field()), fieldMessage(e)))
                .distinct().toList();
        return new Refusal(type.status(), m.problem(type), fields, type == ProblemType.PRECONDITION_FAILED);
    }

    /** The input's id of a request field: "subject.birthDate" on form "referral" is "referral-subject.birthDate". */
    static String id(String form, String field) {
        return form + "-" + field;
    }

    private static Refusal atField(Refusal refusal, String form, RuleField field) {
        if (field == null) {
            return refusal;
        }
        return new Refusal(refusal.status(), refusal.summary(),
                List.of(new FormError(id(form, field.field()), field.message())), refusal.stale());
    }

    /** A named rule's refusal: its own Danish summary, and the message at the field that can put it right. */
    private Refusal rule(dk.henvis.common.Refusal refused, String form) {
        Refusal plain = refusal(refused.type(), form, List.of());
        return switch (refused.rule()) {
            case ScoreScale.RULE -> at(plain, m.ruleScoreScale(), form, "score", m.fieldScore());
            case SessionLimit.RULE -> at(plain, plain.summary(), form, "type", m.fieldSessionLimit());
            case SessionLimit.EXTENSION_RULE -> at(plain, m.ruleExtension(), form, "additionalSessions",
                    m.fieldExtension());
            case ReunionPolicy.RULE -> at(plain, m.ruleReunion(), form, "type", m.fieldReunion());
            case ParticipantPolicy.RULE -> new Refusal(plain.status(), m.ruleParticipants(), List.of(), false);
            default -> plain;
        };
    }

    private static Refusal at(Refusal plain, String summary, String form, String field, String message) {
        return new Refusal(plain.status(), summary, List.of(new FormError(form + "-" + field, message)), plain.stale());
    }

    private String fieldMessage(FieldError error) {
        if (error.field().startsWith("attendance-")) {
            return m.fieldAttendance();
        }
        if (error.message() != null && error.message().contains("future")) {
            return m.fieldNotInFuture();
        }
        switch (error.field()) {
            case "subject.name" -> {
                return m.fieldName();
            }
            case "subject.cpr" -> {
                return m.fieldCpr();
            }
            case "contact.phone" -> {
                return m.fieldPhone();
            }
            case "contact.email", "referrer.email" -> {
                return m.fieldEmail();
            }
            case "subject.expectedDueDate", "subject.infantBirthDate", "subject.birthDate", "consent.date" -> {
                return m.fieldDate();
            }
            default -> {
                // The other fields are named by their last part, as the decision forms' flat requests name them.
            }
        }
        return switch (leaf(error.field())) {
            case "at" -> m.fieldFirstContactAt();
            case "capacity" -> m.fieldCapacity();
            case "date", "birthDate", "measuredAt" -> m.fieldDate();
            case "score" -> m.fieldScore();
            case "durationMinutes" -> m.fieldDuration();
            case "additionalSessions" -> m.fieldAdditionalSessions();
            case "justification" -> m.fieldJustification();
            case "from", "to" -> m.fieldPeriod();
            case "reason", "channel", "outcome", "groupId", "status" -> m.fieldChoose();
            default -> "null".equals(error.message()) ? m.fieldChoose() : m.fieldInvalid();
        };
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
