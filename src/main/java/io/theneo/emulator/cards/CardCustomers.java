package io.theneo.emulator.cards;

import org.springframework.stereotype.Component;

/**
 * The one place where cards meet the customers feature: does a customer exist, and a deleted customer's cards are
 * disabled.
 * <p>
 * TEMPORARY until the customers feature is merged: every non-blank customer id is accepted.
 */
@Component
class CardCustomers {

	boolean exists(long accountId, String customerId) {
		return customerId != null && !customerId.isBlank();
	}

}
