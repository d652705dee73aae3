package io.theneo.emulator.cards;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.Ids;

/**
 * Charges cards on file for other features (orders' pay, subscription billing). A card declines by the test behaviour
 * it was created with, or with CARD_EXPIRED once the account's clock passes its expiry month.
 */
@Service
public class CardPayments {

	private static final String BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private final CardRepository cards;

	private final CardPaymentRepository payments;

	private final AccountClock clock;

	CardPayments(CardRepository cards, CardPaymentRepository payments, AccountClock clock) {
		this.cards = cards;
		this.payments = payments;
		this.clock = clock;
	}

	/**
	 * Charges {@code amount} to the card and records the payment in the caller's transaction.
	 * <p>
	 * A decline is an {@link ApiException} (402, PAYMENT_METHOD_ERROR / card_error: CARD_DECLINED, INSUFFICIENT_FUNDS,
	 * CARD_EXPIRED, CVV_FAILURE) that does not mark the caller's transaction for rollback, so a caller may record the
	 * failure (subscription billing deactivates the subscription) and commit.
	 * @param customerId the customer who pays; the card must be theirs (null: any customer of the account)
	 * @throws ApiException 400 NOT_FOUND (field {@code card_id}) for an unknown or disabled card or another
	 * customer's card; 402 for a decline
	 */
	@Transactional(noRollbackFor = ApiException.class)
	public Charge charge(long accountId, String cardId, String customerId, Money amount, String note) {
		if (amount.amount() < 0) {
			throw new IllegalArgumentException("a charge is never negative: " + amount);
		}
		Card card = usableCard(accountId, cardId, customerId);
		Instant now = this.clock.now(accountId);
		CardBehavior behavior = card.isExpiredAt(now) ? CardBehavior.CARD_EXPIRED : card.getBehavior();
		if (behavior.decline() != null) {
			throw new ApiException(behavior.decline(), behavior.detail() + " (card ending in " + card.getLast4() + ")");
		}
		String paymentId = Ids.random(BASE62, 29);
		this.payments.save(new CardPayment(paymentId, accountId, card.getId(), card.getCustomerId(), amount.amount(),
				amount.currency().getCurrencyCode(), truncate(note), now));
		return new Charge(paymentId, card.getId(), amount, now);
	}

	/** Whether the card exists in the account, is enabled and belongs to {@code customerId} (any when null). */
	@Transactional(readOnly = true)
	public boolean isUsable(long accountId, String cardId, String customerId) {
		return cardId != null && this.cards.findByAccountIdAndId(accountId, cardId)
			.filter((c) -> c.canPayFor(customerId))
			.isPresent();
	}

	private Card usableCard(long accountId, String cardId, String customerId) {
		return this.cards.findByAccountIdAndId(accountId, cardId == null ? "" : cardId)
			.filter((c) -> c.canPayFor(customerId))
			.orElseThrow(() -> ApiException.referenceNotFound("Card", cardId, "card_id"));
	}

	private static String truncate(String note) {
		return (note == null || note.length() <= 500) ? note : note.substring(0, 500);
	}

}
