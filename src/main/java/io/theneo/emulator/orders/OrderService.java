package io.theneo.emulator.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.cards.CardPayments;
import io.theneo.emulator.cards.Charge;
import io.theneo.emulator.orders.OrderRequests.BatchRetrieveOrdersRequest;
import io.theneo.emulator.orders.OrderRequests.CalculateOrderRequest;
import io.theneo.emulator.orders.OrderRequests.CloneOrderRequest;
import io.theneo.emulator.orders.OrderRequests.CreateOrderRequest;
import io.theneo.emulator.orders.OrderRequests.OrderBody;
import io.theneo.emulator.orders.OrderRequests.PayOrderRequest;
import io.theneo.emulator.orders.OrderRequests.UpdateOrderRequest;
import io.theneo.emulator.orders.OrderView.CardDetails;
import io.theneo.emulator.orders.OrderView.CardRef;
import io.theneo.emulator.orders.OrderView.MoneyJson;
import io.theneo.emulator.orders.OrderView.NetAmountsView;
import io.theneo.emulator.orders.OrderView.SourceView;
import io.theneo.emulator.orders.OrderView.TenderView;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.Ids;

/** The Orders API's use cases. Each runs in one short transaction; an order is one row (see {@link OrderRecord}). */
@Service
class OrderService {

	static final int MAX_BATCH_IDS = 100;

	private final OrderRepository orders;

	private final OrderBuilder builder;

	private final AccountClock clock;

	private final JsonMapper json;

	private final CardPayments cards;

	OrderService(OrderRepository orders, OrderBuilder builder, AccountClock clock, JsonMapper json,
			CardPayments cards) {
		this.orders = orders;
		this.builder = builder;
		this.clock = clock;
		this.json = json;
		this.cards = cards;
	}

	@Transactional
	OrderView create(long accountId, CreateOrderRequest request) {
		OrderBuilder.Built built = this.builder.fromRequest(accountId, request.order());
		Instant now = this.clock.now(accountId);
		OrderRecord record = new OrderRecord(Ids.orderId(), accountId, built.location().id(), built.state(), now);
		store(record, built.draft(), built.content(), built.currency(), now);
		this.orders.save(record);
		return view(record, built.content());
	}

	/** The money of an order, nothing stored: a create without id, version or timestamps. */
	@Transactional(readOnly = true)
	OrderView calculate(long accountId, CalculateOrderRequest request) {
		OrderBuilder.Built built = this.builder.fromRequest(accountId, request.order());
		OrderDraft d = built.draft();
		OrderContent c = built.content();
		return new OrderView(null, built.location().id(), c.lineItems(), c.taxes(), c.discounts(), c.serviceCharges(),
				null, null, null, null, built.state(), null, d.referenceId, d.customerId, c.totalMoney(),
				c.totalTaxMoney(), c.totalDiscountMoney(), c.totalTipMoney(), c.totalServiceChargeMoney(),
				net(c), d.sourceName == null ? null : new SourceView(d.sourceName));
	}

	@Transactional(readOnly = true)
	OrderView retrieve(long accountId, String orderId) {
		OrderRecord record = find(accountId, orderId);
		return view(record, content(record));
	}

	/** Known ids of the account, in the order asked for; unknown and foreign ones are skipped. */
	@Transactional(readOnly = true)
	List<OrderView> batchRetrieve(long accountId, BatchRetrieveOrdersRequest request) {
		List<String> ids = request.orderIds();
		if (ids == null) {
			throw new ApiException(ErrorCode.MISSING_REQUIRED_PARAMETER, "The request needs order_ids.", "order_ids");
		}
		if (ids.size() > MAX_BATCH_IDS) {
			throw new ApiException(ErrorCode.VALUE_TOO_HIGH,
					"At most " + MAX_BATCH_IDS + " orders can be retrieved at once; the request names " + ids.size() + ".",
					"order_ids");
		}
		Set<String> wanted = new LinkedHashSet<>();
		ids.stream().filter((id) -> id != null).forEach(wanted::add);
		if (wanted.isEmpty()) {
			return List.of();
		}
		Map<String, OrderRecord> found = this.orders.findByAccountIdAndIdIn(accountId, wanted)
			.stream()
			.collect(Collectors.toMap(OrderRecord::getId, Function.identity()));
		List<OrderView> views = new ArrayList<>();
		for (String id : wanted) {
			OrderRecord record = found.get(id);
			if (record != null && (request.locationId() == null || request.locationId().equals(record.getLocationId()))) {
				views.add(view(record, content(record)));
			}
		}
		return views;
	}

