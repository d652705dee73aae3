package io.theneo.emulator.customers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.customers.CustomerQuery.Bound;
import io.theneo.emulator.customers.CustomerQuery.SortField;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.Cursors;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Violations;

/**
 * List and search: the two ways in, one keyset page out. A page is {@code WHERE filters AND (sort value, id) beyond
 * the cursor ORDER BY sort value, id LIMIT n + 1}, served by the (account, sort key, id) and (account, created_at, id)
 * indexes, so its cost does not grow with depth.
 */
@Service
class CustomerSearch {

	/** Square's CustomerCreationSource values. */
	static final Set<String> CREATION_SOURCES = Set.of("OTHER", "APPOINTMENTS", "COUPON", "DELETION_RECOVERY",
			"DIRECTORY", "EGIFTING", "EMAIL_COLLECTION", "FEEDBACK", "IMPORT", "INVOICES", "LOYALTY", "MARKETING",
			"MERGE", "ONLINE_STORE", "INSTANT_PROFILE", "TERMINAL", "THIRD_PARTY", "THIRD_PARTY_IMPORT",
			"UNMERGE_RECOVERY");

	/** Longest filter value accepted; longer than any attribute it could match. */
	private static final int MAX_FILTER_LENGTH = 500;

	/** Most group ids in one group filter list, which keeps the SQL bounded. */
	private static final int MAX_GROUP_IDS = 100;

	private final CustomerRepository customers;

	private final CustomerService service;

	private final Cursors cursors;

	CustomerSearch(CustomerRepository customers, CustomerService service, Cursors cursors) {
		this.customers = customers;
		this.service = service;
		this.cursors = cursors;
	}

	/** The query parameters of {@code GET /v2/customers}, as given (checked here, all problems together). */
	record ListParams(String cursor, String limit, String sortField, String sortOrder, String count, String givenName,
			String familyName, String companyName, String emailAddress, String phoneNumber, String referenceId,
			String groupId, String createdAtGt, String createdAtGte, String createdAtLt, String createdAtLte,
			String updatedAtGt, String updatedAtGte, String updatedAtLt, String updatedAtLte) {
	}

	@Transactional(readOnly = true)
	public CustomerPage list(long accountId, ListParams p) {
		Violations v = new Violations();
		int limit = Paging.limit(p.limit(), v);
		boolean count = flag(p.count(), "count", v);
		CustomerQuery query = new CustomerQuery("customers.list");
		SortField field = enumValue(p.sortField(), "sort_field", SortField.class, SortField.DEFAULT, v);
		String order = enumValue(p.sortOrder(), "sort_order", List.of("ASC", "DESC"), "ASC", v);
		query.sort(field, "DESC".equals(order));
		textParam(query, "givenName", "given_name", p.givenName(), v);
		textParam(query, "familyName", "family_name", p.familyName(), v);
		textParam(query, "companyName", "company_name", p.companyName(), v);
		textParam(query, "emailAddress", "email_address", p.emailAddress(), v);
		textParam(query, "referenceId", "reference_id", p.referenceId(), v);
		if (present(p.phoneNumber()) && checkFilter(p.phoneNumber(), "phone_number", v)) {
			String phone = p.phoneNumber().strip();
			if (phone.contains("*")) {
				// match the E.164 form: keep digits, + and wildcards of the pattern
				query.wildcard("phoneE164", phone.replaceAll("[^0-9+*]", ""));
			}
			else {
				phoneExact(query, phone);
			}
		}
		if (present(p.groupId()) && checkFilter(p.groupId(), "group_id", v)) {
			query.inAllGroups(List.of(p.groupId().strip()));
		}
		timeParams(query, "createdAt", "created_at", p.createdAtGt(), p.createdAtGte(), p.createdAtLt(),
				p.createdAtLte(), v);
		timeParams(query, "updatedAt", "updated_at", p.updatedAtGt(), p.updatedAtGte(), p.updatedAtLt(),
				p.updatedAtLte(), v);
		v.throwIfAny();
		return page(accountId, query, p.cursor(), limit, count);
	}

