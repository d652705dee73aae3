package io.theneo.emulator.orders;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.FixtureLoader;
import io.theneo.emulator.accounts.Fixtures;
import io.theneo.emulator.orders.OrderDraft.Applied;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.pricing.Scope;

/**
 * The two orders of FIXTURES.md, priced by the engine like any other: "Retrieve order" with the line and discount
 * uids of the demo's answer, and "Update order", a small coffee with a 10 % order discount (our choice, so that the
 * demo's update, which clears the discounts, changes something). Their timestamps are the demo's.
 */
@Component
@org.springframework.core.annotation.Order(50)
class OrderFixtures implements FixtureLoader {

	static final String RETRIEVE_ORDER = "CAISENgvlJ6jLWAzERDzjyHVybY";

	static final String UPDATE_ORDER = "DREk7wJcyXNHqULq8JJ2iPAsluJZY";

	private static final Currency USD = Currency.getInstance("USD");

	private final OrderRepository orders;

	private final JsonMapper json;

	/** Every account's fixture orders have the same content; only ids differ, and those live in the columns. */
	private volatile Priced retrieveOrder;

	private volatile Priced updateOrder;

	private record Priced(String json, long total) {
	}

	OrderFixtures(OrderRepository orders, JsonMapper json) {
		this.orders = orders;
		this.json = json;
	}

	@Override
	@Transactional
	public void load(Fixtures f) {
		if (this.retrieveOrder == null) {
			this.retrieveOrder = price(retrieveOrder());
			this.updateOrder = price(updateOrder());
		}
		OrderRecord retrieve = new OrderRecord(f.id(RETRIEVE_ORDER), f.accountId(), f.id("D7AVYMEAPJ3A3"),
				OrderState.OPEN, Instant.parse("2020-05-18T16:30:49.614Z"));
		retrieve.change(null, null, null, this.retrieveOrder.json(), this.retrieveOrder.total(), "USD",
				retrieve.getCreatedAt());
		OrderRecord update = new OrderRecord(f.id(UPDATE_ORDER), f.accountId(), f.id("MXVQSVNDGN3C8"),
				OrderState.OPEN, Instant.parse("2019-08-23T18:26:18.243Z"));
		update.change(null, "Cookies", null, this.updateOrder.json(), this.updateOrder.total(), "USD",
				update.getCreatedAt());
		this.orders.saveAll(List.of(retrieve, update));
	}

	@Override
	@Transactional
	public void clear(long accountId) {
		this.orders.deleteByAccountId(accountId);
	}

	private static OrderDraft retrieveOrder() {
		OrderDraft draft = new OrderDraft();
		OrderDraft.Discount half = new OrderDraft.Discount();
		half.uid = "zGsRZP69aqSSR9lq9euSPB";
		half.name = "50% Off";
		half.percentage = "50";
		half.scope = Scope.ORDER;
		draft.discounts.add(half);
		draft.lines.add(line("ULkg0tQTRK2bkU9fNv3IJD", "Item 1", "1", 500, "9zr9S4dxvPAixvn0lpa1VC", half.uid));
		draft.lines.add(line("mumY8Nun4BC5aKe2yyx5a", "Item 2", "2", 300, "qa8LwwZK82FgSEkQc2HYVC", half.uid));
		return draft;
	}

	private static OrderDraft updateOrder() {
		OrderDraft draft = new OrderDraft();
		OrderDraft.Discount club = new OrderDraft.Discount();
		club.uid = "coffee-club";
		club.name = "Coffee Club 10%";
		club.percentage = "10";
		club.scope = Scope.ORDER;
		draft.discounts.add(club);
		draft.lines.add(line("EuYkakhmu3ksHIds5Hiot", "Small Coffee", "1", 500, "coffee-club-applied", club.uid));
		return draft;
	}

	private static OrderDraft.Line line(String uid, String name, String quantity, long price, String appliedUid,
			String discountUid) {
		OrderDraft.Line line = new OrderDraft.Line();
		line.uid = uid;
		line.name = name;
		line.quantity = quantity;
		line.basePrice = new Money(price, USD);
		line.appliedDiscounts.add(new Applied(appliedUid, discountUid, false));
		return line;
	}

	private Priced price(OrderDraft draft) {
		Problems problems = new Problems();
		OrderContent content = OrderPricing.price(draft, USD, List.of(), problems);
		problems.throwIfAny();
		return new Priced(this.json.writeValueAsString(content), content.totalMoney().amount());
	}

}
