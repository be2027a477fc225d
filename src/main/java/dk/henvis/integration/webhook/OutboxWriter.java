package dk.henvis.integration.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.common.Dates;
import dk.henvis.common.Ids;
import dk.henvis.referral.PlaceReleased;
import dk.henvis.referral.ReferralReceived;
import dk.henvis.referral.ReferralStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes domain events to the outbox in the business transaction (the events are fired synchronously
 * inside it), together with one delivery per matching subscription. A rolled-back change leaves no event.
 */
@ApplicationScoped
public class OutboxWriter {

    public static final String REFERRAL_RECEIVED = "referral.received";
    public static final String REFERRAL_STATUS_CHANGED = "referral.status-changed";
    public static final String GROUP_PLACE_FREED = "group.place-freed";
    public static final List<String> TYPES = List.of(REFERRAL_RECEIVED, REFERRAL_STATUS_CHANGED, GROUP_PLACE_FREED);

    @Inject
    Clock clock;
    @Inject
    ObjectMapper mapper;
    @Inject
    SubscriptionRoutes routes;

    void received(@Observes ReferralReceived event) {
        write(REFERRAL_RECEIVED, event.referralId(), event.referrerOrganisation(), null, event.programmeCode(),
                event.status().name(), null);
    }

    void statusChanged(@Observes ReferralStatusChanged event) {
        write(REFERRAL_STATUS_CHANGED, event.referralId(), event.referrerOrganisation(), null, event.programmeCode(),
                event.to().name(), event.from() == null ? null : event.from().name());
    }

    void placeFreed(@Observes PlaceReleased event) {
        write(GROUP_PLACE_FREED, null, null, event.groupId(), event.programmeCode(), null, null);
    }

    private void write(String type, UUID referralId, String organisation, UUID groupId, String programme, String status,
            String previous) {
        OutboxEvent event = new OutboxEvent();
        event.id = Ids.next();
        event.type = type;
        event.occurredAt = Dates.now(clock);
        event.referralId = referralId;
        event.groupId = groupId;
        event.programmeCode = programme;
        event.status = status;
        event.previousStatus = previous;
        event.referrerOrganisation = organisation;
        event.payload = payload(event);
        event.persist();
        for (SubscriptionRoutes.Route route : routes.active()) {
            if (route.wants(event)) {
                WebhookDelivery delivery = new WebhookDelivery();
                delivery.id = Ids.next();
                delivery.eventId = event.id;
                delivery.subscriptionId = route.subscriptionId();
                delivery.state = WebhookDelivery.State.PENDING;
                delivery.createdAt = event.occurredAt;
                delivery.nextAttemptAt = event.occurredAt;
                delivery.persist();
            }
        }
    }

    private String payload(OutboxEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        putIfSet(data, "referralId", event.referralId);
        putIfSet(data, "groupId", event.groupId);
        data.put("programmeCode", event.programmeCode);
        putIfSet(data, "status", event.status);
        putIfSet(data, "previousStatus", event.previousStatus);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id);
        body.put("type", event.type);
        body.put("occurredAt", event.occurredAt.toString());
        body.put("data", data);
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload could not be written", e);
        }
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
