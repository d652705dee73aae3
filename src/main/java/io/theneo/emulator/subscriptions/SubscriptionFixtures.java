package io.theneo.emulator.subscriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.FixtureLoader;
import io.theneo.emulator.accounts.Fixtures;
import io.theneo.emulator.pricing.Money;

/**
 * The five subscriptions of FIXTURES.md with the values the 001 pages print. They are frozen snapshots: their dates
 * lie in 2021 and the clock never bills them, starts them or applies their scheduled actions (column {@code frozen}),
 * so that each documented example answers as printed whatever the date. The API still reads and changes them.
 * <p>
 * The three that "Search subscriptions" finds with {@code source_names: ["My App"]} were created by the application
 * "My App" and are shown as "My Application" (source.name); the other two were not made by an application and show
 * "My App". Their created_at is the printed one, a millisecond apart, so that they sort as printed.
 */
@Component
@Order(60)
class SubscriptionFixtures implements FixtureLoader {

	private static final Instant CREATED = Instant.parse("2021-10-20T21:53:10Z");

	private static final LocalDate OCT_20 = LocalDate.of(2021, 10, 20);

	private static final LocalDate NOV_20 = LocalDate.of(2021, 11, 20);

	private static final long PRINTED_VERSION = 1594155459464L;

	private static final String LA = "America/Los_Angeles";

	private final SubscriptionRepository subscriptions;

	private final SubscriptionInvoiceRepository invoices;

	private final SubscriptionEventRepository events;

	private final SubscriptionActionRepository actions;

	private final SubscriptionPlans plans;

	SubscriptionFixtures(SubscriptionRepository subscriptions, SubscriptionInvoiceRepository invoices,
			SubscriptionEventRepository events, SubscriptionActionRepository actions, SubscriptionPlans plans) {
		this.subscriptions = subscriptions;
		this.invoices = invoices;
		this.events = events;
		this.actions = actions;
		this.plans = plans;
	}

	@Override
	@Transactional
	public void load(Fixtures f) {
		String location = f.id("S8GWD5R9QB376");
		String customer = f.id("CHFGVKYY8RSV93M5KCYTG4PN0G");
		String planA = f.id("6JHXF3B2CW3YKHDV4XEM674H");
		String planB = f.id("L3TJVDHVBEQEGQDEZL2JJM7R");
		Money thousand = Money.of(1000, "USD");
		Map<String, List<Phase>> phases = new HashMap<>();
		List<Subscription> all = new ArrayList<>();

		Subscription canceled = make(f, phases, 0, "de86fc96-8664-474b-af1a-abbe59cacf0e", location, planB,
				customer, OCT_20, "UTC");
		canceled.setCardId(f.id("ccof:mueUsvgajChmjEbp4GB"));
		canceled.setSource("My Application", "My App");
		canceled.freeze(SubscriptionStatus.CANCELED, OCT_20, NOV_20, NOV_20, 1);
		all.add(canceled);

		Subscription pending = make(f, phases, 1, "56214fb2-cc85-47a1-93bc-44f3766bb56f", location, planA,
				customer, OCT_20, LA);
		pending.setTaxPercentage("5");
		pending.setPriceOverride(thousand);
		pending.setSource("My Application", "My App");
		pending.freeze(SubscriptionStatus.PENDING, null, null, null, PRINTED_VERSION);
		all.add(pending);

		Subscription invoiced = make(f, phases, 2, "8151fc89-da15-4eb9-a685-1a70883cebfc", location, planA,
				customer, OCT_20, LA);
		invoiced.setPriceOverride(thousand);
		invoiced.setSource("My Application", "My App");
		invoiced.freeze(SubscriptionStatus.ACTIVE, null, NOV_20, NOV_20, 1);
		all.add(invoiced);

		// "Update subscription" prints no start date; its tax and price before the update are ours
		Subscription toUpdate = make(f, phases, 3, "9ba40961-995a-4a3d-8c53-048c40cafc13", location, planA,
				customer, null, LA);
		toUpdate.setTaxPercentage("5");
		toUpdate.setPriceOverride(thousand);
		toUpdate.setSource("My App", null);
		toUpdate.freeze(SubscriptionStatus.ACTIVE, null, null, null, PRINTED_VERSION);
		all.add(toUpdate);

		Subscription toCancel = make(f, phases, 4, "910afd30-464a-4e00-a8d8-2296eEXAMPLE", location, planA,
				customer, OCT_20, LA);
		toCancel.setCardId(f.id("ccof:qy5x8hHGYsgLrp4Q4GB"));
		toCancel.setSource("My App", null);
		toCancel.freeze(SubscriptionStatus.ACTIVE, null, null, NOV_20, 1);
		all.add(toCancel);

		this.subscriptions.saveAll(all);
		this.subscriptions.flush();
		this.invoices.saveAll(List.of(
				new SubscriptionInvoice(f.id("rcX_i3sNmHTGKhI4W2mceA"), f.accountId(), invoiced.getId(),
						OCT_20.minusMonths(1), OCT_20, thousand, null, CREATED),
				new SubscriptionInvoice(f.id("grebK0Q_l8H4fqoMMVvt-Q"), f.accountId(), invoiced.getId(), OCT_20, NOV_20,
						thousand, null, CREATED.plusMillis(2))));
		List<SubscriptionEvent> history = new ArrayList<>();
		for (Subscription s : List.of(canceled, invoiced, toCancel)) {
			history.add(new SubscriptionEvent(f.id(uuidOf(s, 1)), s, SubscriptionEvent.Type.START_SUBSCRIPTION, OCT_20,
					null, null, s.getCreatedAt()));
		}
		history.add(new SubscriptionEvent(f.id(uuidOf(canceled, 2)), canceled, SubscriptionEvent.Type.STOP_SUBSCRIPTION,
				OCT_20, null, null, canceled.getCreatedAt()));
		this.events.saveAll(history);
	}

	private Subscription make(Fixtures f, Map<String, List<Phase>> phasesOf, int position, String documentedId,
			String location, String plan, String customer, LocalDate start, String timezone) {
		List<Phase> phases = phasesOf.computeIfAbsent(plan, (id) -> this.plans.phases(f.accountId(), id)
			.orElse(List.of(new Phase("fixture", Cadence.MONTHLY, null, Money.of(1000, "USD"), 0))));
		return new Subscription(f.id(documentedId), f.accountId(), location, plan, customer, phases, start, timezone,
				CREATED.plusMillis(position));
	}

	/** A stable, documented-looking event id per fixture (derived per account like every fixture id). */
	private static String uuidOf(Subscription s, int n) {
		return s.getId().substring(0, 24) + String.format("%012d", n);
	}

	@Override
	@Transactional
	public void clear(long accountId) {
		this.invoices.deleteByAccountId(accountId);
		this.events.deleteByAccountId(accountId);
		this.actions.deleteByAccountId(accountId);
		this.subscriptions.deleteByAccountId(accountId);
	}

}
