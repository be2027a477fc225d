package dk.henvis.support;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link ContractFilter} for every test of the suite (registered through META-INF/services and
 * junit-platform.properties), so that every REST Assured call to /api/ is checked against openapi/openapi.yaml.
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

    private static boolean marked(Optional<? extends AnnotatedElement> element) {
        return element.map(e -> e.isAnnotationPresent(InvalidRequestsOnPurpose.class)).orElse(false);
    }
}
