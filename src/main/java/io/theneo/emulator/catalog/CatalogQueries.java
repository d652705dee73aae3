package io.theneo.emulator.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Repository;

import io.theneo.emulator.web.Cursors;

/**
 * The one dynamic query of the catalog: a keyset page of an account's objects ordered by id, filtered by type and
 * optionally by change time and text. Keyset: {@code id > last id of the previous page}, served by the index on
 * (account_id, id) in order, the types filtered on the way, so that a deep page costs what the first does.
 */
@Repository
class CatalogQueries {

	/** A filter on name / description: {@code contains} each keyword, {@code equals} or {@code startsWith} a value. */
	record Filter(List<String> keywords, String exactAttribute, String exactValue, String prefixAttribute,
			String prefix) {

		static final Filter NONE = new Filter(List.of(), null, null, null, null);

	}

	private final EntityManager em;

	CatalogQueries(EntityManager em) {
		this.em = em;
	}

	List<CatalogEntry> page(long accountId, Set<CatalogObjectType> types, boolean includeDeleted, Instant changedAfter,
			Filter filter, String afterId, int limit) {
		if (types.isEmpty()) {
			return new ArrayList<>();
		}
		StringBuilder jpql = new StringBuilder(
				"select e from CatalogEntry e where e.accountId = :account and e.type in :types");
		Map<String, Object> params = new HashMap<>();
		params.put("account", accountId);
		params.put("types", types);
		if (!includeDeleted) {
			jpql.append(" and e.deleted = false");
		}
		if (changedAfter != null) {
			jpql.append(" and e.updatedAt > :changedAfter");
			params.put("changedAfter", changedAfter);
		}
		for (int i = 0; i < filter.keywords().size(); i++) {
			String p = "kw" + i;
			jpql.append(" and (lower(e.name) like :").append(p).append(" escape '\\'")
				.append(" or lower(e.description) like :").append(p).append(" escape '\\')");
			params.put(p, "%" + escapeLike(lower(filter.keywords().get(i))) + "%");
		}
		if (filter.exactAttribute() != null) {
			jpql.append(" and lower(e.").append(column(filter.exactAttribute())).append(") = :exact");
			params.put("exact", lower(filter.exactValue()));
		}
		if (filter.prefixAttribute() != null) {
			jpql.append(" and lower(e.").append(column(filter.prefixAttribute())).append(") like :prefix escape '\\'");
			params.put("prefix", escapeLike(lower(filter.prefix())) + "%");
		}
		// also on the first page, where it filters nothing (see Cursors.EARLIEST)
		jpql.append(" and e.id > :after");
		params.put("after", (afterId != null) ? afterId : Cursors.LOWEST);
		jpql.append(" order by e.accountId, e.id"); // the account first, so H2 reads the index in order
		TypedQuery<CatalogEntry> query = this.em.createQuery(jpql.toString(), CatalogEntry.class);
		params.forEach(query::setParameter);
		return new ArrayList<>(query.setMaxResults(limit).getResultList());
	}

	/** The searchable attributes, as entity fields (never client text in the JPQL). */
	static String column(String attribute) {
		return switch (attribute) {
			case "name" -> "name";
			case "description" -> "description";
			default -> throw new IllegalArgumentException(attribute);
		};
	}

	private static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

	private static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
