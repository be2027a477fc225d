package dk.henvis.common;

import java.util.function.Predicate;

/** Questions about a failure's chain of causes. */
public final class Causes {

    private Causes() {
    }

    /** Whether the failure itself or any of its causes passes the test. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
