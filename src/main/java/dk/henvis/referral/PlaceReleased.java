package dk.henvis.referral;

import java.util.UUID;

/**
 * Fired synchronously, inside the transaction, when a referral gives up its place in a group
 * (completion, withdrawal, escalation, a move). The group side frees the place and promotes.
 */
public record PlaceReleased(UUID groupId, String programmeCode) {
}
