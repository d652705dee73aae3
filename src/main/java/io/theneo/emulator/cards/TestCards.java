package io.theneo.emulator.cards;

import java.util.Map;

import io.theneo.emulator.web.ApiException;

/**
 * The sandbox's test cards (docs/test-cards.md): what a {@code source_id} stands for. A source is a test nonce
 * ({@code cnon:...}, each standing for one test number) or a card number that passes the Luhn check. A few numbers
 * decline at charge time; every other valid number charges successfully. Creating a card never declines: as with
 * Square, the decline comes when the card is charged.
 */
final class TestCards {

	static final String VISA_OK = "4111111111111111";

	static final String MASTERCARD_OK = "5105105105105100";

	static final String DECLINED = "4000000000000002";

	static final String INSUFFICIENT_FUNDS = "4000000000009995";

	static final String EXPIRED = "4000000000000069";

	static final String CVV_FAILURE = "4000000000000127";

	private static final Map<String, CardBehavior> DECLINING = Map.of(DECLINED, CardBehavior.CARD_DECLINED,
			INSUFFICIENT_FUNDS, CardBehavior.INSUFFICIENT_FUNDS, EXPIRED, CardBehavior.CARD_EXPIRED, CVV_FAILURE,
			CardBehavior.CVV_FAILURE);

	/** Nonces as a client-side card form would hand them out; the last two are Square's own sandbox spellings. */
	private static final Map<String, String> NONCES = Map.of("cnon:card-nonce-ok", VISA_OK,
			"cnon:card-nonce-declined", DECLINED, "cnon:card-nonce-insufficient-funds", INSUFFICIENT_FUNDS,
			"cnon:card-nonce-expired", EXPIRED, "cnon:card-nonce-cvv-failure", CVV_FAILURE,
			"cnon:card-nonce-rejected-cvv", CVV_FAILURE, "cnon:card-nonce-rejected-expiration", EXPIRED);

	private TestCards() {
	}

	/** A resolved source: the number (kept only long enough to fingerprint it), its brand and behaviour. */
	record Source(String number, String brand, CardBehavior behavior) {

		String last4() {
			return this.number.substring(this.number.length() - 4);
		}

	}

	static Source resolve(String sourceId) {
		String number;
		if (sourceId.startsWith("cnon:")) {
			number = NONCES.get(sourceId);
			if (number == null) {
				throw ApiException.invalid("`" + shorten(sourceId) + "` is not a test nonce of this sandbox (see the "
						+ "test card table: cnon:card-nonce-ok, cnon:card-nonce-declined, ...).", "source_id");
			}
		}
		else {
			number = sourceId.replace(" ", "").replace("-", "");
			if (!number.matches("[0-9]{12,19}")) {
				throw ApiException.invalid("`source_id` must be a test nonce (cnon:...) or a card number of 12 to 19 "
						+ "digits.", "source_id");
			}
			if (!luhn(number)) {
				throw ApiException.invalid("The card number ending in " + number.substring(number.length() - 4)
						+ " fails the Luhn check.", "source_id");
			}
		}
		return new Source(number, brand(number), DECLINING.getOrDefault(number, CardBehavior.OK));
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

	/** Square's CardBrand from the number's issuer prefix. */
	static String brand(String number) {
		int two = Integer.parseInt(number.substring(0, 2));
		int three = Integer.parseInt(number.substring(0, 3));
		int four = Integer.parseInt(number.substring(0, 4));
		int six = Integer.parseInt(number.substring(0, 6));
		if (number.startsWith("4")) {
			return "VISA";
		}
		if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
			return "MASTERCARD";
		}
		if (two == 34 || two == 37) {
			return "AMERICAN_EXPRESS";
		}
		if (four == 6011 || two == 65 || (three >= 644 && three <= 649) || (six >= 622126 && six <= 622925)) {
			return "DISCOVER";
		}
		if (two == 36 || two == 38 || two == 39 || (three >= 300 && three <= 305)) {
			return "DISCOVER_DINERS";
		}
		if (four >= 3528 && four <= 3589) {
			return "JCB";
		}
		if (two == 62) {
			return "CHINA_UNIONPAY";
		}
		return "OTHER_BRAND";
	}

	private static String shorten(String s) {
		return s.length() > 60 ? s.substring(0, 60) + "…" : s;
	}

}