	@Transactional(readOnly = true)
	public CustomerPage search(long accountId, SearchCustomersRequest request) {
		SearchCustomersRequest r = request != null ? request : new SearchCustomersRequest(null, null, null, null);
		Violations v = new Violations();
		int limit = Paging.limit(r.limit(), v);
		CustomerQuery query = new CustomerQuery("customers.search");
		SearchCustomersRequest.Query q = r.query();
		SearchCustomersRequest.Sort sort = q != null ? q.sort() : null;
		if (sort != null) {
			SortField field = enumValue(sort.field(), "query.sort.field", SortField.class, SortField.DEFAULT, v);
			String order = enumValue(sort.order(), "query.sort.order", List.of("ASC", "DESC"), "ASC", v);
			query.sort(field, "DESC".equals(order));
		}
		SearchCustomersRequest.Filter f = q != null ? q.filter() : null;
		if (f != null) {
			timeRange(query, "createdAt", "query.filter.created_at", f.createdAt(), v);
			timeRange(query, "updatedAt", "query.filter.updated_at", f.updatedAt(), v);
			textFilter(query, "emailAddress", "query.filter.email_address", f.emailAddress(), v);
			textFilter(query, "phoneE164", "query.filter.phone_number", f.phoneNumber(), v);
			textFilter(query, "referenceId", "query.filter.reference_id", f.referenceId(), v);
			groupFilter(query, f.groupIds(), v);
			creationSourceFilter(query, f.creationSource(), v);
		}
		v.throwIfAny();
		return page(accountId, query, r.cursor(), limit, Boolean.TRUE.equals(r.count()));
	}

