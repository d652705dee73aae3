package io.theneo.emulator.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import io.theneo.emulator.web.Cursors;

/**
 * The filters and order of one list or search, as SQL predicates (ANDed) and as a fingerprint: the stable description
 * a cursor is signed with, so that a cursor only continues the query that made it.
 */
final class CustomerQuery {

	enum SortField {

		/** Square's default order, a computed column: see {@link Customer#sortKey}. */
		DEFAULT("sortKey"),

		CREATED_AT("createdAt");

		final String attribute;

		SortField(String attribute) {
			this.attribute = attribute;
		}

	}

	enum Bound {
		GT, GTE, LT, LTE
	}

	private final List<Specification<Customer>> filters = new ArrayList<>();

	private final StringBuilder fingerprint;

	private SortField sortField = SortField.DEFAULT;

	private boolean descending;

	CustomerQuery(String kind) {
		this.fingerprint = new StringBuilder(kind);
	}

	void sort(SortField field, boolean descending) {
		this.sortField = field;
		this.descending = descending;
	}

	/** Case-insensitive equality where {@code *} stands for any run of characters (list filters, 002/003). */
	void wildcard(String attribute, String pattern) {
		String like = likePattern(pattern.toLowerCase(Locale.ROOT));
		add(attribute + "~" + pattern,
				(root, query, cb) -> cb.like(cb.lower(root.<String>get(attribute)), like, '\\'));
	}

	void equalsIgnoreCase(String attribute, String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		add(attribute + "=" + value, (root, query, cb) -> cb.equal(cb.lower(root.<String>get(attribute)), lower));
	}

	/** The stored value contains every token, case-insensitively, in any order (Square's fuzzy match). */
	void containsAll(String attribute, List<String> tokens) {
		List<String> patterns = tokens.stream().map((t) -> "%" + escape(t.toLowerCase(Locale.ROOT)) + "%").toList();
		add(attribute + "%" + String.join(" ", tokens), (root, query, cb) -> cb.and(patterns.stream()
			.map((p) -> cb.like(cb.lower(root.<String>get(attribute)), p, '\\'))
			.toArray(Predicate[]::new)));
	}

	void time(String attribute, Bound bound, Instant instant) {
		add(attribute + bound + instant, (root, query, cb) -> switch (bound) {
			case GT -> cb.greaterThan(root.<Instant>get(attribute), instant);
			case GTE -> cb.greaterThanOrEqualTo(root.<Instant>get(attribute), instant);
			case LT -> cb.lessThan(root.<Instant>get(attribute), instant);
			case LTE -> cb.lessThanOrEqualTo(root.<Instant>get(attribute), instant);
		});
	}

	/** Member of every one of the groups. */
	void inAllGroups(List<String> groupIds) {
		for (String groupId : groupIds) {
			add("group=" + groupId, (root, query, cb) -> cb.exists(membership(root, query, cb, List.of(groupId))));
		}
	}

	void inAnyGroup(List<String> groupIds) {
		add("group-any=" + groupIds, (root, query, cb) -> cb.exists(membership(root, query, cb, groupIds)));
	}

	void inNoGroup(List<String> groupIds) {
		add("group-none=" + groupIds, (root, query, cb) -> cb.not(cb.exists(membership(root, query, cb, groupIds))));
	}

	void creationSource(List<String> sources, boolean include) {
		add("source" + (include ? "+" : "-") + sources, (root, query, cb) -> include
				? root.get("creationSource").in(sources) : cb.not(root.get("creationSource").in(sources)));
	}

	/** A filter no customer can match (an exact phone number that is not one). */
	void nothing(String why) {
		add("none:" + why, (root, query, cb) -> cb.disjunction());
	}

	Specification<Customer> where(long accountId) {
		Specification<Customer> account = (root, query, cb) -> cb.equal(root.get("accountId"), accountId);
		List<Specification<Customer>> all = new ArrayList<>();
		all.add(account);
		all.addAll(this.filters);
		return Specification.allOf(all);
	}

	/**
	 * Rows after the cursor's row in this query's order: {@code (sort value, id)} beyond the last one seen. The
	 * redundant {@code sort value >= last} is what lets the database seek the index to the cursor (an OR alone is
	 * only a filter, and the scan would start at the account's first row: PostgreSQL's plan, checked).
	 */
	<T extends Comparable<? super T>> Specification<Customer> after(T lastValue, String lastId) {
		String attribute = this.sortField.attribute;
		boolean desc = this.descending;
		return (root, query, cb) -> {
			Predicate seek = desc ? cb.lessThanOrEqualTo(root.<T>get(attribute), lastValue)
					: cb.greaterThanOrEqualTo(root.<T>get(attribute), lastValue);
			Predicate beyond = desc ? cb.lessThan(root.<T>get(attribute), lastValue)
					: cb.greaterThan(root.<T>get(attribute), lastValue);
			Predicate tie = cb.and(cb.equal(root.get(attribute), lastValue),
					desc ? cb.lessThan(root.<String>get("id"), lastId) : cb.greaterThan(root.<String>get("id"), lastId));
			return cb.and(seek, cb.or(beyond, tie));
		};
	}

	/** The first page's stand-in for {@link #after}: the sort column's lower bound ({@link Cursors#EARLIEST} says why). */
	Specification<Customer> fromStart() {
		String attribute = this.sortField.attribute;
		return (this.sortField == SortField.CREATED_AT)
				? (root, query, cb) -> cb.greaterThanOrEqualTo(root.<Instant>get(attribute), Cursors.EARLIEST)
				: (root, query, cb) -> cb.greaterThanOrEqualTo(root.<String>get(attribute), Cursors.LOWEST);
	}

	/**
	 * The page order. It starts with the account, which every query fixes: H2 reads rows in index order only when the
	 * ORDER BY begins with the index's first column, and without it a page at depth sorted every row of the account.
	 */
	Sort order() {
		Sort.Direction direction = this.descending ? Sort.Direction.DESC : Sort.Direction.ASC;
		return Sort.by(direction, "accountId", this.sortField.attribute, "id");
	}

	SortField sortField() {
		return this.sortField;
	}

	String fingerprint() {
		return this.fingerprint + "\nsort=" + this.sortField + (this.descending ? " DESC" : " ASC");
	}

	private void add(String description, Specification<Customer> filter) {
		this.filters.add(filter);
		this.fingerprint.append('\n').append(description);
	}

	private static Subquery<String> membership(Root<Customer> root, jakarta.persistence.criteria.CriteriaQuery<?> query,
			jakarta.persistence.criteria.CriteriaBuilder cb, List<String> groupIds) {
		Subquery<String> members = query.subquery(String.class);
		Root<GroupMembership> m = members.from(GroupMembership.class);
		members.select(m.get("id").<String>get("customerId"))
			.where(cb.equal(m.get("id").get("customerId"), root.get("id")), m.get("id").get("groupId").in(groupIds));
		return members;
	}

	/** {@code *} becomes SQL's {@code %}; the client's own {@code %}, {@code _} and {@code \} match themselves. */
	static String likePattern(String pattern) {
		StringBuilder sb = new StringBuilder();
		boolean wildcard = false;
		for (char c : pattern.toCharArray()) {
			if (c == '*') {
				if (!wildcard) {
					sb.append('%');
				}
				wildcard = true;
				continue;
			}
			wildcard = false;
			if (c == '\\' || c == '%' || c == '_') {
				sb.append('\\');
			}
			sb.append(c);
		}
		return sb.toString();
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
