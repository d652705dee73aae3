package io.theneo.emulator.cards;

import io.theneo.emulator.web.ErrorCode;

/**
 * What charging a card does. The number a card was made from is not kept, so its test behaviour is stored with the
 * card (column {@code behavior}) when the card is created.
 */
enum CardBehavior {

	OK(null, null),
	CARD_DECLINED(ErrorCode.CARD_DECLINED, "The card was declined by the issuer."),
	INSUFFICIENT_FUNDS(ErrorCode.INSUFFICIENT_FUNDS, "The card has insufficient funds for this charge."),
	CARD_EXPIRED(ErrorCode.CARD_EXPIRED, "The card has expired."),
	CVV_FAILURE(ErrorCode.CVV_FAILURE, "The card's CVV could not be verified.");

	private final ErrorCode decline;

	private final String detail;

	CardBehavior(ErrorCode decline, String detail) {
		this.decline = decline;
		this.detail = detail;
	}

	/** The 402 code a charge fails with; null when charges succeed. */
	ErrorCode decline() {
		return this.decline;
	}

	String detail() {
		return this.detail;
	}

}