	@Transactional
	OrderView update(long accountId, String orderId, UpdateOrderRequest request) {
		Problems problems = new Problems();
		if (request.orderId() != null && !request.orderId().equals(orderId)) {
			problems.add(ErrorCode.INVALID_VALUE, "The body's order_id differs from the order id of the path.", "order_id");
		}
		OrderBody body = request.order();
		if (body == null || body.version() == null) {
			problems.add(ErrorCode.MISSING_REQUIRED_PARAMETER,
					"An update needs the version of the order it changes.", "order.version");
		}
		problems.throwIfAny();
		OrderRecord record = find(accountId, orderId);
		if (body.version() != record.getVersion()) {
			throw ApiException.versionMismatch(body.version(), record.getVersion(), "order", orderId, "order.version");
		}
		record.requireChangeable();
		if (body.id() != null && !body.id().equals(orderId)) {
			problems.add(ErrorCode.INVALID_VALUE, "The order's id cannot change.", "order.id");
		}
		if (body.locationId() != null && !body.locationId().equals(record.getLocationId())) {
			problems.add(ErrorCode.INVALID_VALUE, "An order cannot move to another location.", "order.location_id");
		}
		if (body.state() != null && !record.getState().canBecome(body.state())) {
			problems.add(ErrorCode.BAD_REQUEST,
					"An order in state " + record.getState() + " cannot change to " + body.state() + ".", "order.state");
		}
		OrderContent stored = content(record);
		OrderDraft draft = OrderBuilder.draft(record, stored);
		String customerBefore = draft.customerId;
		FieldsToClear.apply(draft, request.fieldsToClear(), problems);
		Currency currency = Currency.getInstance(record.getCurrency());
		OrderRequestReader reader = new OrderRequestReader(draft, problems, currency, true);
		if (reader.withinLimits(body)) {
			reader.readOrderFields(body);
			reader.readEntries(body);
			reader.checkMergedLimits();
		}
		if (draft.customerId != null && !draft.customerId.equals(customerBefore)) {
			this.builder.checkCustomer(accountId, draft, problems);
		}
		this.builder.resolveCatalog(accountId, draft, currency, problems, false);
		OrderContent content = OrderPricing.price(draft, currency, stored.tenders(), problems);
		problems.throwIfAny();
		Instant now = after(record, this.clock.now(accountId));
		if (body.state() != null) {
			record.moveTo(body.state(), now);
		}
		store(record, draft, content, currency, now);
		flush(orderId, body.version(), "order.version");
		return view(record, content);
	}

	/**
	 * A DRAFT copy under a new id: the same line items, taxes, discounts and service charges (with their uids, which
	 * only need to be unique within one order), catalog references priced at the catalog's current values.
	 */
	@Transactional
	OrderView clone(long accountId, String orderId, CloneOrderRequest request) {
		if (request.orderId() != null && !request.orderId().equals(orderId)) {
			throw new ApiException(ErrorCode.INVALID_VALUE, "The body's order_id differs from the order id of the path.",
					"order_id");
		}
		OrderRecord original = find(accountId, orderId);
		if (request.version() != null && request.version() != original.getVersion()) {
			throw ApiException.versionMismatch(request.version(), original.getVersion(), "order", orderId, "version");
		}
		OrderDraft draft = OrderBuilder.draft(original, content(original));
		Problems problems = new Problems();
		Currency currency = Currency.getInstance(original.getCurrency());
		this.builder.resolveCatalog(accountId, draft, currency, problems, true);
		OrderContent content = OrderPricing.price(draft, currency, List.of(), problems);
		problems.throwIfAny();
		Instant now = this.clock.now(accountId);
		OrderRecord copy = new OrderRecord(Ids.orderId(), accountId, original.getLocationId(), OrderState.DRAFT, now);
		store(copy, draft, content, currency, now);
		this.orders.save(copy);
		return view(copy, content);
	}

