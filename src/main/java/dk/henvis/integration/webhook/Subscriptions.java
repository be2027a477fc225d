package dk.henvis.integration.webhook;

import dk.henvis.common.Dates;
import dk.henvis.common.PageRequest;
import dk.henvis.common.PageResponse;
import dk.henvis.common.ProblemException;
import dk.henvis.integration.IntegrationConfig;
import dk.henvis.privacy.Vault;
import dk.henvis.security.Actor;
import dk.henvis.security.Role;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Webhook subscriptions. An admin sees and manages all of them; an integration client only its own,
 * and when its sign-in names an organisation, its subscriptions follow only that organisation's referrals.
 */
@ApplicationScoped
public class Subscriptions {

    private final SecureRandom random = new SecureRandom();

    @Inject
    Clock clock;
    @Inject
    Vault vault;
    @Inject
    IntegrationConfig config;
    @Inject
    SubscriptionRoutes routes;

    @Transactional
    public SubscriptionView create(SubscriptionRequest request, Actor actor) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.url = checkedUrl(request.url());
        s.eventTypes = String.join(",", checkedTypes(request.events()));
        s.organisation = organisation(request, actor);
        s.createdBy = actor.name();
        s.createdAt = Dates.now(clock);
        s.active = true;
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        s.secretEncrypted = vault.encrypt(secret);
        s.persist();
        routes.changed();
        return SubscriptionView.of(s, secret);
    }

    @Transactional
    public PageResponse<SubscriptionView> list(PageRequest page, Actor actor) {
        var query = actor.has(Role.ADMIN)
                ? WebhookSubscription.find("active", Sort.by("createdAt").and("id"), true)
                : WebhookSubscription.find("active = ?1 and createdBy = ?2", Sort.by("createdAt").and("id"), true, actor.name());
        List<SubscriptionView> items = query.page(Page.of(page.page(), page.size())).<WebhookSubscription>list().stream()
                .map(s -> SubscriptionView.of(s, null)).toList();
        return new PageResponse<>(items, page.page(), page.size(), query.count());
    }

    @Transactional
    public SubscriptionView get(UUID id, Actor actor) {
        return SubscriptionView.of(require(id, actor), null);
    }

    /** Ends the subscription; what it has not received yet is given up at once. */
    @Transactional
    public void delete(UUID id, Actor actor) {
        WebhookSubscription s = require(id, actor);
        s.active = false;
        routes.changed();
        WebhookDelivery.update("state = ?1, lastError = ?2 where subscriptionId = ?3 and state = ?4",
                WebhookDelivery.State.FAILED, "subscription deleted", s.id, WebhookDelivery.State.PENDING);
    }

    @Transactional
    public PageResponse<DeliveryView> deliveries(UUID id, WebhookDelivery.State state, PageRequest page, Actor actor) {
        WebhookSubscription s = require(id, actor);
        var query = state == null
                ? WebhookDelivery.find("subscriptionId", Sort.descending("createdAt").and("id"), s.id)
                : WebhookDelivery.find("subscriptionId = ?1 and state = ?2", Sort.descending("createdAt").and("id"), s.id, state);
        List<WebhookDelivery> deliveries = query.page(Page.of(page.page(), page.size())).list();
        Set<UUID> eventIds = deliveries.stream().map(d -> d.eventId).collect(Collectors.toSet());
        Map<UUID, String> types = eventIds.isEmpty() ? Map.of()
                : OutboxEvent.<OutboxEvent>list("id in ?1", eventIds).stream()
                .collect(Collectors.toMap(e -> e.id, e -> e.type, (a, b) -> a));
        List<DeliveryView> items = deliveries.stream().map(d -> DeliveryView.of(d, types.get(d.eventId))).toList();
        return new PageResponse<>(items, page.page(), page.size(), query.count());
    }

    private WebhookSubscription require(UUID id, Actor actor) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null || !s.active || !(actor.has(Role.ADMIN) || actor.name().equals(s.createdBy))) {
            throw ProblemException.notFound("Subscription " + id);
        }
        return s;
    }

    private String organisation(SubscriptionRequest request, Actor actor) {
        String asked = request.organisation() == null || request.organisation().isBlank() ? null : request.organisation().trim();
        if (!actor.has(Role.ADMIN) && actor.organisation().isPresent()) {
            String own = actor.organisation().get();
            if (asked != null && !asked.equals(own)) {
                throw ProblemException.invalid("organisation", "must be your own organisation");
            }
            return own;
        }
        return asked;
    }

    private String checkedUrl(String url) {
        // The URL is stored and called as sent, so it must already be a clean ASCII URL: no surrounding
        // space and nothing unencoded (java.net.URI would accept non-ASCII characters and any port number).
        if (!url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ProblemException.invalid("url", "must be ASCII without spaces (percent-encode other characters)");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "is not a valid URL");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            throw ProblemException.invalid("url", "has a port outside 1-65535");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = "https".equals(scheme) || "http".equals(scheme) && config.webhooks().allowHttp();
        if (!allowed || uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            throw ProblemException.invalid("url", config.webhooks().allowHttp()
                    ? "must be an absolute http(s) URL without user info or fragment"
                    : "must be an absolute https URL without user info or fragment");
        }
        return uri.toString();
    }

    private static Set<String> checkedTypes(List<String> events) {
        Set<String> types = new LinkedHashSet<>();
        for (String type : events) {
            if (!OutboxWriter.TYPES.contains(type)) {
                throw ProblemException.invalid("events", "must hold only " + String.join(", ", OutboxWriter.TYPES));
            }
            types.add(type);
        }
        return types;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

}
