package io.theneo.emulator.subscriptions;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.RequiresScopes;
import io.theneo.emulator.accounts.Scopes;
import io.theneo.emulator.accounts.Tenant;
import io.theneo.emulator.web.ApiException;

@Tag(name = "Subscriptions")
@RestController
class SubscriptionController {

	private final SubscriptionService subscriptions;

	SubscriptionController(SubscriptionService subscriptions) {
		this.subscriptions = subscriptions;
	}

	@Operation(summary = "Create a subscription",
			description = "PENDING until start_date (in the subscription's time zone), else ACTIVE with the current "
					+ "period billed at once: charged to card_id (a decline is 402 and creates nothing) or invoiced "
					+ "to the customer's email (no card and no email: 400 CUSTOMER_MISSING_EMAIL).")
	@PostMapping("/v2/subscriptions")
	@RequiresScopes(Scopes.SUBSCRIPTIONS_WRITE)
	One create(Tenant tenant, @RequestBody SubscriptionRequests.Create request) {
		return new One(this.subscriptions.create(tenant.accountId(), request));
	}

	@Operation(summary = "Search subscriptions",
			description = "Ordered by creation date; with more than one location by location then creation date; "
					+ "with customer_ids by location, customer, then creation date. source_names selects the "
					+ "applications that created the subscriptions.")
	@PostMapping("/v2/subscriptions/search")
	@RequiresScopes(Scopes.SUBSCRIPTIONS_READ)
	Found search(Tenant tenant, @RequestBody(required = false) SubscriptionRequests.Search request) {
		SubscriptionService.Page page = this.subscriptions.search(tenant.accountId(),
				(request != null) ? request : new SubscriptionRequests.Search(null, null, null, null));
		return new Found(page.subscriptions(), page.cursor());
	}

	@Operation(summary = "Retrieve a subscription")
	@GetMapping("/v2/subscriptions/{subscription_id}")
	@RequiresScopes(Scopes.SUBSCRIPTIONS_READ)
	One get(Tenant tenant, @PathVariable("subscription_id") String id,
			@Parameter(description = "`actions` to include the scheduled actions.") @RequestParam(name = "include",
					required = false) String include) {
		boolean withActions = false;
		if (include != null) {
			for (String part : include.split(",")) {
				if (!part.trim().equals("actions")) {
					throw ApiException.invalid("`include` supports only `actions`.", "include");
				}
				withActions = true;
			}
		}
		return new One(this.subscriptions.get(tenant.accountId(), id, withActions));
	}

	@Operation(summary = "Update a subscription",
			description = "Sparse: only the given fields change; null, \"\" or {} clears one. Writable: "
					+ "tax_percentage, price_override_money, card_id, source, canceled_date (clearing only: takes back "
					+ "a scheduled cancel). A version that is not the current one: 409.")
	@PutMapping("/v2/subscriptions/{subscription_id}")
	@RequiresScopes(Scopes.SUBSCRIPTIONS_WRITE)
	One update(Tenant tenant, @PathVariable("subscription_id") String id, @RequestBody JsonNode body) {
		return new One(this.subscriptions.update(tenant.accountId(), id, body));
	}

	@Operation(summary = "Cancel a subscription",
			description = "Schedules a CANCEL at the end of the billed period (canceled_date): the subscription stays "
					+ "ACTIVE until then. A PENDING subscription is canceled at once.")
	@PostMapping("/v2/subscriptions/{subscription_id}/cancel")
	@RequiresScopes(Scopes.SUBSCRIPTIONS_WRITE)
	WithActions cancel(Tenant tenant, @PathVariable("subscription_id") String id,
			@RequestBody(required = false) SubscriptionRequests.Cancel body) {
		return WithActions.of(this.subscriptions.cancel(tenant.accountId(), id, body));
	}

	@Operation(summary = "Pause a subscription", description = "Schedules a PAUSE (and possibly a RESUME).")
	@PostMapping("/v2/subscriptions/{subscription_id}/pause")
	@RequiresScopes(Scopes.SUBSCRIPTIONS_WRITE)
	WithActions pause(Tenant tenant, @PathVariable("subscription_id") String id,
			@RequestBody(required = false) SubscriptionRequests.Pause body) {
		return WithActions.of(this.subscriptions.pause(tenant.accountId(), id, body));
	}

	@Operation(summary = "Resume a subscription", description = "Schedules a RESUME of a paused or deactivated one.")
	@PostMapping("/v2/subscriptions/{subscription_id}/resume")
	@RequiresScopes(Scopes.SUBSCRIPTIONS_WRITE)
	WithActions resume(Tenant tenant, @PathVariable("subscription_id") String id,
			@RequestBody(required = false) SubscriptionRequests.Resume body) {
		return WithActions.of(this.subscriptions.resume(tenant.accountId(), id, body));
	}

	@Operation(summary = "Delete a scheduled action",
			description = "Deleting the CANCEL action also clears canceled_date.")
	@DeleteMapping("/v2/subscriptions/{subscription_id}/actions/{action_id}")
	@RequiresScopes(Scopes.SUBSCRIPTIONS_WRITE)
	One deleteAction(Tenant tenant, @PathVariable("subscription_id") String id,
			@PathVariable("action_id") String actionId) {
		return new One(this.subscriptions.deleteAction(tenant.accountId(), id, actionId));
	}

	@Operation(summary = "List a subscription's events", description = "Oldest first.")
	@GetMapping("/v2/subscriptions/{subscription_id}/events")
	@RequiresScopes(Scopes.SUBSCRIPTIONS_READ)
	Events events(Tenant tenant, @PathVariable("subscription_id") String id,
			@RequestParam(name = "cursor", required = false) String cursor,
			@RequestParam(name = "limit", required = false) Integer limit) {
		SubscriptionService.EventPage page = this.subscriptions.events(tenant.accountId(), id, cursor, limit);
		return new Events(page.events(), page.cursor());
	}

	record One(SubscriptionView subscription) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record WithActions(SubscriptionView subscription, List<SubscriptionView.ActionView> actions) {

		static WithActions of(SubscriptionService.Changed changed) {
			return new WithActions(changed.subscription(), changed.actions());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Found(List<SubscriptionView> subscriptions, String cursor) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Events(List<EventView> subscriptionEvents, String cursor) {
	}

}
