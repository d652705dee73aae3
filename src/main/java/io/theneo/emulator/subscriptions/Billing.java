package io.theneo.emulator.subscriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.theneo.emulator.accounts.DueWork.DueEvent;
import io.theneo.emulator.cards.CardPayments;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.Ids;

/**
 * What happens to a subscription on a date: scheduled actions take effect, a pending subscription starts, a period is
 * billed (card charge or emailed invoice). The caller holds the subscription's row lock and the transaction.
 */
@Component
class Billing {

	private static final String INVOICE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

	/** A safety stop for one catch-up; far more periods than any clock move can make due. */
	private static final int MAX_STEPS = 100_000;

	private final CardPayments cards;

	private final SubscriptionCustomers customers;

	private final SubscriptionInvoiceRepository invoices;

	private final SubscriptionEventRepository events;

	Billing(CardPayments cards, SubscriptionCustomers customers, SubscriptionInvoiceRepository invoices,
			SubscriptionEventRepository events) {
		this.cards = cards;
		this.customers = customers;
		this.invoices = invoices;
		this.events = events;
	}

	/**
	 * Starts a subscription whose start date is today or past: the period that contains today is billed now, once
	 * (nothing before it is back-billed). Here a decline or a customer without email fails the request. The new
	 * subscription is not stored yet: it is inserted with its final state (version 1), then the returned records.
	 */
	Records startNow(Subscription s, LocalDate today, Instant now) {
		Records records = new Records();
		s.activate();
		records.event(s, SubscriptionEvent.Type.START_SUBSCRIPTION, s.getStartDate(), null, null, now);
		Schedule schedule = s.schedule();
		Schedule.Position current = schedule.containing(s.position(), today);
		s.moveTo(current);
		if (schedule.ended(current)) {
			end(s, current.start(), now, records);
		}
		else {
			bill(s, current, now, true, records);
		}
		s.reschedule();
		return records;
	}

	/** Invoice and event rows made while the subscription changed, stored once the subscription row exists. */
	final class Records {

		private final List<SubscriptionInvoice> invoices = new ArrayList<>();

		private final List<SubscriptionEvent> events = new ArrayList<>();

		void event(Subscription s, SubscriptionEvent.Type type, LocalDate day, String detail,
				SubscriptionEvent.Code code, Instant at) {
			this.events.add(new SubscriptionEvent(Ids.uuid(), s, type, day, detail, code, at));
		}

		void save() {
			Billing.this.invoices.saveAll(this.invoices);
			Billing.this.events.saveAll(this.events);
			this.invoices.clear();
			this.events.clear();
		}

	}

	/** Everything due up to {@code upTo}, date by date. */
	List<DueEvent> catchUp(Subscription s, Instant upTo) {
		List<DueEvent> out = new ArrayList<>();
		for (int i = 0; i < MAX_STEPS; i++) {
			LocalDate due = s.nextDueDate();
			if (due == null || s.midnight(due).isAfter(upTo)) {
				break;
			}
			out.addAll(runDate(s, due));
			if (due.equals(s.nextDueDate())) {
				break;
			}
		}
		return out;
	}

	/** What is due on {@code day}, at local midnight: actions first (a cancel wins), then the start, then the bill. */
	List<DueEvent> runDate(Subscription s, LocalDate day) {
		Instant at = s.midnight(day);
		List<DueEvent> out = new ArrayList<>();
		Records records = new Records();
		s.touch(at);
		for (SubscriptionAction action : s.actionsInOrder()) {
			if (action.getEffectiveDate().isAfter(day)) {
				break;
			}
			s.getActions().remove(action);
			switch (action.getType()) {
				case CANCEL -> {
					s.cancelOn(action.getEffectiveDate());
					records.event(s, SubscriptionEvent.Type.STOP_SUBSCRIPTION, action.getEffectiveDate(), null, null,
							at);
					out.add(new DueEvent(at, "subscription.canceled", s.getId(), "canceled on " + day));
					s.reschedule();
					records.save();
					return out;
				}
				case PAUSE -> {
					if (s.getStatus() == SubscriptionStatus.ACTIVE) {
						s.pause();
						String reason = action.getPauseReason();
						records.event(s, SubscriptionEvent.Type.PAUSE_SUBSCRIPTION, day, reason,
								(reason != null) ? SubscriptionEvent.Code.USER_PROVIDED : null, at);
						out.add(new DueEvent(at, "subscription.paused", s.getId(), "paused on " + day));
					}
				}
				case RESUME -> {
					if (s.getStatus() == SubscriptionStatus.PAUSED || s.getStatus() == SubscriptionStatus.DEACTIVATED) {
						s.activate();
						s.restartOn(day, action.getTiming() == SubscriptionAction.Timing.IMMEDIATE);
						records.event(s, SubscriptionEvent.Type.RESUME_SUBSCRIPTION, day, null, null, at);
						out.add(new DueEvent(at, "subscription.resumed", s.getId(), "resumed on " + day));
					}
				}
				default -> {
					// SWAP_PLAN is never scheduled by this server
				}
			}
		}
		if (s.getStatus() == SubscriptionStatus.PENDING && !s.getStartDate().isAfter(day)) {
			s.activate();
			records.event(s, SubscriptionEvent.Type.START_SUBSCRIPTION, s.getStartDate(), null, null, at);
			out.add(new DueEvent(at, "subscription.started", s.getId(), "started on " + s.getStartDate()));
		}
		if (s.getStatus() == SubscriptionStatus.ACTIVE && s.getNextPeriodStart() != null
				&& !s.getNextPeriodStart().isAfter(day)) {
			Schedule.Position p = s.position();
			if (s.schedule().ended(p)) {
				out.add(end(s, p.start(), at, records));
			}
			else {
				out.add(bill(s, p, at, false, records));
			}
		}
		s.reschedule();
		records.save();
		return out;
	}

