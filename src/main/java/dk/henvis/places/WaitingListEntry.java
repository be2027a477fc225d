package dk.henvis.places;

import dk.henvis.referral.Priority;
import java.time.Instant;
import java.util.UUID;

/** One place on a programme's waiting list; no personal data beyond the referral's reference. */
public record WaitingListEntry(long position, UUID referralId, String reference, Priority priority,
                               Instant waitlistedAt, Integer estimatedWaitDays) {
}
