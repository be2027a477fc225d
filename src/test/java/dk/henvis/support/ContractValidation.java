package dk.henvis.support;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link ContractFilter} for every test of the suite (listed in META-INF/services; the surefire
 * configuration switches on extension autodetection), so that every REST Assured call to /api/ is checked
 * against openapi/openapi.yaml.
 * A {@code @QuarkusTest} runs in its own class loader with its own copy of REST Assured: the filter is
 * therefore installed through the test class's loader, not this extension's.
 */
public class ContractValidation implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws ReflectiveOperationException {
        boolean onPurpose = marked(context.getTestMethod()) || marked(context.getTestClass());
        filterOf(context).getMethod("install", boolean.class).invoke(null, onPurpose);
    }

    @Override
    public void afterEach(ExtensionContext context) throws ReflectiveOperationException {
        filterOf(context).getMethod("install", boolean.class).invoke(null, false);
    }

    private static Class<?> filterOf(ExtensionContext context) throws ClassNotFoundException {
        return Class.forName(ContractFilter.class.getName(), true, context.getRequiredTestClass().getClassLoader());
    }

    /** By name: the test's annotation comes from the test class's loader, not from this extension's. */
    private static boolean marked(Optional<? extends AnnotatedElement> element) {
        return element.map(e -> Arrays.stream(e.getAnnotations())
                        .anyMatch(a -> a.annotationType().getName().equals(InvalidRequestsOnPurpose.class.getName())))
                .orElse(false);
    }
}
