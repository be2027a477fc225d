package dk.henvis.console;

import dk.henvis.common.FieldError;
import dk.henvis.common.ProblemException;
import dk.henvis.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where the services' refusals become Danish text on a form: a {@link ProblemException} (the
 * same ones the API answers as problem details) or a failed bean validation of the request record.
 */
@ApplicationScoped
public class ConsoleProblems {

    @Inject
    ConsoleMessages m;

    /** The refusal for a failure the user can act on, or empty for anything else (which must not be hidden). */
    public Optional<Refusal> of(RuntimeException failure, String form) {
        if (failure instanceof ProblemException problem) {
            return Optional.of(refusal(problem.type(), form, problem.errors()));
        }
        if (failure instanceof dk.henvis.common.Refusal.Refused refused) {
            return Optional.of(refusal(refused.refusal().type(), form, List.of()));
        }
        if (failure instanceof ConstraintViolationException invalid) {
            List<FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
                errors.add(new FieldError(leaf(v.getPropertyPath().toString()), v.getInvalidValue() == null ? "null" : "invalid"));
            }
            return Optional.of(refusal(ProblemType.VALIDATION_FAILED, form, errors));
        }
        return Optional.empty();
    }

    public Refusal refusal(ProblemType type, String form, List<FieldError> errors) {
        List<FormError> fields = errors.stream()
                .map(e -> new FormError(form + "-" + e.field(), fieldMessage(e)))
                .distinct().toList();
        return new Refusal(type.status(), m.problem(type), fields, type == ProblemType.PRECONDITION_FAILED);
    }

    private String fieldMessage(FieldError error) {
        return switch (error.field()) {
            case "at" -> m.fieldFirstContactAt();
            case "capacity" -> m.fieldCapacity();
            case "date", "birthDate" -> m.fieldDate();
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
