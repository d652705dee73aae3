package io.theneo.emulator.cards;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.RequiresScopes;
import io.theneo.emulator.accounts.Scopes;
import io.theneo.emulator.accounts.Tenant;

/**
 * Cards on file. Square reads cards with PAYMENTS_READ, which this API's scope list lacks: reads need CUSTOMERS_READ
 * (cards belong to customers), writes PAYMENTS_WRITE (as Square's CreateCard and DisableCard).
 */
@Tag(name = "Cards")
@RestController
class CardController {

	private final CardService cards;

	CardController(CardService cards) {
		this.cards = cards;
	}

	@Operation(summary = "Create a card on file",
			description = "Stores a test card for a customer from a test nonce or test card number (see the test card "
					+ "table). Creating a card never declines; declining cards decline when charged.")
	@PostMapping("/v2/cards")
	@RequiresScopes(Scopes.PAYMENTS_WRITE)
	One create(Tenant tenant, @Valid @RequestBody CreateCardRequest request) {
		return new One(this.cards.create(tenant.accountId(), tenant.merchantId(), request));
	}

	@Operation(summary = "List cards on file", description = "At most 25 cards a page, oldest first by default.")
	@GetMapping("/v2/cards")
	@RequiresScopes(Scopes.CUSTOMERS_READ)
	Cards list(Tenant tenant, @RequestParam(name = "cursor", required = false) String cursor,
			@RequestParam(name = "customer_id", required = false) String customerId,
			@Parameter(description = "Include disabled cards (default false).") @RequestParam(name = "include_disabled",
					required = false, defaultValue = "false") boolean includeDisabled,
			@RequestParam(name = "reference_id", required = false) String referenceId,
			@Parameter(description = "ASC (default) or DESC, by creation time.") @RequestParam(name = "sort_order",
					required = false) String sortOrder) {
		CardService.Page page = this.cards.list(tenant.accountId(), tenant.merchantId(), customerId, includeDisabled,
				referenceId, sortOrder, cursor);
		return new Cards(page.cards().isEmpty() ? null : page.cards(), page.cursor());
	}

	@Operation(summary = "Retrieve a card on file")
	@GetMapping("/v2/cards/{card_id}")
	@RequiresScopes(Scopes.CUSTOMERS_READ)
	One get(Tenant tenant, @PathVariable("card_id") String cardId) {
		return new One(this.cards.get(tenant.accountId(), tenant.merchantId(), cardId));
	}

	@Operation(summary = "Disable a card on file",
			description = "The card can no longer be charged. Disabling a disabled card is allowed and changes "
					+ "nothing.")
	@PostMapping("/v2/cards/{card_id}/disable")
	@RequiresScopes(Scopes.PAYMENTS_WRITE)
	One disable(Tenant tenant, @PathVariable("card_id") String cardId) {
		return new One(this.cards.disable(tenant.accountId(), tenant.merchantId(), cardId));
	}

	record One(CardView card) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Cards(List<CardView> cards, String cursor) {
	}

}