	/**
	 * Bills the period {@code p}: an invoice id always, paid by the card when there is one. {@code strict} (creating,
	 * resuming through the API): a failure is the request's error; otherwise it deactivates the subscription.
	 */
	private DueEvent bill(Subscription s, Schedule.Position p, Instant at, boolean strict, Records records) {
		Schedule schedule = s.schedule();
		Money price = s.priceOf(schedule.phase(p));
		LocalDate end = schedule.end(p);
		String invoiceId = Ids.random(INVOICE_ALPHABET, 22);
		String paymentId = null;
		if (s.getCardId() != null) {
			if (price.amount() > 0) {
				try {
					paymentId = this.cards
						.charge(s.getAccountId(), s.getCardId(), s.getCustomerId(), price,
								"Subscription " + s.getId() + ", invoice " + invoiceId)
						.paymentId();
				}
				catch (ApiException ex) {
					if (strict) {
						throw ex;
					}
					return deactivate(s, p.start(), at, "The card on file could not be charged "
							+ price + ": " + ex.errors().get(0).code() + ".", null, records);
				}
			}
		}
		else {
			Optional<SubscriptionCustomers.Subscriber> customer = this.customers.find(s.getAccountId(),
					s.getCustomerId());
			if (customer.isEmpty()) {
				if (strict) {
					throw ApiException.referenceNotFound("Customer", s.getCustomerId(), "customer_id");
				}
				return deactivate(s, p.start(), at, "The customer was deleted.",
						SubscriptionEvent.Code.CUSTOMER_DELETED, records);
			}
			if (!customer.get().hasEmail()) {
				if (strict) {
					throw missingEmail(s.getCustomerId());
				}
				return deactivate(s, p.start(), at, "The customer has no email address to send the invoice to.",
						SubscriptionEvent.Code.CUSTOMER_NO_EMAIL, records);
			}
		}
		records.invoices.add(new SubscriptionInvoice(invoiceId, s.getAccountId(), s.getId(), p.start(), end, price,
				paymentId, at));
		s.billed(schedule.next(p), end);
		return new DueEvent(at, "subscription.billed", s.getId(),
				"invoice " + invoiceId + ": " + price + " for " + p.start() + " to " + end
						+ ((paymentId != null) ? ", paid by card" : ", emailed"));
	}

	/** Deactivates a stored subscription now (its customer was deleted). */
	void deactivateNow(Subscription s, Instant now, String detail, SubscriptionEvent.Code code) {
		Records records = new Records();
		s.touch(now);
		deactivate(s, s.today(now), now, detail, code, records);
		s.reschedule();
		records.save();
	}

	static ApiException missingEmail(String customerId) {
		return new ApiException(ErrorCode.CUSTOMER_MISSING_EMAIL, "Customer `" + customerId
				+ "` has no email address to send invoices to; give a card_id or add an email address.", "customer_id");
	}

	private DueEvent deactivate(Subscription s, LocalDate day, Instant at, String detail, SubscriptionEvent.Code code,
			Records records) {
		s.deactivate();
		records.event(s, SubscriptionEvent.Type.DEACTIVATE_SUBSCRIPTION, day, detail, code, at);
		return new DueEvent(at, "subscription.deactivated", s.getId(), detail);
	}

	/** A plan whose last phase has a number of periods ends after them. */
	private DueEvent end(Subscription s, LocalDate day, Instant at, Records records) {
		s.cancelOn(day);
		records.event(s, SubscriptionEvent.Type.STOP_SUBSCRIPTION, day, "The plan's last phase ended.", null, at);
		return new DueEvent(at, "subscription.canceled", s.getId(), "the plan ended on " + day);
	}

	/** An event of a stored subscription, stored at once. */
	void event(Subscription s, SubscriptionEvent.Type type, LocalDate day, String detail, SubscriptionEvent.Code code,
			Instant at) {
		this.events.save(new SubscriptionEvent(Ids.uuid(), s, type, day, detail, code, at));
	}

}
