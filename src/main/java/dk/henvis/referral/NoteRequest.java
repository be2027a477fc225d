package dk.henvis.referral;

import jakarta.validation.constraints.Size;

/** Optional body of accept and waitlist. */
public record NoteRequest(@Size(max = 2000) String note) {
}
