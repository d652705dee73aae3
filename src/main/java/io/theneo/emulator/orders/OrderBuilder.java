package io.theneo.emulator.orders;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.theneo.emulator.customers.CustomerDirectory;
import io.theneo.emulator.locations.LocationService;
import io.theneo.emulator.locations.LocationService.LocationInfo;
import io.theneo.emulator.orders.OrderDraft.Applied;
import io.theneo.emulator.orders.OrderRequests.OrderBody;
import io.theneo.emulator.orders.OrderView.AppliedDiscountView;
import io.theneo.emulator.orders.OrderView.AppliedServiceChargeView;
import io.theneo.emulator.orders.OrderView.AppliedTaxView;
import io.theneo.emulator.orders.OrderView.DiscountView;
import io.theneo.emulator.orders.OrderView.LineItemView;
import io.theneo.emulator.orders.OrderView.ModifierView;
import io.theneo.emulator.orders.OrderView.MoneyJson;
import io.theneo.emulator.orders.OrderView.ServiceChargeView;
import io.theneo.emulator.orders.OrderView.TaxView;
import io.theneo.emulator.pricing.CalculationPhase;
import io.theneo.emulator.pricing.DiscountType;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.pricing.Scope;
import io.theneo.emulator.pricing.TaxType;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;

/**
 * Builds the content of an order from a request (create, calculate) or from a stored order (update, clone): reads
 * the request, checks the location and customer, resolves catalog references and prices the result, reporting every
 * problem together.
 */
@Component
class OrderBuilder {

	/**
	 * Square names an order's source after the application that created it when the request names none; the demo's
	 * "Create order" answer shows "My App" for a request without a source, so that is this server's application name.
	 */
	static final String DEFAULT_SOURCE_NAME = "My App";

	private final LocationService locations;

	private final CatalogResolver catalog;

	private final CustomerDirectory customers;

	OrderBuilder(LocationService locations, CatalogResolver catalog, CustomerDirectory customers) {
		this.locations = locations;
		this.catalog = catalog;
		this.customers = customers;
	}

	/** A new order's location, state, draft and priced content. */
	record Built(LocationInfo location, Currency currency, OrderState state, OrderDraft draft, OrderContent content) {
	}

	/** The order of a create or calculate request, priced; throws with every problem found. */
	Built fromRequest(long accountId, OrderBody order) {
		if (order == null) {
			throw new ApiException(ErrorCode.MISSING_REQUIRED_PARAMETER, "The request needs an order.", "order");
		}
		Problems problems = new Problems();
		LocationInfo location = location(accountId, order.locationId(), problems);
		if (order.id() != null) {
			problems.add(ApiException.readOnly("order.id"));
		}
		if (order.version() != null) {
			problems.add(ApiException.readOnly("order.version"));
		}
		OrderState state = order.state() == null ? OrderState.OPEN : order.state();
		if (state != OrderState.OPEN && state != OrderState.DRAFT) {
			problems.add(ErrorCode.INVALID_VALUE, "A new order is OPEN or DRAFT, not " + state + ".", "order.state");
		}
		Currency currency = location == null ? null : Currency.getInstance(location.currency());
		OrderDraft draft = new OrderDraft();
		draft.sourceName = DEFAULT_SOURCE_NAME;
		OrderRequestReader reader = new OrderRequestReader(draft, problems,
				currency != null ? currency : Currency.getInstance("USD"), false);
		if (!reader.withinLimits(order)) {
			problems.throwIfAny();
		}
		reader.readOrderFields(order);
		reader.readEntries(order);
		checkCustomer(accountId, draft, problems);
		this.catalog.resolve(accountId, draft, currency != null ? currency : Currency.getInstance("USD"), problems,
				false);
		if (currency == null) {
			// no location, no currency: the money cannot be checked
			problems.throwIfAny();
		}
		OrderContent content = OrderPricing.price(draft, currency, List.of(), problems);
		problems.throwIfAny();
		return new Built(location, currency, state, draft, content);
	}

	/** The catalog references of a draft; {@code refresh} as in {@link CatalogResolver}. */
	void resolveCatalog(long accountId, OrderDraft draft, Currency currency, Problems problems, boolean refresh) {
		this.catalog.resolve(accountId, draft, currency, problems, refresh);
	}

	/** The draft's customer must be one of the account's: 400 NOT_FOUND on order.customer_id otherwise. */
	void checkCustomer(long accountId, OrderDraft draft, Problems problems) {
		if (draft.customerId != null && this.customers.find(accountId, draft.customerId).isEmpty()) {
			problems.add(ApiException.referenceNotFound("Customer", draft.customerId, "order.customer_id"));
		}
	}

