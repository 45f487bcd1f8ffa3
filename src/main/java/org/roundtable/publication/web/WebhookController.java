package org.roundtable.publication.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.people.Role;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.PlatformQueries.FindPlatform;
import org.roundtable.platform.PlatformQueries.PlatformView;
import org.roundtable.publication.WebhookCommands.RegisterWebhook;
import org.roundtable.publication.WebhookCommands.RemoveWebhook;
import org.roundtable.publication.WebhookId;
import org.roundtable.publication.WebhookRegistration;
import org.roundtable.publication.WebhookTopic;
import org.roundtable.publication.query.DeliveryView;
import org.roundtable.publication.query.WebhookQueries.FindWebhookDeliveries;
import org.roundtable.publication.query.WebhookQueries.FindWebhooks;
import org.roundtable.publication.query.WebhookView;
import org.roundtable.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A platform's webhooks, kept by its HR: subscribe an http(s) endpoint to published outcomes and
 * phase changes, list and remove subscriptions, and read the log of every delivery attempt. The
 * signing secret is answered once, at registration.
 */
@RestController
@RequestMapping("/api/platforms/{platformId}/webhooks")
class WebhookController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    WebhookController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record NewWebhook(@NotBlank @Size(max = 2000) String url, @NotEmpty Set<@NotNull WebhookTopic> events) {
    }

    @PostMapping
    ResponseEntity<WebhookRegistration> register(@PathVariable String platformId, @Valid @RequestBody NewWebhook body,
                                                 Actor actor) {
        PlatformId platform = hrOf(platformId, actor);
        WebhookRegistration registration = commands.sendAndWait(
                new RegisterWebhook(platform, uri(body.url()), body.events(), actor.id()));
        return ResponseEntity.created(URI.create("/api/platforms/" + platform + "/webhooks/" + registration.id()))
                .body(registration);
    }

    @GetMapping
    List<WebhookView> list(@PathVariable String platformId, Actor actor) {
        return webhooks(hrOf(platformId, actor));
    }

    @DeleteMapping("/{webhookId}")
    ResponseEntity<Void> remove(@PathVariable String platformId, @PathVariable String webhookId, Actor actor) {
        commands.sendAndWait(new RemoveWebhook(hrOf(platformId, actor), WebhookId.of(webhookId), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{webhookId}/deliveries")
    List<DeliveryView> deliveries(@PathVariable String platformId, @PathVariable String webhookId,
                                  @RequestParam(defaultValue = "50") int limit, Actor actor) {
        PlatformId platform = hrOf(platformId, actor);
        WebhookId id = WebhookId.of(webhookId);
        if (webhooks(platform).stream().noneMatch(webhook -> webhook.id().equals(id))) {
            throw new DomainException.NotFound("Platform " + platform + " has no webhook '" + webhookId + "'.");
        }
        return queries.query(new FindWebhookDeliveries(platform, id, Math.max(1, Math.min(limit, 500))),
                ResponseTypes.multipleInstancesOf(DeliveryView.class)).join();
    }

    private List<WebhookView> webhooks(PlatformId platform) {
        return queries.query(new FindWebhooks(platform), ResponseTypes.multipleInstancesOf(WebhookView.class)).join();
    }

    /** The platform, if the actor is its HR and it exists. */
    private PlatformId hrOf(String platformId, Actor actor) {
        PlatformId platform = PlatformId.of(platformId);
        if (!actor.has(Role.PLATFORM_HR) || !actor.belongsTo(platform)) {
            throw new DomainException.NotAllowed("Only HR of platform " + platform + " can manage its webhooks.");
        }
        PlatformView view = queries.query(new FindPlatform(platform), ResponseTypes.instanceOf(PlatformView.class))
                .join();
        if (view == null) {
            throw new DomainException.NotFound("There is no platform '" + platformId + "'.");
        }
        return platform;
    }

    private static URI uri(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new DomainException.Invalid("'" + url + "' is not a valid URL: " + e.getReason() + ".");
        }
    }
}
