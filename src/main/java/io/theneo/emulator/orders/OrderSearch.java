package io.theneo.emulator.orders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.locations.LocationService;
import io.theneo.emulator.orders.OrderRequests.DateTimeFilter;
import io.theneo.emulator.orders.OrderRequests.SearchFilter;
import io.theneo.emulator.orders.OrderRequests.SearchOrdersRequest;
import io.theneo.emulator.orders.OrderRequests.SearchSort;
import io.theneo.emulator.orders.OrderRequests.SortField;
import io.theneo.emulator.orders.OrderRequests.SortOrder;
import io.theneo.emulator.orders.OrderRequests.TimeRange;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.Cursors;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Violations;

/**
 * SearchOrders: the account's orders at up to ten of its locations, filtered by state, customer, source name and one
 * time range, sorted by one timestamp (newest first unless asked otherwise), paged by keyset cursors over
 * (sort timestamp, id) so that a page costs the same however deep it is.
 * <p>
 * Square's rule holds: a time range must be on the field the results are sorted by (else 400 BAD_REQUEST), and
 * filtering or sorting on closed_at only finds orders that are closed.
 */
@Component
class OrderSearch {

	static final int MAX_LOCATIONS = 10;

	static final int MAX_FILTER_VALUES = 10;

	static final int DEFAULT_LIMIT = 500;

	static final int MAX_LIMIT = 1000;

	private final EntityManager entityManager;

	private final LocationService locations;

	private final Cursors cursors;

	private final OrderService orders;

	OrderSearch(EntityManager entityManager, LocationService locations, Cursors cursors, OrderService orders) {
		this.entityManager = entityManager;
		this.locations = locations;
		this.cursors = cursors;
		this.orders = orders;
	}

	@Schema(name = "SearchOrdersResponse")
	@JsonInclude(Include.NON_EMPTY)
	record SearchResult(List<OrderEntry> orderEntries, List<OrderView> orders, String cursor) {
	}

	@Schema(name = "OrderEntry")
	record OrderEntry(String orderId, Long version, String locationId) {
	}

	/** A checked request: what the query asks, in the form the SQL and the cursor need. */
	private record Query(List<String> locationIds, List<OrderState> states, List<String> customerIds,
			List<String> sourceNames, SortField rangeField, Instant start, Instant end, SortField sortField,
			SortOrder sortOrder) {

		String column() {
			return switch (this.sortField) {
				case CREATED_AT -> "createdAt";
				case UPDATED_AT -> "updatedAt";
				case CLOSED_AT -> "closedAt";
			};
		}

		/** Stable for equal queries whatever the order of their lists; the page size is not part of it. */
		String fingerprint() {
			return "orders|loc=" + new TreeSet<>(this.locationIds) + "|states=" + new TreeSet<>(this.states)
					+ "|customers=" + new TreeSet<>(this.customerIds) + "|sources=" + new TreeSet<>(this.sourceNames)
					+ "|range=" + this.rangeField + ":" + this.start + ":" + this.end + "|sort=" + this.sortField + " "
					+ this.sortOrder;
		}

	}

