package dk.henvis.places;

import java.util.UUID;

/** A promotion left places free in the group because every waiting referral was locked by another transaction. */
record PromotionContended(UUID groupId) {
}
