package io.theneo.emulator.orders;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.RequiresScopes;
import io.theneo.emulator.accounts.Scopes;
import io.theneo.emulator.accounts.Tenant;
import io.theneo.emulator.orders.OrderRequests.BatchRetrieveOrdersRequest;
import io.theneo.emulator.orders.OrderRequests.CalculateOrderRequest;
import io.theneo.emulator.orders.OrderRequests.CloneOrderRequest;
import io.theneo.emulator.orders.OrderRequests.CreateOrderRequest;
import io.theneo.emulator.orders.OrderRequests.SearchOrdersRequest;
import io.theneo.emulator.orders.OrderRequests.UpdateOrderRequest;

@Tag(name = "Orders", description = "Orders whose money (discounts, taxes, service charges, totals) the server computes.")
@RestController
class OrderController {

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

	@Operation(summary = "Create an order", description = "Resolves catalog ids, computes all money; OPEN (or DRAFT), version 1.")
	@PostMapping("/v2/orders")
	@RequiresScopes(Scopes.ORDERS_WRITE)
	One create(Tenant tenant, @RequestBody CreateOrderRequest request) {
		return new One(this.orders.create(tenant.accountId(), request));
	}

	@Operation(summary = "Retrieve an order")
	@GetMapping("/v2/orders/{order_id}")
	@RequiresScopes(Scopes.ORDERS_READ)
	One retrieve(Tenant tenant, @PathVariable("order_id") String orderId) {
		return new One(this.orders.retrieve(tenant.accountId(), orderId));
	}

	@Operation(summary = "Retrieve up to 100 orders by id", description = "Unknown ids are skipped.")
	@PostMapping("/v2/orders/batch-retrieve")
	@RequiresScopes(Scopes.ORDERS_READ)
	Many batchRetrieve(Tenant tenant, @RequestBody BatchRetrieveOrdersRequest request) {
		return new Many(this.orders.batchRetrieve(tenant.accountId(), request));
	}

	@Operation(summary = "Update an order", description = "Sparse order with its version, plus fields_to_clear; "
			+ "entries merge by uid; money recomputed; version + 1.")
	@PutMapping("/v2/orders/{order_id}")
	@RequiresScopes(Scopes.ORDERS_WRITE)
	One update(Tenant tenant, @PathVariable("order_id") String orderId, @RequestBody UpdateOrderRequest request) {
		return new One(this.orders.update(tenant.accountId(), orderId, request));
	}

	@Operation(summary = "Search orders", description = "By location, state, customer, source and one time range; "
			+ "sorted by one timestamp; keyset cursors.")
	@PostMapping("/v2/orders/search")
	@RequiresScopes(Scopes.ORDERS_READ)
	OrderSearch.SearchResult search(Tenant tenant, @RequestBody SearchOrdersRequest request) {
		return this.search.search(tenant.accountId(), request);
	}

	@Operation(summary = "Calculate an order", description = "The money of an order, nothing stored.")
	@PostMapping("/v2/orders/calculate")
	@RequiresScopes(Scopes.ORDERS_READ)
	One calculate(Tenant tenant, @RequestBody CalculateOrderRequest request) {
		return new One(this.orders.calculate(tenant.accountId(), request));
	}

	@Operation(summary = "Clone an order", description = "A DRAFT copy with a new id, version 1, priced at current catalog values.")
	@PostMapping("/v2/orders/{order_id}/clone")
	@RequiresScopes(Scopes.ORDERS_WRITE)
	One cloneOrder(Tenant tenant, @PathVariable("order_id") String orderId,
			@RequestBody(required = false) CloneOrderRequest request) {
		CloneOrderRequest body = request != null ? request : new CloneOrderRequest(null, null, null);
		return new One(this.orders.clone(tenant.accountId(), orderId, body));
	}

}