	@Transactional(readOnly = true)
	SearchResult search(long accountId, SearchOrdersRequest request) {
		Violations violations = new Violations();
		Query query = check(accountId, request, violations);
		int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
		if (limit < 1) {
			violations.add(ErrorCode.VALUE_TOO_LOW, "The limit must be at least 1.", "limit");
		}
		else if (limit > MAX_LIMIT) {
			violations.add(ErrorCode.VALUE_TOO_HIGH, "The limit must be at most " + MAX_LIMIT + ".", "limit");
		}
		violations.throwIfAny();
		String fingerprint = query.fingerprint();
		Instant afterValue = null;
		String afterId = null;
		if (request.cursor() != null) {
			List<String> last = this.cursors.decode(request.cursor(), accountId, fingerprint);
			if (last.size() != 2 || last.get(0) == null || last.get(1) == null) {
				throw new ApiException(ErrorCode.INVALID_CURSOR, "The cursor is not valid for this request.", "cursor");
			}
			afterValue = Instant.parse(last.get(0));
			afterId = last.get(1);
		}
		boolean entries = Boolean.TRUE.equals(request.returnEntries());
		// entries need four columns; only full orders read the content document
		List<Row> rows = rows(accountId, query, afterValue, afterId, limit + 1, entries);
		String cursor = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			Row last = rows.get(limit - 1);
			cursor = this.cursors.encode(accountId, fingerprint, List.of(last.sortValue().toString(), last.id()));
		}
		if (entries) {
			return new SearchResult(rows.stream().map((r) -> new OrderEntry(r.id(), r.version(), r.locationId())).toList(),
					null, cursor);
		}
		List<OrderView> found = new ArrayList<>(rows.size());
		for (Row row : rows) {
			found.add(OrderService.view(row.order(), this.orders.content(row.order())));
		}
		return new SearchResult(null, found, cursor);
	}

	/** A hit: the keyset values and the entry's fields, and the whole order unless only entries were asked for. */
	private record Row(String id, long version, String locationId, Instant sortValue, OrderRecord order) {
	}

	private List<Row> rows(long accountId, Query q, Instant afterValue, String afterId, int max, boolean entries) {
		String col = "o." + q.column();
		boolean desc = q.sortOrder() == SortOrder.DESC;
		StringBuilder jpql = new StringBuilder(entries ? "select o.id, o.version, o.locationId, " + col : "select o")
			.append(" from OrderRecord o where o.accountId = :account and o.locationId in :locations");
		if (!q.states().isEmpty()) {
			jpql.append(" and o.state in :states");
		}
		if (!q.customerIds().isEmpty()) {
			jpql.append(" and o.customerId in :customers");
		}
		if (!q.sourceNames().isEmpty()) {
			jpql.append(" and o.sourceName in :sources");
		}
		if (q.sortField() == SortField.CLOSED_AT) {
			jpql.append(" and o.closedAt is not null");
		}
		if (q.start() != null) {
			jpql.append(" and ").append(col).append(" >= :start");
		}
		if (q.end() != null) {
			jpql.append(" and ").append(col).append(" <= :end");
		}
		if (afterValue != null) {
			// the redundant seek bound lets the index start at the cursor (the OR alone only filters)
			String cmp = desc ? "<" : ">";
			jpql.append(" and ").append(col).append(' ').append(cmp).append("= :afterValue");
			jpql.append(" and (").append(col).append(' ').append(cmp).append(" :afterValue or (").append(col)
				.append(" = :afterValue and o.id ").append(cmp).append(" :afterId))");
		}
		else if (q.start() == null) {
			jpql.append(" and ").append(col).append(" >= :earliest"); // filters nothing: see Cursors.EARLIEST
		}
		String direction = desc ? " desc" : " asc";
		// the account first: the (account, time, id) index then gives the order (H2 needs the leading column)
		jpql.append(" order by o.accountId").append(direction).append(", ").append(col).append(direction)
			.append(", o.id").append(direction);
		TypedQuery<Object> query = this.entityManager.createQuery(jpql.toString(), Object.class)
			.setParameter("account", accountId)
			.setParameter("locations", q.locationIds())
			.setMaxResults(max);
		if (!q.states().isEmpty()) {
			query.setParameter("states", q.states());
		}
		if (!q.customerIds().isEmpty()) {
			query.setParameter("customers", q.customerIds());
		}
		if (!q.sourceNames().isEmpty()) {
			query.setParameter("sources", q.sourceNames());
		}
		if (q.start() != null) {
			query.setParameter("start", q.start());
		}
		if (q.end() != null) {
			query.setParameter("end", q.end());
		}
		if (afterValue != null) {
			query.setParameter("afterValue", afterValue).setParameter("afterId", afterId);
		}
		else if (q.start() == null) {
			query.setParameter("earliest", Cursors.EARLIEST);
		}
		List<Row> rows = new ArrayList<>();
		for (Object result : query.getResultList()) {
			if (result instanceof OrderRecord r) {
				rows.add(new Row(r.getId(), r.getVersion(), r.getLocationId(), sortValue(r, q.sortField()), r));
			}
			else {
				Object[] values = (Object[]) result;
				rows.add(new Row((String) values[0], (Long) values[1], (String) values[2], (Instant) values[3], null));
			}
		}
		return rows;
	}

	private static Instant sortValue(OrderRecord r, SortField field) {
		return switch (field) {
			case CREATED_AT -> r.getCreatedAt();
			case UPDATED_AT -> r.getUpdatedAt();
			case CLOSED_AT -> r.getClosedAt();
		};
	}

	private Query check(long accountId, SearchOrdersRequest request, Violations v) {
		List<String> locationIds = request.locationIds();
		if (locationIds == null || locationIds.isEmpty()) {
			v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "A search needs location_ids (1 to " + MAX_LOCATIONS + ").",
					"location_ids");
			locationIds = List.of();
		}
		else if (locationIds.size() > MAX_LOCATIONS) {
			v.add(ErrorCode.VALUE_TOO_HIGH, "A search covers at most " + MAX_LOCATIONS + " locations.", "location_ids");
		}
		else {
			for (int i = 0; i < locationIds.size(); i++) {
				String id = locationIds.get(i);
				if (id == null || this.locations.find(accountId, id).isEmpty()) {
					v.add(ErrorCode.NOT_FOUND, "Location with ID `" + ErrorResponses.truncate(id) + "` not found.",
							"location_ids[" + i + "]");
				}
			}
		}
		SearchFilter filter = request.query() == null ? null : request.query().filter();
		SearchSort sort = request.query() == null ? null : request.query().sort();
		List<OrderState> states = List.of();
		List<String> customers = List.of();
		List<String> sources = List.of();
		SortField rangeField = null;
		TimeRange range = null;
		if (filter != null) {
			if (filter.stateFilter() != null) {
				states = filter.stateFilter().states();
				if (states == null || states.isEmpty() || states.contains(null)) {
					v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "A state_filter needs states.",
							"query.filter.state_filter.states");
					states = List.of();
				}
			}
			if (filter.customerFilter() != null && filter.customerFilter().customerIds() != null) {
				customers = values(filter.customerFilter().customerIds(), "query.filter.customer_filter.customer_ids", v);
			}
			if (filter.sourceFilter() != null && filter.sourceFilter().sourceNames() != null) {
				sources = values(filter.sourceFilter().sourceNames(), "query.filter.source_filter.source_names", v);
			}
			DateTimeFilter dates = filter.dateTimeFilter();
			if (dates != null) {
				int given = 0;
				if (dates.createdAt() != null) {
					given++;
					rangeField = SortField.CREATED_AT;
					range = dates.createdAt();
				}
				if (dates.updatedAt() != null) {
					given++;
					rangeField = SortField.UPDATED_AT;
					range = dates.updatedAt();
				}
				if (dates.closedAt() != null) {
					given++;
					rangeField = SortField.CLOSED_AT;
					range = dates.closedAt();
				}
				if (given > 1) {
					v.add(ErrorCode.BAD_REQUEST, "A date_time_filter filters on one timestamp at a time.",
							"query.filter.date_time_filter");
				}
			}
		}
		SortField sortField = SortField.CREATED_AT;
		SortOrder sortOrder = SortOrder.DESC;
		if (sort != null) {
			if (sort.sortField() == null) {
				v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "A sort needs a sort_field.", "query.sort.sort_field");
			}
			else {
				sortField = sort.sortField();
			}
			if (sort.sortOrder() != null) {
				sortOrder = sort.sortOrder();
			}
		}
		if (rangeField != null && rangeField != sortField) {
			v.add(ErrorCode.BAD_REQUEST, "A date_time_filter on " + rangeField.name().toLowerCase()
					+ " needs the results sorted by " + rangeField + "; the sort_field is " + sortField + ".",
					"query.sort.sort_field");
		}
		Instant start = null;
		Instant end = null;
		if (range != null) {
			String base = "query.filter.date_time_filter." + rangeField.name().toLowerCase();
			start = time(range.startAt(), base + ".start_at", v);
			end = time(range.endAt(), base + ".end_at", v);
			if (start != null && end != null && start.isAfter(end)) {
				v.add(ErrorCode.INVALID_TIME_RANGE, "The start_at is after the end_at.", base);
			}
		}
		return new Query(locationIds, states, customers, sources, rangeField, start, end, sortField, sortOrder);
	}

	private static List<String> values(List<String> values, String field, Violations v) {
		if (values.size() > MAX_FILTER_VALUES) {
			v.add(ErrorCode.VALUE_TOO_HIGH, "A filter takes at most " + MAX_FILTER_VALUES + " values.", field);
		}
		return values.stream().filter((s) -> s != null).toList();
	}

	private static Instant time(String text, String field, Violations v) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			v.add(ErrorCode.INVALID_TIME,
					"`" + ErrorResponses.truncate(text) + "` is not an RFC 3339 timestamp such as 2020-01-17T20:47:53Z.",
					field);
			return null;
		}
	}

}
