package dk.henvis.common;

/** Paging query parameters, checked and capped so that no client can ask for an unbounded page. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** As in the contract; it also keeps page × size inside an int for the database's offset. */
    public static final int MAX_PAGE = 1_000_000;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
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

    public int offset() {
        return page * size;
    }
}
