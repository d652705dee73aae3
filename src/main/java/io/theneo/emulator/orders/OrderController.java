package io.theneo.emulator.orders;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.RequiresScopes;
import io.theneo.emulator.accounts.Scopes;
import io.theneo.emulator.accounts.Tenant;
import io.theneo.emulator.orders.OrderRequests.BatchRetrieveOrdersRequest;
import io.theneo.emulator.orders.OrderRequests.CalculateOrderRequest;
import io.theneo.emulator.orders.OrderRequests.CloneOrderRequest;
import io.theneo.emulator.orders.OrderRequests.CreateOrderRequest;
import io.theneo.emulator.orders.OrderRequests.PayOrderRequest;
import io.theneo.emulator.orders.OrderRequests.SearchOrdersRequest;
import io.theneo.emulator.orders.OrderRequests.UpdateOrderRequest;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;

@Tag(name = "Orders", description = "Orders whose money (discounts, taxes, service charges, totals) the server "
		+ "computes by the rules of Square's Orders API, to the cent.")
@RestController
class OrderController {

	private static final String JSON = "application/json";

	private static final String ERRORS = "#/components/schemas/ErrorEnvelope";

	private final OrderService orders;

	private final OrderSearch search;

	OrderController(OrderService orders, OrderSearch search) {
		this.orders = orders;
		this.search = search;
	}

	@Schema(name = "OrderResponse")
	record One(OrderView order) {
	}

	@Schema(name = "BatchRetrieveOrdersResponse")
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Many(List<OrderView> orders) {
	}

