package dk.henvis.common;

/** Paging query parameters, checked and capped so that no client can ask for an unbounded page. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** As in the contract; it also keeps page × size inside an int for the database's offset. */
    public static final int MAX_PAGE = 1_000_000;

    /**
     * The query parameters as the client sent them: taken as text, since a JAX-RS Integer parameter that does not
     * convert ("abc", "1.5", "2147483648") would be a 404 rather than a 400 naming the parameter.
     */
    public static PageRequest of(String page, String size) {
        int p = page == null || page.isEmpty() ? 0 : whole("page", page);
        int s = size == null || size.isEmpty() ? DEFAULT_SIZE : whole("size", size);
        if (p < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (p > MAX_PAGE) {
            throw ProblemException.invalid("page", "must be at most " + MAX_PAGE);
        }
        if (s < 1) {
            throw ProblemException.invalid("size", "must be 1 or more");
        }
        return new PageRequest(p, Math.min(s, MAX_SIZE));
    }

    private static int whole(String parameter, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(parameter, "must be a whole number");
        }
    }

    public int offset() {
        return page * size;
    }
}
