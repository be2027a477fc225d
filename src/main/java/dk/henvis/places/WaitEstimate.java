package dk.henvis.places;

/**
 * The expected wait of a place on a programme's waiting list, in days.
 *
 * <p>In steady state each of the programme's {@code places} (the capacity of its groups that take
 * participants) is held for about one course, {@code courseDays}, so a place frees every
 * {@code courseDays / places} days. The first {@code freePlaces} on the list could be placed today;
 * whoever stands at position k after them waits for k − freePlaces such frees:
 * <pre>estimatedWaitDays = 0                                            when k ≤ freePlaces
 *                   = ceil((k − freePlaces) × courseDays / places)  otherwise</pre>
 * Without any group that takes participants there is no estimate (null).
 */
public record WaitEstimate(double courseDays, int places, int freePlaces) {

    public Integer daysFor(long position) {
        if (places <= 0) {
            return null;
        }
        if (position <= freePlaces) {
            return 0;
        }
        return (int) Math.ceil((position - freePlaces) * courseDays / places);
    }
}