	@Operation(summary = "Create an order",
			description = "The body has `order` and `idempotency_key` only. `location_id` must be a location of the"
					+ " account; `customer_id`, if given, a customer of it. Catalog ids (line items: ITEM_VARIATION;"
					+ " modifiers; taxes; discounts) are resolved at their current version (recorded as"
					+ " `catalog_version`): the catalog fills name, variation name, price, type and rate where the"
					+ " request leaves them out. Missing uids are generated. All money is computed; read-only fields"
					+ " (totals, ids, timestamps, applied money) are 400 INVALID_VALUE. State OPEN (or DRAFT), version 1."
					+ " Limits: 500 line items, 100 taxes, 100 discounts, 100 service charges.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(implementation = CreateOrderRequest.class),
					examples = @ExampleObject(name = "the demo's Create order", value = OrderExamples.CREATE_REQUEST))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The order as created",
							content = @Content(mediaType = JSON, schema = @Schema(implementation = One.class),
									examples = @ExampleObject(value = OrderExamples.CREATE_RESPONSE))),
					@ApiResponse(responseCode = "400", description = "Every problem of the request, with its field;"
							+ " NOT_FOUND for an unknown location, customer or catalog id",
							content = @Content(mediaType = JSON, schema = @Schema(ref = ERRORS))) })
	@PostMapping("/v2/orders")
	@RequiresScopes(Scopes.ORDERS_WRITE)
	One create(Tenant tenant, @RequestBody CreateOrderRequest request) {
		return new One(this.orders.create(tenant.accountId(), request));
	}

	@Operation(summary = "Retrieve an order",
			responses = {
					@ApiResponse(responseCode = "200", description = "The order",
							content = @Content(mediaType = JSON, schema = @Schema(implementation = One.class),
									examples = @ExampleObject(value = OrderExamples.RETRIEVE_RESPONSE))),
					@ApiResponse(responseCode = "404", description = "Unknown id, or an order of another account",
							content = @Content(mediaType = JSON, schema = @Schema(ref = ERRORS))) })
	@GetMapping("/v2/orders/{order_id}")
	@RequiresScopes(Scopes.ORDERS_READ)
	One retrieve(Tenant tenant, @PathVariable("order_id") String orderId) {
		return new One(this.orders.retrieve(tenant.accountId(), orderId));
	}

	@Operation(summary = "Retrieve up to 100 orders by id",
			description = "Unknown ids, ids of other accounts and, with `location_id`, orders of other locations are"
					+ " skipped; none found answers `{}`.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(implementation = BatchRetrieveOrdersRequest.class),
					examples = @ExampleObject(name = "two fixture orders", value = OrderExamples.BATCH_REQUEST))),
			responses = @ApiResponse(responseCode = "200", description = "The orders found, in the order asked",
					content = @Content(mediaType = JSON, schema = @Schema(implementation = Many.class),
							examples = @ExampleObject(value = OrderExamples.BATCH_RESPONSE))))
	@PostMapping("/v2/orders/batch-retrieve")
	@RequiresScopes(Scopes.ORDERS_READ)
	Many batchRetrieve(Tenant tenant, @RequestBody BatchRetrieveOrdersRequest request) {
		return new Many(this.orders.batchRetrieve(tenant.accountId(), request));
	}

	@Operation(summary = "Update an order",
			description = "`order` is sparse and carries the `version` it changes (required; another version: 409"
					+ " VERSION_MISMATCH). Line items, taxes, discounts, service charges and modifiers merge by `uid`:"
					+ " a known uid changes the fields given, a new uid adds an entry, absent ones stay."
					+ " `fields_to_clear` (applied first) takes Square's paths: `line_items`, `taxes`, `discounts`,"
					+ " `service_charges`, `customer_id`, `reference_id`, `source`, `line_items[uid]`,"
					+ " `line_items[uid].note` (also name, variation_name, quantity_unit, catalog_object_id, modifiers,"
					+ " applied_taxes, applied_discounts, applied_service_charges), `line_items[uid].modifiers[uid]`,"
					+ " `line_items[uid].applied_discounts[uid]`, `line_items[uid].applied_taxes[uid]`,"
					+ " `discounts[uid]`, `taxes[uid]`, `service_charges[uid]`; removing a discount, tax or service"
					+ " charge removes the references to it. States: DRAFT to OPEN, OPEN to COMPLETED or CANCELED"
					+ " (sets closed_at); COMPLETED and CANCELED orders cannot change (400 BAD_REQUEST). Money is"
					+ " recomputed; version + 1.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(implementation = UpdateOrderRequest.class),
					examples = @ExampleObject(name = "the demo's Update order", value = OrderExamples.UPDATE_REQUEST))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The order as updated",
							content = @Content(mediaType = JSON, schema = @Schema(implementation = One.class),
									examples = @ExampleObject(value = OrderExamples.UPDATE_RESPONSE))),
					@ApiResponse(responseCode = "400", description = "Invalid change, or a closed order",
							content = @Content(mediaType = JSON, schema = @Schema(ref = ERRORS))),
					@ApiResponse(responseCode = "404", description = "Unknown order",
							content = @Content(mediaType = JSON, schema = @Schema(ref = ERRORS))),
					@ApiResponse(responseCode = "409", description = "VERSION_MISMATCH",
							content = @Content(mediaType = JSON, schema = @Schema(ref = ERRORS))) })
	@PutMapping("/v2/orders/{order_id}")
	@RequiresScopes(Scopes.ORDERS_WRITE)
	One update(Tenant tenant, @PathVariable("order_id") String orderId, @RequestBody UpdateOrderRequest request) {
		return new One(this.orders.update(tenant.accountId(), orderId, request));
	}

	@Operation(summary = "Search orders",
			description = "`location_ids` (1 to 10 of the account's) are required. Filters: `state_filter`,"
					+ " `customer_filter`, `source_filter`, and one time range of `date_time_filter`, which must be on"
					+ " the sort field (else 400 BAD_REQUEST). Sort by CREATED_AT (default), UPDATED_AT or CLOSED_AT"
					+ " (closed orders only), DESC by default. `limit` 1 to 1,000 (default 500); keyset `cursor`;"
					+ " `return_entries` answers `order_entries` instead of orders.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(implementation = SearchOrdersRequest.class),
					examples = @ExampleObject(name = "open orders of 2020", value = OrderExamples.SEARCH_REQUEST))),
			responses = @ApiResponse(responseCode = "200", description = "A page of orders or entries",
					content = @Content(mediaType = JSON, schema = @Schema(implementation = OrderSearch.SearchResult.class),
							examples = @ExampleObject(value = OrderExamples.SEARCH_RESPONSE))))
	@PostMapping("/v2/orders/search")
	@RequiresScopes(Scopes.ORDERS_READ)
	OrderSearch.SearchResult search(Tenant tenant, @RequestBody SearchOrdersRequest request) {
		return this.search.search(tenant.accountId(), request);
	}

	@Operation(summary = "Calculate an order",
			description = "The money of an order, computed as a create would, with the same checks; nothing is stored,"
					+ " so the answer has no id, version or timestamps.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(implementation = CalculateOrderRequest.class),
					examples = @ExampleObject(name = "two lines, half off", value = OrderExamples.CALCULATE_REQUEST))),
			responses = @ApiResponse(responseCode = "200", description = "The priced order",
					content = @Content(mediaType = JSON, schema = @Schema(implementation = One.class),
							examples = @ExampleObject(value = OrderExamples.CALCULATE_RESPONSE))))
	@PostMapping("/v2/orders/calculate")
	@RequiresScopes(Scopes.ORDERS_READ)
	One calculate(Tenant tenant, @RequestBody CalculateOrderRequest request) {
		return new One(this.orders.calculate(tenant.accountId(), request));
	}

	@Operation(summary = "Clone an order",
			description = "A DRAFT copy under a new id at version 1: the same line items, taxes, discounts and service"
					+ " charges (uids kept), customer, reference and source, priced at the catalog's current values."
					+ " `version`, if given, must be the original's current version.",
			responses = {
					@ApiResponse(responseCode = "200", description = "The copy",
							content = @Content(mediaType = JSON, schema = @Schema(implementation = One.class),
									examples = @ExampleObject(value = OrderExamples.CLONE_RESPONSE))),
					@ApiResponse(responseCode = "404", description = "Unknown order",
							content = @Content(mediaType = JSON, schema = @Schema(ref = ERRORS))),
					@ApiResponse(responseCode = "409", description = "VERSION_MISMATCH",
							content = @Content(mediaType = JSON, schema = @Schema(ref = ERRORS))) })
	@PostMapping("/v2/orders/{order_id}/clone")
	@RequiresScopes(Scopes.ORDERS_WRITE)
	One cloneOrder(Tenant tenant, @PathVariable("order_id") String orderId,
			@RequestBody(required = false) CloneOrderRequest request) {
		CloneOrderRequest body = request != null ? request : new CloneOrderRequest(null, null, null);
		return new One(this.orders.clone(tenant.accountId(), orderId, body));
	}

	@Operation(summary = "Pay for an order",
			description = "Charges the order's `total_money` to `card_id`, a card on file of the order's customer (of"
					+ " any customer of the account when the order has none), and completes the order: a CARD tender"
					+ " with the payment's id, state COMPLETED, `closed_at`, version + 1. Only OPEN orders can be paid"
					+ " (else 400 BAD_REQUEST); `order_version`, if given, must be the current version (409). A"
					+ " declining card (see the test card table) is 402 CARD_DECLINED, INSUFFICIENT_FUNDS, CARD_EXPIRED"
					+ " or CVV_FAILURE and changes nothing; an unknown card, or another customer's, is 400 NOT_FOUND on"
					+ " `card_id`. `payment_ids` name payments this server does not hold (400 NOT_FOUND).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(implementation = PayOrderRequest.class),
					examples = @ExampleObject(name = "the demo customer's card", value = OrderExamples.PAY_REQUEST))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The completed order with its tender",
							content = @Content(mediaType = JSON, schema = @Schema(implementation = One.class),
									examples = @ExampleObject(value = OrderExamples.PAY_RESPONSE))),
					@ApiResponse(responseCode = "400", description = "Not OPEN, unknown card, missing card_id",
							content = @Content(mediaType = JSON, schema = @Schema(ref = ERRORS))),
					@ApiResponse(responseCode = "402", description = "The card declined",
							content = @Content(mediaType = JSON, schema = @Schema(ref = ERRORS))),
					@ApiResponse(responseCode = "409", description = "VERSION_MISMATCH on order_version",
							content = @Content(mediaType = JSON, schema = @Schema(ref = ERRORS))) })
	@PostMapping("/v2/orders/{order_id}/pay")
	@RequiresScopes({ Scopes.ORDERS_WRITE, Scopes.PAYMENTS_WRITE })
	One pay(Tenant tenant, @PathVariable("order_id") String orderId, @RequestBody PayOrderRequest request,
			@Parameter(hidden = true) @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		boolean keyed = request.idempotencyKey() != null || idempotencyKey != null;
		return new One(this.orders.pay(tenant.accountId(), orderId, request, keyed));
	}

	@Operation(summary = "Clone an order (Square's path)",
			description = "The same as `POST /v2/orders/{order_id}/clone`, at the path Square's SDKs call, with the"
					+ " order's id in the body's `order_id` (required).",
			responses = @ApiResponse(responseCode = "200", description = "The copy",
					content = @Content(mediaType = JSON, schema = @Schema(implementation = One.class),
							examples = @ExampleObject(value = OrderExamples.CLONE_RESPONSE))))
	@PostMapping("/v2/orders/clone")
	@RequiresScopes(Scopes.ORDERS_WRITE)
	One cloneBySquarePath(Tenant tenant, @RequestBody CloneOrderRequest request) {
		if (request.orderId() == null) {
			throw new ApiException(ErrorCode.MISSING_REQUIRED_PARAMETER, "A clone needs the order_id to copy.",
					"order_id");
		}
		return new One(this.orders.clone(tenant.accountId(), request.orderId(), request));
	}

}
