package io.theneo.emulator.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.Cursors;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Violations;

/** Reads the catalog (retrieve, list, search) and deletes from it. */
@Service
class CatalogService {

	/** Square's page size of ListCatalog, and the bounds of search's {@code limit} (API.md §6). */
	static final int PAGE_SIZE = 100;

	private static final int MAX_KEYWORDS = 3;

	private final CatalogEntryRepository entries;

	private final CatalogQueries queries;

	private final CatalogViews views;

	private final Cursors cursors;

	private final AccountClock clock;

	CatalogService(CatalogEntryRepository entries, CatalogQueries queries, CatalogViews views, Cursors cursors,
			AccountClock clock) {
		this.entries = entries;
		this.queries = queries;
		this.views = views;
		this.cursors = cursors;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	RetrieveCatalogObjectResponse retrieve(long accountId, String id, boolean includeRelated) {
		CatalogEntry entry = live(accountId, id);
		List<CatalogEntry> one = List.of(entry);
		return new RetrieveCatalogObjectResponse(this.views.render(accountId, one).get(0),
				includeRelated ? CatalogViews.orNull(this.views.related(accountId, one)) : null);
	}

	@Transactional(readOnly = true)
	ListCatalogResponse list(long accountId, String types, String cursor) {
		Set<CatalogObjectType> wanted = parseTypes(types);
		String query = "list|" + wanted.stream().map(Enum::name).collect(Collectors.joining(","));
		Page page = page(accountId, query, cursor, PAGE_SIZE,
				(after, n) -> this.queries.page(accountId, wanted, false, null, CatalogQueries.Filter.NONE, after, n));
		return new ListCatalogResponse(CatalogViews.orNull(this.views.render(accountId, page.entries())), page.cursor());
	}

	@Transactional(readOnly = true)
	SearchCatalogObjectsResponse search(long accountId, SearchCatalogObjectsRequest request) {
		Violations violations = new Violations();
		Set<CatalogObjectType> types = EnumSet.noneOf(CatalogObjectType.class);
		if (request.objectTypes() == null || request.objectTypes().isEmpty()) {
			types.addAll(CatalogObjectType.TOP_LEVEL);
		}
		else {
			for (int i = 0; i < request.objectTypes().size(); i++) {
				type(request.objectTypes().get(i), "object_types[" + i + "]", types, violations);
			}
		}
		int limit = PAGE_SIZE;
		if (request.limit() != null) {
			if (request.limit() < 1) {
				violations.add(ErrorCode.VALUE_TOO_LOW, "`limit` must be at least 1.", "limit");
			}
			else if (request.limit() > PAGE_SIZE) {
				violations.add(ErrorCode.VALUE_TOO_HIGH, "`limit` must be at most " + PAGE_SIZE + ".", "limit");
			}
			else {
				limit = request.limit();
			}
		}
		Instant changedAfter = null;
		if (request.beginTime() != null) {
			try {
				changedAfter = OffsetDateTime.parse(request.beginTime()).toInstant();
			}
			catch (DateTimeParseException ex) {
				violations.add(ErrorCode.INVALID_TIME, "`begin_time` must be an RFC 3339 timestamp such as"
						+ " 2021-10-20T21:53:10Z, not `" + ErrorResponses.truncate(request.beginTime()) + "`.",
						"begin_time");
			}
		}
		CatalogQueries.Filter filter = filter(request.query(), violations);
		violations.throwIfAny();
		boolean includeDeleted = Boolean.TRUE.equals(request.includeDeletedObjects());
		Instant after = changedAfter;
		String query = "search|" + types.stream().map(Enum::name).collect(Collectors.joining(",")) + "|"
				+ includeDeleted + "|" + after + "|" + filter;
		Page page = page(accountId, query, request.cursor(), limit,
				(last, n) -> this.queries.page(accountId, types, includeDeleted, after, filter, last, n));
		List<CatalogObject> related = Boolean.TRUE.equals(request.includeRelatedObjects())
				? this.views.related(accountId, page.entries()) : List.of();
		return new SearchCatalogObjectsResponse(CatalogViews.orNull(this.views.render(accountId, page.entries())),
				page.cursor(), CatalogViews.orNull(related));
	}

	/** Deletes an object and what lives inside it (an item's variations, a modifier list's modifiers). */
	@Transactional
	DeleteCatalogObjectResponse delete(long accountId, String id) {
		CatalogEntry entry = live(accountId, id);
		Instant now = this.clock.now(accountId);
		List<String> deleted = new ArrayList<>();
		entry.delete(now);
		deleted.add(entry.getId());
		if (entry.getType().childType() != null) {
			for (CatalogEntry child : this.entries.findChildren(accountId, List.of(entry.getId()))) {
				if (!child.isDeleted()) {
					child.delete(now);
					deleted.add(child.getId());
				}
			}
		}
		this.entries.flush();
		return new DeleteCatalogObjectResponse(deleted, now);
	}

	private CatalogEntry live(long accountId, String id) {
		return this.entries.findLive(accountId, id).orElseThrow(() -> ApiException.notFound("Catalog object", id));
	}

	private interface PageQuery {

		List<CatalogEntry> fetch(String afterId, int limit);

	}

	private record Page(List<CatalogEntry> entries, String cursor) {
	}

	/** One more row than the page tells whether another page exists. */
	private Page page(long accountId, String query, String cursor, int limit, PageQuery fetch) {
		String after = null;
		if (cursor != null && !cursor.isEmpty()) {
			after = this.cursors.decode(cursor, accountId, query).get(0);
		}
		List<CatalogEntry> rows = fetch.fetch(after, limit + 1);
		if (rows.size() <= limit) {
			return new Page(rows, null);
		}
		List<CatalogEntry> page = rows.subList(0, limit);
		return new Page(page, this.cursors.encode(accountId, query, List.of(page.get(limit - 1).getId())));
	}

	/** {@code types=ITEM,discount}: case-insensitive, comma-separated; none means the top-level types. */
	private static Set<CatalogObjectType> parseTypes(String types) {
		if (types == null || types.isBlank()) {
			return CatalogObjectType.TOP_LEVEL;
		}
		Violations violations = new Violations();
		Set<CatalogObjectType> wanted = EnumSet.noneOf(CatalogObjectType.class);
		for (String raw : types.split(",")) {
			if (!raw.isBlank()) {
				type(raw.trim().toUpperCase(Locale.ROOT), "types", wanted, violations);
			}
		}
		violations.throwIfAny();
		return wanted;
	}

	/** Adds the type named {@code name} to {@code into}; a type of Square's this server does not keep adds nothing. */
	private static void type(String name, String field, Set<CatalogObjectType> into, Violations violations) {
		if (name != null && CatalogObjectType.NOT_KEPT.contains(name)) {
			return;
		}
		for (CatalogObjectType type : CatalogObjectType.values()) {
			if (type.name().equals(name)) {
				into.add(type);
				return;
			}
		}
		violations.add(ErrorCode.INVALID_ENUM_VALUE, "`" + ErrorResponses.truncate(name)
				+ "` is not a catalog object type; use one of " + List.of(CatalogObjectType.values()) + ".", field);
	}

	private static CatalogQueries.Filter filter(SearchCatalogObjectsRequest.Query query, Violations violations) {
		if (query == null) {
			return CatalogQueries.Filter.NONE;
		}
		List<String> keywords = new ArrayList<>();
		if (query.textQuery() != null) {
			List<String> given = query.textQuery().keywords();
			String path = "query.text_query.keywords";
			if (given == null || given.isEmpty()) {
				violations.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `" + path + "` is required.", path);
			}
			else if (given.size() > MAX_KEYWORDS) {
				violations.add(ErrorCode.INVALID_VALUE, "A text query takes 1 to " + MAX_KEYWORDS + " keywords.", path);
			}
			else {
				for (int i = 0; i < given.size(); i++) {
					if (given.get(i) == null || given.get(i).isBlank()) {
						violations.add(ErrorCode.INVALID_VALUE, "A keyword cannot be empty.", path + "[" + i + "]");
					}
					else {
						keywords.add(given.get(i).trim());
					}
				}
			}
		}
		String exactAttribute = null;
		String exactValue = null;
		if (query.exactQuery() != null) {
			String path = "query.exact_query";
			exactAttribute = attribute(query.exactQuery().attributeName(), path, violations);
			exactValue = required(query.exactQuery().attributeValue(), path + ".attribute_value", violations);
		}
		String prefixAttribute = null;
		String prefix = null;
		if (query.prefixQuery() != null) {
			String path = "query.prefix_query";
			prefixAttribute = attribute(query.prefixQuery().attributeName(), path, violations);
			prefix = required(query.prefixQuery().attributePrefix(), path + ".attribute_prefix", violations);
		}
		return new CatalogQueries.Filter(List.copyOf(keywords), exactAttribute, exactValue, prefixAttribute, prefix);
	}

	private static String attribute(String name, String path, Violations violations) {
		if (name == null || name.isEmpty()) {
			violations.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `" + path + ".attribute_name` is required.",
					path + ".attribute_name");
			return null;
		}
		if (!"name".equals(name) && !"description".equals(name)) {
			violations.add(ErrorCode.INVALID_VALUE, "`" + ErrorResponses.truncate(name)
					+ "` is not a searchable attribute; use `name` or `description`.", path + ".attribute_name");
			return null;
		}
		return name;
	}

	private static String required(String value, String path, Violations violations) {
		if (value == null || value.isEmpty()) {
			violations.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `" + path + "` is required.", path);
		}
		return value;
	}

}