	/**
	 * Charges the order's total_money to a card on file of the order's customer (any customer's card when the order
	 * names none) and completes the order: a CARD tender, state COMPLETED, closed_at, version + 1. A decline (402) or
	 * an unusable card (400) changes nothing.
	 */
	@Transactional
	OrderView pay(long accountId, String orderId, PayOrderRequest request, boolean keyed) {
		Problems problems = new Problems();
		if (request.orderId() != null && !request.orderId().equals(orderId)) {
			problems.add(ErrorCode.INVALID_VALUE, "The body's order_id differs from the order id of the path.", "order_id");
		}
		if (!keyed) {
			problems.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Paying an order needs an idempotency_key.",
					"idempotency_key");
		}
		boolean byCard = request.cardId() != null;
		List<String> paymentIds = request.paymentIds() == null ? List.of() : request.paymentIds();
		if (byCard && !paymentIds.isEmpty()) {
			problems.add(ErrorCode.INVALID_VALUE, "Pay with a card_id or with payment_ids, not both.", "payment_ids");
		}
		else if (!byCard && paymentIds.isEmpty()) {
			problems.add(ErrorCode.MISSING_REQUIRED_PARAMETER,
					"Paying an order needs the card_id of a card on file to charge.", "card_id");
		}
		problems.throwIfAny();
		OrderRecord record = find(accountId, orderId);
		if (request.orderVersion() != null && request.orderVersion() != record.getVersion()) {
			throw ApiException.versionMismatch(request.orderVersion(), record.getVersion(), "order", orderId,
					"order_version");
		}
		if (record.getState() != OrderState.OPEN) {
			throw ApiException.badRequest("Only an OPEN order can be paid; order `" + orderId + "` is "
					+ record.getState() + ".");
		}
		if (!byCard) {
			// this server takes payments only through pay itself: no payment exists to collect
			Problems unknown = new Problems();
			for (int i = 0; i < paymentIds.size(); i++) {
				unknown.add(ApiException.referenceNotFound("Payment", paymentIds.get(i), "payment_ids[" + i + "]"));
			}
			unknown.throwIfAny();
		}
		OrderContent content = content(record);
		Money total = content.totalMoney().toMoney();
		Charge charge = this.cards.charge(accountId, request.cardId(), record.getCustomerId(), total,
				"Order " + orderId);
		List<TenderView> tenders = new ArrayList<>(content.tenders());
		tenders.add(new TenderView(charge.paymentId(), record.getLocationId(), orderId, charge.createdAt(),
				MoneyJson.of(charge.amount()), record.getCustomerId(), "CARD",
				new CardDetails("CAPTURED", new CardRef(charge.cardId()), "ON_FILE"), charge.paymentId()));
		OrderContent paid = content.withTenders(tenders);
		Instant now = after(record, this.clock.now(accountId));
		record.moveTo(OrderState.COMPLETED, now);
		record.change(record.getCustomerId(), record.getSourceName(), record.getReferenceId(),
				this.json.writeValueAsString(paid), total.amount(), record.getCurrency(), now);
		flush(orderId, request.orderVersion() != null ? request.orderVersion() : record.getVersion(), "order_version");
		return view(record, paid);
	}

	/** Two changes within a millisecond still get distinct updated_at values, so the row is always written. */
	private static Instant after(OrderRecord record, Instant now) {
		return now.isAfter(record.getUpdatedAt()) ? now : record.getUpdatedAt().plusMillis(1);
	}

	/** Writes the change now, so that losing a race to another change from the same version is a stale version. */
	private void flush(String orderId, long version, String field) {
		try {
			this.orders.flush();
		}
		catch (ConcurrencyFailureException raced) {
			// another change from the same version committed first, or holds the row
			throw new ApiException(ErrorCode.VERSION_MISMATCH, "Supplied version " + version
					+ " is no longer the current version of order " + orderId
					+ ": another request changed it first. Retrieve the order and retry with its new version.", field);
		}
	}

	OrderRecord find(long accountId, String orderId) {
		return this.orders.findByAccountIdAndId(accountId, orderId)
			.orElseThrow(() -> ApiException.notFound("Order", orderId));
	}

	OrderContent content(OrderRecord record) {
		return this.json.readValue(record.getContent(), OrderContent.class);
	}

	void store(OrderRecord record, OrderDraft draft, OrderContent content, Currency currency, Instant now) {
		record.change(draft.customerId, draft.sourceName, draft.referenceId, this.json.writeValueAsString(content),
				content.totalMoney().amount(), currency.getCurrencyCode(), now);
	}

	static OrderView view(OrderRecord r, OrderContent c) {
		return new OrderView(r.getId(), r.getLocationId(), c.lineItems(), c.taxes(), c.discounts(), c.serviceCharges(),
				c.tenders(), r.getCreatedAt(), r.getUpdatedAt(), r.getClosedAt(), r.getState(), r.getVersion(),
				r.getReferenceId(), r.getCustomerId(), c.totalMoney(), c.totalTaxMoney(), c.totalDiscountMoney(),
				c.totalTipMoney(), c.totalServiceChargeMoney(), net(c),
				r.getSourceName() == null ? null : new SourceView(r.getSourceName()));
	}

	/** Without returns, an order's net amounts are its totals. */
	private static NetAmountsView net(OrderContent c) {
		MoneyJson total = c.totalMoney();
		return new NetAmountsView(total, c.totalTaxMoney(), c.totalDiscountMoney(), c.totalTipMoney(),
				c.totalServiceChargeMoney());
	}

}
