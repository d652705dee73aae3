package io.theneo.emulator.cards;

import java.time.ZoneOffset;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.FixtureLoader;
import io.theneo.emulator.accounts.Fixtures;

/**
 * The two cards on file of FIXTURES.md, both of the demo customer and both charging successfully: a VISA (the one
 * "Create subscription" and "Cancel subscription" use) and a MASTERCARD. Holder name, address and expiry are ours.
 */
@Component
@Order(40)
class CardFixtures implements FixtureLoader {

	private final CardRepository cards;

	private final CardPaymentRepository payments;

	private final CardService service;

	CardFixtures(CardRepository cards, CardPaymentRepository payments, CardService service) {
		this.cards = cards;
		this.payments = payments;
		this.service = service;
	}

	@Override
	@Transactional
	public void load(Fixtures f) {
		String customer = f.id("CHFGVKYY8RSV93M5KCYTG4PN0G");
		int expYear = f.now().atZone(ZoneOffset.UTC).getYear() + 4;
		String address = this.service.address(new CardAddress("500 Electric Ave", "Suite 600", null, "New York", null,
				"NY", null, null, "10003", "US", null, null));
		Card visa = card(f, 0, "ccof:qy5x8hHGYsgLrp4Q4GB", customer, TestCards.VISA_OK, expYear, address);
		Card mastercard = card(f, 1, "ccof:mueUsvgajChmjEbp4GB", customer, TestCards.MASTERCARD_OK, expYear, address);
		this.cards.saveAll(List.of(visa, mastercard));
		f.record("card_ids", visa.getId());
		f.record("card_ids", mastercard.getId());
	}

	private Card card(Fixtures f, int position, String documentedId, String customer, String number, int expYear,
			String address) {
		TestCards.Source source = TestCards.resolve(number);
		return new Card(f.id(documentedId), f.accountId(), customer, source, this.service.fingerprint(number), 12,
				expYear, "Amelia Earhart", address, null, f.now().plusMillis(position));
	}

	@Override
	@Transactional
	public void clear(long accountId) {
		this.payments.deleteByAccountId(accountId);
		this.cards.deleteByAccountId(accountId);
	}

}
