package io.theneo.emulator.subscriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import tools.jackson.databind.JsonNode;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.cards.CardPayments;
import io.theneo.emulator.locations.LocationService;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.Cursors;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.Ids;
import io.theneo.emulator.web.Violations;

/** The subscription endpoints: create, read, search, update, cancel, pause, resume, actions and events. */
@Service
class SubscriptionService {

	static final int DEFAULT_LIMIT = 100;

	private final SubscriptionRepository subscriptions;

	private final SubscriptionInvoiceRepository invoices;

	private final SubscriptionEventRepository events;

	private final Billing billing;

	private final LocationService locations;

	private final SubscriptionCustomers customers;

	private final SubscriptionPlans plans;

	private final CardPayments cards;

	private final AccountClock clock;

	private final Cursors cursors;

	private final EntityManager em;

	SubscriptionService(SubscriptionRepository subscriptions, SubscriptionInvoiceRepository invoices,
			SubscriptionEventRepository events, Billing billing, LocationService locations,
			SubscriptionCustomers customers, SubscriptionPlans plans, CardPayments cards, AccountClock clock,
			Cursors cursors, EntityManager em) {
		this.subscriptions = subscriptions;
		this.invoices = invoices;
		this.events = events;
		this.billing = billing;
		this.locations = locations;
		this.customers = customers;
		this.plans = plans;
		this.cards = cards;
		this.clock = clock;
		this.cursors = cursors;
		this.em = em;
	}

	/** A changed subscription with the actions the request scheduled (cancel, pause, resume answers). */
	record Changed(SubscriptionView subscription, List<SubscriptionView.ActionView> actions) {
	}

	record Page(List<SubscriptionView> subscriptions, String cursor) {
	}

	record EventPage(List<EventView> events, String cursor) {
	}

	// --- create