	private CustomerPage page(long accountId, CustomerQuery query, String cursor, int limit, boolean count) {
		Specification<Customer> where = query.where(accountId);
		Specification<Customer> page;
		if (cursor != null && !cursor.isEmpty()) {
			List<String> last = this.cursors.decode(cursor, accountId, query.fingerprint());
			page = where.and(query.sortField() == SortField.CREATED_AT ? query.after(instant(last.get(0)), last.get(1))
					: query.after(last.get(0), last.get(1)));
		}
		else {
			page = where.and(query.fromStart());
		}
		List<Customer> rows = this.customers.findBy(page, (q) -> q.sortBy(query.order()).limit(limit + 1).all());
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			Customer lastRow = rows.get(limit - 1);
			String value = query.sortField() == SortField.CREATED_AT ? lastRow.getCreatedAt().toString()
					: lastRow.getSortKey();
			next = this.cursors.encode(accountId, query.fingerprint(), List.of(value, lastRow.getId()));
		}
		Long total = count ? this.customers.count(where) : null;
		return new CustomerPage(this.service.views(rows), next, total);
	}

	private static void textParam(CustomerQuery query, String attribute, String name, String value, Violations v) {
		if (present(value) && checkFilter(value, name, v)) {
			query.wildcard(attribute, value.strip());
		}
	}

	private static void phoneExact(CustomerQuery query, String phone) {
		Optional<PhoneNumber> parsed = PhoneNumber.parse(phone);
		if (parsed.isPresent()) {
			query.wildcard("phoneE164", parsed.get().e164());
		}
		else {
			query.nothing("phone " + phone);
		}
	}

	private static void textFilter(CustomerQuery query, String attribute, String path,
			SearchCustomersRequest.TextFilter filter, Violations v) {
		if (filter == null) {
			return;
		}
		boolean exact = filter.exact() != null;
		boolean fuzzy = filter.fuzzy() != null;
		if (exact == fuzzy) {
			v.add(ErrorCode.INVALID_VALUE, "Field `" + path + "` must set exactly one of `exact` and `fuzzy`.", path);
			return;
		}
		String field = path + (exact ? ".exact" : ".fuzzy");
		String value = (exact ? filter.exact() : filter.fuzzy()).strip();
		if (value.isEmpty()) {
			v.add(ErrorCode.INVALID_VALUE, "Field `" + field + "` must not be empty.", field);
			return;
		}
		if (!checkFilter(value, field, v)) {
			return;
		}
		boolean phone = "phoneE164".equals(attribute);
		if (exact) {
			if (phone) {
				phoneExact(query, value);
			}
			else {
				query.equalsIgnoreCase(attribute, value);
			}
			return;
		}
		// Square tokenizes on punctuation and space; a phone number's tokens are its digit groups
		List<String> tokens = Arrays.stream(value.split(phone ? "\\D+" : "[^\\p{L}\\p{N}]+"))
			.filter((t) -> !t.isEmpty())
			.toList();
		if (tokens.isEmpty()) {
			String what = phone ? "digit" : "letter or digit";
			v.add(ErrorCode.INVALID_VALUE, "Field `" + field + "` must contain at least one " + what + ".", field);
			return;
		}
		query.containsAll(attribute, tokens);
	}

	private static void timeRange(CustomerQuery query, String attribute, String path,
			SearchCustomersRequest.TimeRange range, Violations v) {
		if (range == null) {
			return;
		}
		Instant start = time(range.startAt(), path + ".start_at", v);
		Instant end = time(range.endAt(), path + ".end_at", v);
		if (start != null && end != null && start.isAfter(end)) {
			v.add(ErrorCode.INVALID_TIME_RANGE, "Field `" + path + "`: start_at " + range.startAt()
					+ " is after end_at " + range.endAt() + ".", path);
			return;
		}
		if (start != null) {
			query.time(attribute, Bound.GTE, start);
		}
		if (end != null) {
			query.time(attribute, Bound.LTE, end);
		}
	}

	private static void timeParams(CustomerQuery query, String attribute, String prefix, String gt, String gte,
			String lt, String lte, Violations v) {
		Instant after = time(gt, prefix + "_gt", v);
		Instant from = time(gte, prefix + "_gte", v);
		Instant before = time(lt, prefix + "_lt", v);
		Instant until = time(lte, prefix + "_lte", v);
		// the range is empty when its lower end lies beyond its upper end: a client's mistake, say so
		for (Instant low : new Instant[] { after, from }) {
			for (Instant high : new Instant[] { before, until }) {
				if (low != null && high != null && (low.isAfter(high)
						|| (low.equals(high) && (low == after || high == before)))) {
					String lowName = prefix + (low == after ? "_gt" : "_gte");
					String highName = prefix + (high == before ? "_lt" : "_lte");
					v.add(ErrorCode.INVALID_TIME_RANGE, "`" + lowName + "` must be before `" + highName + "`.", lowName);
					return;
				}
			}
		}
		if (after != null) {
			query.time(attribute, Bound.GT, after);
		}
		if (from != null) {
			query.time(attribute, Bound.GTE, from);
		}
		if (before != null) {
			query.time(attribute, Bound.LT, before);
		}
		if (until != null) {
			query.time(attribute, Bound.LTE, until);
		}
	}

	private static void groupFilter(CustomerQuery query, SearchCustomersRequest.FilterValue groups, Violations v) {
		if (groups == null) {
			return;
		}
		List<String> all = ids(groups.all(), "query.filter.group_ids.all", v);
		List<String> any = ids(groups.any(), "query.filter.group_ids.any", v);
		List<String> none = ids(groups.none(), "query.filter.group_ids.none", v);
		if (!all.isEmpty()) {
			query.inAllGroups(all);
		}
		if (!any.isEmpty()) {
			query.inAnyGroup(any);
		}
		if (!none.isEmpty()) {
			query.inNoGroup(none);
		}
	}

	private static List<String> ids(List<String> ids, String path, Violations v) {
		if (ids == null) {
			return List.of();
		}
		if (ids.size() > MAX_GROUP_IDS) {
			v.add(ErrorCode.VALUE_TOO_LONG, "Field `" + path + "` holds at most " + MAX_GROUP_IDS + " group ids.", path);
			return List.of();
		}
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			if (id == null || id.isBlank()) {
				String item = path + "[" + i + "]";
				v.add(ErrorCode.INVALID_VALUE, "Field `" + item + "` must be a group id.", item);
				return List.of();
			}
			if (!checkFilter(id, path + "[" + i + "]", v)) {
				return List.of();
			}
		}
		return List.copyOf(ids);
	}

	private static void creationSourceFilter(CustomerQuery query, SearchCustomersRequest.CreationSourceFilter filter,
			Violations v) {
		if (filter == null) {
			return;
		}
		String rule = enumValue(filter.rule(), "query.filter.creation_source.rule", List.of("INCLUDE", "EXCLUDE"),
				"INCLUDE", v);
		List<String> values = filter.values() != null ? filter.values() : List.of();
		boolean valid = true;
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) == null || !CREATION_SOURCES.contains(values.get(i))) {
				String path = "query.filter.creation_source.values[" + i + "]";
				v.add(ErrorCode.INVALID_ENUM_VALUE, "Field `" + path + "` is not a creation source: `"
						+ ErrorResponses.truncate(values.get(i)) + "`.", path);
				valid = false;
			}
		}
		if (valid && !values.isEmpty()) {
			query.creationSource(List.copyOf(values), "INCLUDE".equals(rule));
		}
	}

	/**
	 * An RFC 3339 time, or null when absent (problems go to {@code v}). A {@code +} of an offset that a client did not
	 * percent-encode in a query string arrives as a space; it is read as the {@code +} it was.
	 */
	static Instant time(String value, String field, Violations v) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		String s = value.strip();
		if (s.length() > 6 && s.charAt(s.length() - 6) == ' ') {
			s = s.substring(0, s.length() - 6) + "+" + s.substring(s.length() - 5);
		}
		try {
			return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			v.add(ErrorCode.INVALID_TIME, "`" + field + "` is not an RFC 3339 time such as 2015-12-17T23:00:00Z: `"
					+ ErrorResponses.truncate(value) + "`.", field);
			return null;
		}
	}

	private static Instant instant(String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new ApiException(ErrorCode.INVALID_CURSOR, "The cursor is not valid for this request.", "cursor");
		}
	}

	private static boolean flag(String value, String name, Violations v) {
		if (value == null || value.isEmpty() || "false".equalsIgnoreCase(value)) {
			return false;
		}
		if ("true".equalsIgnoreCase(value)) {
			return true;
		}
		v.add(ErrorCode.INVALID_VALUE, "`" + name + "` must be true or false: `" + ErrorResponses.truncate(value) + "`.",
				name);
		return false;
	}

	private static <E extends Enum<E>> E enumValue(String value, String field, Class<E> type, E fallback, Violations v) {
		List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
		String name = enumValue(value, field, names, fallback.name(), v);
		return Enum.valueOf(type, name);
	}

	private static String enumValue(String value, String field, List<String> allowed, String fallback, Violations v) {
		if (value == null || value.isEmpty()) {
			return fallback;
		}
		if (!allowed.contains(value)) {
			v.add(ErrorCode.INVALID_ENUM_VALUE, "`" + field + "` must be one of " + String.join(", ", allowed) + ": `"
					+ ErrorResponses.truncate(value) + "`.", field);
			return fallback;
		}
		return value;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/** Filter values are bounded and free of NUL, which PostgreSQL refuses in text. */
	private static boolean checkFilter(String value, String field, Violations v) {
		if (value.length() > MAX_FILTER_LENGTH) {
			v.add(ErrorCode.VALUE_TOO_LONG, "`" + field + "` must be at most " + MAX_FILTER_LENGTH + " characters long.",
					field);
			return false;
		}
		if (value.indexOf('\u0000') >= 0) {
			v.add(ErrorCode.INVALID_VALUE, "`" + field + "` must not contain NUL characters.", field);
			return false;
		}
		return true;
	}

}