	private LocationInfo location(long accountId, String locationId, Problems problems) {
		if (locationId == null) {
			problems.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "An order needs a location_id.", "order.location_id");
			return null;
		}
		LocationInfo location = this.locations.find(accountId, locationId).orElse(null);
		if (location == null) {
			problems.add(ApiException.referenceNotFound("Location", locationId, "order.location_id"));
		}
		return location;
	}

	/**
	 * A stored order as a draft, for an update, a clone or a payment. References to ORDER-scoped entries are the
	 * engine's (it writes them on every line again); the others are the client's.
	 */
	static OrderDraft draft(OrderRecord record, OrderContent content) {
		OrderDraft draft = new OrderDraft();
		draft.referenceId = record.getReferenceId();
		draft.customerId = record.getCustomerId();
		draft.sourceName = record.getSourceName();
		Map<String, Boolean> explicitTaxes = new HashMap<>();
		for (TaxView t : content.taxes()) {
			OrderDraft.Tax tax = new OrderDraft.Tax();
			tax.uid = t.uid();
			tax.catalogObjectId = t.catalogObjectId();
			tax.catalogVersion = t.catalogVersion();
			tax.name = t.name();
			tax.type = t.type() == null ? null : TaxType.valueOf(t.type());
			tax.percentage = t.percentage();
			tax.scope = t.scope() == null ? null : Scope.valueOf(t.scope());
			explicitTaxes.put(t.uid(), tax.scope != Scope.ORDER);
			draft.taxes.add(tax);
		}
		Map<String, Boolean> explicitDiscounts = new HashMap<>();
		for (DiscountView d : content.discounts()) {
			OrderDraft.Discount discount = new OrderDraft.Discount();
			discount.uid = d.uid();
			discount.catalogObjectId = d.catalogObjectId();
			discount.catalogVersion = d.catalogVersion();
			discount.name = d.name();
			discount.type = d.type() == null ? null : DiscountType.valueOf(d.type());
			discount.percentage = d.percentage();
			discount.amount = money(d.amountMoney());
			discount.scope = d.scope() == null ? null : Scope.valueOf(d.scope());
			explicitDiscounts.put(d.uid(), discount.scope != Scope.ORDER);
			draft.discounts.add(discount);
		}
		Map<String, Boolean> explicitCharges = new HashMap<>();
		for (ServiceChargeView c : content.serviceCharges()) {
			OrderDraft.Charge charge = new OrderDraft.Charge();
			charge.uid = c.uid();
			charge.name = c.name();
			charge.percentage = c.percentage();
			charge.amount = money(c.amountMoney());
			charge.phase = c.calculationPhase() == null ? null : CalculationPhase.valueOf(c.calculationPhase());
			charge.taxable = c.taxable();
			for (AppliedTaxView ref : list(c.appliedTaxes())) {
				charge.appliedTaxes.add(new Applied(ref.uid(), ref.taxUid(), false));
			}
			explicitCharges.put(c.uid(), Scope.LINE_ITEM.name().equals(c.scope()));
			draft.charges.add(charge);
		}
		for (LineItemView l : content.lineItems()) {
			draft.lines.add(line(l, explicitTaxes, explicitDiscounts, explicitCharges));
		}
		return draft;
	}

	private static OrderDraft.Line line(LineItemView l, Map<String, Boolean> explicitTaxes,
			Map<String, Boolean> explicitDiscounts, Map<String, Boolean> explicitCharges) {
		OrderDraft.Line line = new OrderDraft.Line();
		line.uid = l.uid();
		line.name = l.name();
		line.quantity = l.quantity();
		if (l.quantityUnit() != null) {
			line.hasUnit = true;
			line.measurementUnit = l.quantityUnit().measurementUnit();
			line.precision = l.quantityUnit().precision();
		}
		line.note = l.note();
		line.catalogObjectId = l.catalogObjectId();
		line.catalogVersion = l.catalogVersion();
		line.variationName = l.variationName();
		line.basePrice = money(l.basePriceMoney());
		for (ModifierView m : list(l.modifiers())) {
			OrderDraft.Modifier modifier = new OrderDraft.Modifier();
			modifier.uid = m.uid();
			modifier.catalogObjectId = m.catalogObjectId();
			modifier.catalogVersion = m.catalogVersion();
			modifier.name = m.name();
			modifier.quantity = m.quantity();
			modifier.basePrice = money(m.basePriceMoney());
			line.modifiers.add(modifier);
		}
		for (AppliedTaxView ref : list(l.appliedTaxes())) {
			line.appliedTaxes.add(new Applied(ref.uid(), ref.taxUid(), explicitTaxes.getOrDefault(ref.taxUid(), true)));
		}
		for (AppliedDiscountView ref : list(l.appliedDiscounts())) {
			line.appliedDiscounts.add(new Applied(ref.uid(), ref.discountUid(),
					explicitDiscounts.getOrDefault(ref.discountUid(), true)));
		}
		for (AppliedServiceChargeView ref : list(l.appliedServiceCharges())) {
			line.appliedCharges.add(new Applied(ref.uid(), ref.serviceChargeUid(),
					explicitCharges.getOrDefault(ref.serviceChargeUid(), true)));
		}
		return line;
	}

	private static Money money(MoneyJson money) {
		return money == null ? null : money.toMoney();
	}

	private static <T> List<T> list(List<T> list) {
		return list == null ? List.of() : list;
	}

}