	@Transactional
	SubscriptionView create(long accountId, SubscriptionRequests.Create request) {
		Violations v = new Violations();
		Optional<LocationService.LocationInfo> location = Optional.empty();
		if (blank(request.locationId())) {
			v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `location_id` is required.", "location_id");
		}
		else {
			location = this.locations.find(accountId, request.locationId());
			if (location.isEmpty()) {
				v.addAll(ApiException.referenceNotFound("Location", request.locationId(), "location_id"));
			}
		}
		String planField = (request.planId() != null) ? "plan_id" : "plan_variation_id";
		String planId = (request.planId() != null) ? request.planId() : request.planVariationId();
		List<Phase> phases = null;
		if (blank(planId)) {
			v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `plan_id` is required.", "plan_id");
		}
		else if (request.planVariationId() != null && !request.planVariationId().equals(planId)) {
			v.add(ErrorCode.INVALID_VALUE, "`plan_id` and `plan_variation_id` name different plans; give one.",
					"plan_variation_id");
		}
		else {
			phases = this.plans.phases(accountId, planId).orElse(null);
			if (phases == null) {
				v.addAll(ApiException.referenceNotFound("Subscription plan", planId, planField));
			}
		}
		Optional<SubscriptionCustomers.Subscriber> customer = Optional.empty();
		if (blank(request.customerId())) {
			v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `customer_id` is required.", "customer_id");
		}
		else {
			customer = this.customers.find(accountId, request.customerId());
			if (customer.isEmpty()) {
				v.addAll(ApiException.referenceNotFound("Customer", request.customerId(), "customer_id"));
			}
		}
		LocalDate start = Validation.date(request.startDate(), "start_date", v);
		if (request.cardId() != null && customer.isPresent()
				&& !this.cards.isUsable(accountId, request.cardId(), request.customerId())) {
			v.addAll(ApiException.referenceNotFound("Card", request.cardId(), "card_id"));
		}
		if (request.cardId() == null && customer.isPresent() && !customer.get().hasEmail()) {
			v.addAll(Billing.missingEmail(request.customerId()));
		}
		if (request.taxPercentage() != null) {
			Validation.taxPercentage(request.taxPercentage(), "tax_percentage", v);
		}
		Money override = null;
		if (request.priceOverrideMoney() != null) {
			SubscriptionView.MoneyView m = request.priceOverrideMoney();
			if (m.amount() == null) {
				v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `amount` is required.",
						"price_override_money.amount");
			}
			if (m.currency() == null) {
				v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `currency` is required.",
						"price_override_money.currency");
			}
			override = Validation.money(m.amount(), m.currency(), "price_override_money", v);
		}
		if (request.timezone() != null) {
			Validation.timezone(request.timezone(), "timezone", v);
		}
		String sourceName = (request.source() != null) ? request.source().name() : null;
		if (sourceName != null && sourceName.length() > 255) {
			v.add(ErrorCode.VALUE_TOO_LONG, "`source.name` is longer than 255 characters.", "source.name");
		}
		v.throwIfAny();

		Instant now = this.clock.now(accountId);
		String timezone = (request.timezone() != null) ? request.timezone() : location.get().timezone();
		LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of(timezone));
		Subscription s = new Subscription(Ids.uuid(), accountId, request.locationId(), planId, request.customerId(),
				phases, (start != null) ? start : today, timezone, now);
		s.setCardId(request.cardId());
		s.setTaxPercentage(request.taxPercentage());
		s.setPriceOverride(override);
		s.setSource(sourceName, sourceName);
		Billing.Records records = null;
		if (s.getStartDate().isAfter(today)) {
			s.reschedule();
		}
		else {
			records = this.billing.startNow(s, today, now);
		}
		// inserted once, in its final state, so that it starts at version 1; its invoice and event rows follow
		this.subscriptions.saveAndFlush(s);
		if (records != null) {
			records.save();
		}
		return view(s, false);
	}

	// --- read

	@Transactional(readOnly = true)
	SubscriptionView get(long accountId, String id, boolean withActions) {
		return view(find(accountId, id), withActions);
	}

	/**
	 * SearchSubscriptions, ordered as the documents say: by creation date; with more than one location by location
	 * then creation date; with customer ids by location, customer, then creation date. Keyset pages over that order.
	 */
	@Transactional(readOnly = true)
	Page search(long accountId, SubscriptionRequests.Search request) {
		Violations v = new Violations();
		int limit = limit(request.limit(), v);
		boolean withActions = false;
		if (request.include() != null) {
			for (int i = 0; i < request.include().size(); i++) {
				if ("actions".equals(request.include().get(i))) {
					withActions = true;
				}
				else {
					v.add(ErrorCode.INVALID_VALUE, "`include` supports only `actions`.", "include[" + i + "]");
				}
			}
		}
		v.throwIfAny();
		SubscriptionRequests.Search.Filter filter = (request.query() != null && request.query().filter() != null)
				? request.query().filter() : new SubscriptionRequests.Search.Filter(null, null, null);
		List<String> locationIds = nonEmpty(filter.locationIds());
		List<String> customerIds = nonEmpty(filter.customerIds());
		List<String> sources = nonEmpty(filter.sourceNames());
		List<String> keys = new ArrayList<>();
		if (customerIds != null) {
			keys.add("locationId");
			keys.add("customerId");
		}
		else if (locationIds != null && locationIds.size() > 1) {
			keys.add("locationId");
		}
		keys.add("createdAt");
		keys.add("id");
		String fingerprint = "subscriptions|" + keys + "|" + sorted(locationIds) + "|" + sorted(customerIds) + "|"
				+ sorted(sources);

		StringBuilder jpql = new StringBuilder("select s from Subscription s where s.accountId = :account");
		Map<String, Object> params = new HashMap<>();
		params.put("account", accountId);
		if (locationIds != null) {
			jpql.append(" and s.locationId in :locations");
			params.put("locations", locationIds);
		}
		if (customerIds != null) {
			jpql.append(" and s.customerId in :customers");
			params.put("customers", customerIds);
		}
		if (sources != null) {
			jpql.append(" and s.sourceApplication in :sources");
			params.put("sources", sources);
		}
		if (request.cursor() != null) {
			List<String> last = this.cursors.decode(request.cursor(), accountId, fingerprint);
			if (last.size() != keys.size()) {
				throw new ApiException(ErrorCode.INVALID_CURSOR, "The cursor is not valid for this request.", "cursor");
			}
			// (k1, k2, ...) > (v1, v2, ...), spelled out so that H2 and PostgreSQL both use the index
			List<String> alternatives = new ArrayList<>();
			for (int i = 0; i < keys.size(); i++) {
				StringBuilder alt = new StringBuilder("(");
				for (int j = 0; j < i; j++) {
					alt.append("s.").append(keys.get(j)).append(" = :k").append(j).append(" and ");
				}
				alt.append("s.").append(keys.get(i)).append(" > :k").append(i).append(')');
				alternatives.add(alt.toString());
			}
			jpql.append(" and (").append(String.join(" or ", alternatives)).append(')');
			for (int i = 0; i < keys.size(); i++) {
				params.put("k" + i, keys.get(i).equals("createdAt") ? Instant.parse(last.get(i)) : last.get(i));
			}
			// the redundant seek bound lets the index start at the cursor (the ORs alone only filter)
			jpql.append(" and s.").append(keys.get(0)).append(" >= :k0");
		}
		else {
			jpql.append(" and s.").append(keys.get(0)).append(" >= :floor"); // filters nothing: see Cursors.EARLIEST
			params.put("floor", keys.get(0).equals("createdAt") ? Cursors.EARLIEST : Cursors.LOWEST);
		}
		// the account first: H2 reads an index in order only when the ORDER BY starts with its first column
		jpql.append(" order by s.accountId, ");
		jpql.append(String.join(", ", keys.stream().map((k) -> "s." + k).toList()));
		TypedQuery<Subscription> query = this.em.createQuery(jpql.toString(), Subscription.class);
		params.forEach(query::setParameter);
		List<Subscription> rows = query.setMaxResults(limit + 1).getResultList();
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			Subscription last = rows.get(limit - 1);
			List<String> values = new ArrayList<>();
			for (String key : keys) {
				values.add(switch (key) {
					case "locationId" -> last.getLocationId();
					case "customerId" -> last.getCustomerId();
					case "createdAt" -> last.getCreatedAt().toString();
					default -> last.getId();
				});
			}
			next = this.cursors.encode(accountId, fingerprint, values);
		}
		return new Page(views(rows, withActions), next);
	}

	@Transactional(readOnly = true)
	EventPage events(long accountId, String id, String cursor, Integer limitParam) {
		Violations v = new Violations();
		int limit = limit(limitParam, v);
		v.throwIfAny();
		Subscription s = find(accountId, id);
		String fingerprint = "subscription-events|" + id;
		long after = 0;
		if (cursor != null) {
			List<String> last = this.cursors.decode(cursor, accountId, fingerprint);
			try {
				after = Long.parseLong(last.get(0));
			}
			catch (NumberFormatException ex) {
				throw new ApiException(ErrorCode.INVALID_CURSOR, "The cursor is not valid for this request.", "cursor");
			}
		}
		List<SubscriptionEvent> rows = this.events.findBySubscriptionIdAndSeqGreaterThanOrderBySeqAsc(s.getId(), after,
				Limit.of(limit + 1));
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			next = this.cursors.encode(accountId, fingerprint, List.of(rows.get(limit - 1).getSeq().toString()));
		}
		return new EventPage(rows.stream().map(EventView::of).toList(), next);
	}

	// --- update

	@Transactional
	SubscriptionView update(long accountId, String id, JsonNode body) {
		SubscriptionChanges changes = SubscriptionChanges.parse(body, id);
		Subscription s = lock(accountId, id);
		if (changes.version() != null && changes.version() != s.getVersion()) {
			throw ApiException.versionMismatch(changes.version(), s.getVersion(), "subscription", id,
					"subscription.version");
		}
		if (changes.isEmpty()) {
			return view(s, false);
		}
		if (s.getStatus() == SubscriptionStatus.CANCELED) {
			throw ApiException.badRequest("Subscription `" + id + "` is canceled and can no longer change.");
		}
		Violations v = new Violations();
		if (changes.cardId() != null) {
			String card = changes.cardId().value();
			if (card != null && !this.cards.isUsable(accountId, card, s.getCustomerId())) {
				v.addAll(ApiException.referenceNotFound("Card", card, "subscription.card_id"));
			}
			if (card == null && this.customers.find(accountId, s.getCustomerId())
				.map((c) -> !c.hasEmail())
				.orElse(false)) {
				v.addAll(Billing.missingEmail(s.getCustomerId()));
			}
		}
		if (changes.clearCanceledDate() && s.getStatus() == SubscriptionStatus.CANCELED) {
			v.add(ErrorCode.BAD_REQUEST, "A canceled subscription stays canceled.", "subscription.canceled_date");
		}
		v.throwIfAny();
		if (changes.taxPercentage() != null) {
			s.setTaxPercentage(changes.taxPercentage().value());
		}
		if (changes.priceOverrideMoney() != null) {
			s.setPriceOverride(changes.priceOverrideMoney().value());
		}
		if (changes.cardId() != null) {
			s.setCardId(changes.cardId().value());
		}
		if (changes.sourceName() != null) {
			s.setSourceName(changes.sourceName().value());
		}
		if (changes.clearCanceledDate()) {
			s.unscheduleCancel();
		}
		s.touch(this.clock.now(accountId));
		s.reschedule();
		return saved(s);
	}

	// --- cancel, pause, resume, actions

	/**
	 * Cancels at the end of the billed period (the charged-through date; the start date when nothing was billed
	 * yet): the subscription stays ACTIVE until then. A PENDING subscription, or one whose billed time is over
	 * (paused, deactivated), is canceled today.
	 */
	@Transactional
	Changed cancel(long accountId, String id, SubscriptionRequests.Cancel body) {
		samePath(id, (body != null) ? body.subscriptionId() : null);
		Instant now = this.clock.now(accountId);
		Subscription s = lockAndCatchUp(accountId, id, now);
		if (s.getStatus() == SubscriptionStatus.CANCELED) {
			throw ApiException.badRequest("Subscription `" + id + "` is already canceled.");
		}
		if (s.getCanceledDate() != null || s.pending(SubscriptionAction.Type.CANCEL).isPresent()) {
			throw ApiException.badRequest("Subscription `" + id + "` is already scheduled to be canceled on "
					+ s.getCanceledDate() + ".");
		}
		LocalDate today = s.today(now);
		LocalDate end = (s.getChargedThroughDate() != null) ? s.getChargedThroughDate()
				: (s.getStartDate() != null) ? s.getStartDate() : today;
		SubscriptionAction action;
		boolean immediately = !s.isFrozen() && (s.getStatus() == SubscriptionStatus.PENDING || !end.isAfter(today));
		s.touch(now);
		if (immediately) {
			action = new SubscriptionAction(Ids.uuid(), s, SubscriptionAction.Type.CANCEL, today, null, null, now);
			s.cancelOn(today);
			this.billing.event(s, SubscriptionEvent.Type.STOP_SUBSCRIPTION, today, null, null, now);
		}
		else {
			action = s.scheduleCancel(Ids.uuid(), end, now);
		}
		s.reschedule();
		return new Changed(saved(s), List.of(SubscriptionView.ActionView.of(action)));
	}

	/**
	 * Schedules a PAUSE at the start of a billing period: the next one when {@code pause_effective_date} is absent or
	 * falls within the current period, else the first period starting on or after it. A RESUME follows after
	 * {@code pause_cycle_duration} periods or on {@code resume_effective_date}.
	 */
	@Transactional
	Changed pause(long accountId, String id, SubscriptionRequests.Pause body) {
		SubscriptionRequests.Pause request = (body != null) ? body
				: new SubscriptionRequests.Pause(null, null, null, null, null, null, null);
		samePath(id, request.subscriptionId());
		Violations v = new Violations();
		LocalDate pauseOn = Validation.date(request.pauseEffectiveDate(), "pause_effective_date", v);
		LocalDate resumeOn = Validation.date(request.resumeEffectiveDate(), "resume_effective_date", v);
		SubscriptionAction.Timing timing = timing(request.resumeChangeTiming(), v);
		Long cycles = request.pauseCycleDuration();
		if (cycles != null && (resumeOn != null || timing != null)) {
			v.add(ErrorCode.INVALID_VALUE, "`pause_cycle_duration` cannot be combined with `resume_effective_date` "
					+ "or `resume_change_timing`.", "pause_cycle_duration");
		}
		if (cycles != null && cycles < 1) {
			v.add(ErrorCode.VALUE_TOO_LOW, "`pause_cycle_duration` must be at least 1.", "pause_cycle_duration");
		}
		if (cycles != null && cycles > 1000) {
			v.add(ErrorCode.VALUE_TOO_HIGH, "`pause_cycle_duration` must be at most 1000.", "pause_cycle_duration");
		}
		if (timing != null && resumeOn == null) {
			v.add(ErrorCode.MISSING_REQUIRED_PARAMETER,
					"`resume_change_timing` needs a `resume_effective_date`.", "resume_effective_date");
		}
		if (request.pauseReason() != null && request.pauseReason().length() > 255) {
			v.add(ErrorCode.VALUE_TOO_LONG, "`pause_reason` is longer than 255 characters.", "pause_reason");
		}
		v.throwIfAny();
		Instant now = this.clock.now(accountId);
		Subscription s = lockAndCatchUp(accountId, id, now);
		if (s.getStatus() != SubscriptionStatus.ACTIVE) {
			throw ApiException.badRequest("Only an ACTIVE subscription can be paused; subscription `" + id + "` is "
					+ s.getStatus() + ".");
		}
		if (s.pending(SubscriptionAction.Type.PAUSE).isPresent()) {
			throw ApiException.badRequest("Subscription `" + id + "` already has a scheduled pause.");
		}
		if (s.getCanceledDate() != null) {
			throw ApiException.badRequest("Subscription `" + id + "` is scheduled to be canceled on "
					+ s.getCanceledDate() + ".");
		}
		LocalDate today = s.today(now);
		Schedule schedule = s.schedule();
		Schedule.Position from = s.position();
		if (from.start() == null) {
			from = from.startingOn(today);
		}
		LocalDate requested = (pauseOn != null && pauseOn.isAfter(from.start())) ? pauseOn : from.start();
		Schedule.Position pauseAt = schedule.firstOnOrAfter(from, requested);
		if (schedule.ended(pauseAt)) {
			throw ApiException.invalid("The plan ends on " + pauseAt.start() + ", before the pause could start.",
					"pause_effective_date");
		}
		List<SubscriptionView.ActionView> created = new ArrayList<>();
		s.touch(now);
		created.add(SubscriptionView.ActionView.of(s.addAction(Ids.uuid(), SubscriptionAction.Type.PAUSE,
				pauseAt.start(), null, request.pauseReason(), now)));
		LocalDate resumeDate = null;
		SubscriptionAction.Timing resumeTiming = null;
		if (cycles != null) {
			Schedule.Position p = pauseAt;
			for (long i = 0; i < cycles && !schedule.ended(p); i++) {
				p = schedule.next(p);
			}
			resumeDate = p.start();
			resumeTiming = SubscriptionAction.Timing.END_OF_BILLING_CYCLE;
		}
		else if (resumeOn != null) {
			LocalDate earliest = schedule.end(pauseAt);
			if (resumeOn.isBefore(earliest)) {
				throw ApiException.invalid("`resume_effective_date` must be at least one billing cycle after the pause "
						+ "(" + pauseAt.start() + "): " + earliest + " or later.", "resume_effective_date");
			}
			resumeTiming = (timing != null) ? timing : SubscriptionAction.Timing.IMMEDIATE;
			resumeDate = (resumeTiming == SubscriptionAction.Timing.IMMEDIATE) ? resumeOn
					: schedule.firstOnOrAfter(pauseAt, resumeOn).start();
		}
		if (resumeDate != null) {
			created.add(SubscriptionView.ActionView.of(s.addAction(Ids.uuid(), SubscriptionAction.Type.RESUME,
					resumeDate, resumeTiming, null, now)));
		}
		s.reschedule();
		this.billing.catchUp(s, now);
		return new Changed(saved(s), created);
	}

	/**
	 * Schedules a RESUME of a PAUSED or DEACTIVATED subscription (or of one with a scheduled pause): IMMEDIATE restarts
	 * billing on {@code resume_effective_date} (default today) with new period dates; END_OF_BILLING_CYCLE on the first
	 * date of the old schedule on or after it. A resume due today happens now, billing the new period.
	 */
	@Transactional
	Changed resume(long accountId, String id, SubscriptionRequests.Resume body) {
		SubscriptionRequests.Resume request = (body != null) ? body
				: new SubscriptionRequests.Resume(null, null, null, null);
		samePath(id, request.subscriptionId());
		Violations v = new Violations();
		LocalDate resumeOn = Validation.date(request.resumeEffectiveDate(), "resume_effective_date", v);
		SubscriptionAction.Timing timing = timing(request.resumeChangeTiming(), v);
		v.throwIfAny();
		Instant now = this.clock.now(accountId);
		Subscription s = lockAndCatchUp(accountId, id, now);
		Optional<SubscriptionAction> pause = s.pending(SubscriptionAction.Type.PAUSE);
		boolean stopped = s.getStatus() == SubscriptionStatus.PAUSED || s.getStatus() == SubscriptionStatus.DEACTIVATED;
		if (!stopped && !(s.getStatus() == SubscriptionStatus.ACTIVE && pause.isPresent())) {
			throw ApiException.badRequest("Only a PAUSED or DEACTIVATED subscription (or one with a scheduled pause) "
					+ "can be resumed; subscription `" + id + "` is " + s.getStatus() + ".");
		}
		LocalDate today = s.today(now);
		LocalDate date = (resumeOn != null) ? resumeOn : today;
		if (date.isBefore(today)) {
			throw ApiException.invalid("`resume_effective_date` " + date + " is in the past (today is " + today
					+ " in " + s.getTimezone() + ").", "resume_effective_date");
		}
		if (!stopped && !date.isAfter(pause.get().getEffectiveDate())) {
			throw ApiException.invalid("`resume_effective_date` must be after the scheduled pause on "
					+ pause.get().getEffectiveDate() + "; to drop the pause, delete its action.",
					"resume_effective_date");
		}
		SubscriptionAction.Timing effectiveTiming = (timing != null) ? timing : SubscriptionAction.Timing.IMMEDIATE;
		LocalDate effective = date;
		if (effectiveTiming == SubscriptionAction.Timing.END_OF_BILLING_CYCLE && s.getNextPeriodStart() != null) {
			Schedule.Position at = s.schedule().firstOnOrAfter(s.position(), date);
			if (!s.schedule().ended(at)) {
				effective = at.start();
			}
		}
		s.touch(now);
		s.getActions().removeIf((a) -> a.getType() == SubscriptionAction.Type.RESUME);
		SubscriptionAction action = s.addAction(Ids.uuid(), SubscriptionAction.Type.RESUME, effective, effectiveTiming,
				null, now);
		s.reschedule();
		this.billing.catchUp(s, now);
		return new Changed(saved(s), List.of(SubscriptionView.ActionView.of(action)));
	}

	@Transactional
	SubscriptionView deleteAction(long accountId, String id, String actionId) {
		Subscription s = lock(accountId, id);
		SubscriptionAction action = s.getActions()
			.stream()
			.filter((a) -> a.getId().equals(actionId))
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("Subscription action", actionId));
		s.touch(this.clock.now(accountId));
		s.removeAction(action);
		s.reschedule();
		return saved(s);
	}

	// --- helpers

	private Subscription find(long accountId, String id) {
		return this.subscriptions.findByAccountIdAndId(accountId, id)
			.orElseThrow(() -> ApiException.notFound("Subscription", id));
	}

	private Subscription lock(long accountId, String id) {
		return this.subscriptions.lock(accountId, id).orElseThrow(() -> ApiException.notFound("Subscription", id));
	}

	/** The subscription as of now: anything the job has not run yet (it runs once a minute) runs first. */
	private Subscription lockAndCatchUp(long accountId, String id, Instant now) {
		Subscription s = lock(accountId, id);
		this.billing.catchUp(s, now);
		return s;
	}

	private SubscriptionView saved(Subscription s) {
		this.subscriptions.flush();
		return view(s, false);
	}

	private SubscriptionView view(Subscription s, boolean withActions) {
		List<String> invoiceIds = this.invoices.findBySubscriptionIdOrderByPeriodStartDesc(s.getId())
			.stream()
			.map(SubscriptionInvoice::getId)
			.toList();
		return SubscriptionView.of(s, invoiceIds, withActions);
	}

	private List<SubscriptionView> views(List<Subscription> rows, boolean withActions) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, List<String>> invoiceIds = new HashMap<>();
		this.invoices.findBySubscriptionIdInOrderByPeriodStartDesc(rows.stream().map(Subscription::getId).toList())
			.forEach((i) -> invoiceIds.computeIfAbsent(i.getSubscriptionId(), (k) -> new ArrayList<>()).add(i.getId()));
		return rows.stream()
			.map((s) -> SubscriptionView.of(s, invoiceIds.getOrDefault(s.getId(), List.of()), withActions))
			.toList();
	}

	private static void samePath(String pathId, String bodyId) {
		if (bodyId != null && !bodyId.equals(pathId)) {
			throw ApiException.invalid("`subscription_id` must be the subscription id of the path.", "subscription_id");
		}
	}

	private static SubscriptionAction.Timing timing(String value, Violations v) {
		if (value == null) {
			return null;
		}
		try {
			return SubscriptionAction.Timing.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			v.add(ErrorCode.INVALID_ENUM_VALUE, "`" + Validation.shorten(value)
					+ "` is not a ChangeTiming; use IMMEDIATE or END_OF_BILLING_CYCLE.", "resume_change_timing");
			return null;
		}
	}

	static int limit(Integer limit, Violations v) {
		if (limit == null) {
			return DEFAULT_LIMIT;
		}
		if (limit < 1) {
			v.add(ErrorCode.VALUE_TOO_LOW, "`limit` must be at least 1.", "limit");
		}
		else if (limit > 100) {
			v.add(ErrorCode.VALUE_TOO_HIGH, "`limit` must be at most 100.", "limit");
		}
		return limit;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static List<String> nonEmpty(List<String> values) {
		return (values == null || values.isEmpty()) ? null : values;
	}

	private static String sorted(List<String> values) {
		return (values == null) ? "-" : new TreeSet<>(values).toString();
	}

}
