package dk.henvis.places;

import java.util.UUID;

/** Fired inside the transaction when a group gains free places (opened, re-opened, capacity raised). */
public record PlacesOpened(UUID groupId) {
}
