package io.theneo.emulator.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Ids;
import io.theneo.emulator.web.Violations;

/**
 * Upserts: one object or batches of them, all or nothing. Temporary {@code #ids} become real ids (answered in
 * {@code id_mappings}) and may be referred to anywhere in the same request; existing objects are replaced, after their
 * {@code version} was checked when one is given. An upsert replaces an object, it does not merge into it.
 */
@Service
class CatalogUpserts {

	/** Square's limits of one batch-upsert request. */
	static final int MAX_OBJECTS_PER_BATCH = 1000;

	static final int MAX_OBJECTS = 10000;

	private final CatalogEntryRepository entries;

	private final CatalogViews views;

	private final AccountClock clock;

	CatalogUpserts(CatalogEntryRepository entries, CatalogViews views, AccountClock clock) {
		this.entries = entries;
		this.views = views;
		this.clock = clock;
	}

	@Transactional
	UpsertCatalogObjectResponse upsert(long accountId, UpsertCatalogObjectRequest request) {
		Violations violations = new Violations();
		CatalogValidator validator = new CatalogValidator(violations);
		validator.topLevel(request.object(), "object");
		Written written = write(accountId, validator, violations);
		return new UpsertCatalogObjectResponse(written.objects().get(0), CatalogViews.orNull(written.mappings()));
	}

	@Transactional
	BatchUpsertCatalogObjectsResponse batchUpsert(long accountId, BatchUpsertCatalogObjectsRequest request) {
		Violations violations = new Violations();
		CatalogValidator validator = new CatalogValidator(violations);
		List<BatchUpsertCatalogObjectsRequest.Batch> batches = request.batches();
		if (batches == null || batches.isEmpty()) {
			violations.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `batches` is required.", "batches");
			violations.throwIfAny();
		}
		int total = 0;
		for (int b = 0; b < batches.size(); b++) {
			BatchUpsertCatalogObjectsRequest.Batch batch = batches.get(b);
			String path = "batches[" + b + "]";
			if (batch == null || batch.objects() == null || batch.objects().isEmpty()) {
				violations.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `" + path + ".objects` is required.",
						path + ".objects");
				continue;
			}
			if (batch.objects().size() > MAX_OBJECTS_PER_BATCH) {
				violations.add(ErrorCode.VALUE_TOO_HIGH,
						"A batch holds at most " + MAX_OBJECTS_PER_BATCH + " objects.", path + ".objects");
				continue;
			}
			total += batch.objects().size();
			for (int i = 0; i < batch.objects().size(); i++) {
				validator.topLevel(batch.objects().get(i), path + ".objects[" + i + "]");
			}
		}
		if (total > MAX_OBJECTS) {
			violations.add(ErrorCode.VALUE_TOO_HIGH, "A request holds at most " + MAX_OBJECTS + " objects.", "batches");
		}
		Written written = write(accountId, validator, violations);
		return new BatchUpsertCatalogObjectsResponse(written.objects(), written.at(),
				CatalogViews.orNull(written.mappings()));
	}

	private record Written(List<CatalogObject> objects, List<CatalogIdMapping> mappings, Instant at) {
	}

	private Written write(long accountId, CatalogValidator validator, Violations violations) {
		violations.throwIfAny();
		List<Draft> drafts = validator.drafts();
		Map<String, Draft> defined = define(drafts, violations);
		violations.throwIfAny();
		Map<String, CatalogEntry> stored = load(accountId, drafts);
		resolve(drafts, defined, stored, violations);
		violations.throwIfAny();

		List<CatalogIdMapping> mappings = new ArrayList<>();
		for (Draft d : drafts) {
			if (d.isTemporary()) {
				d.id = Ids.catalogId();
				mappings.add(new CatalogIdMapping(d.givenId, d.id));
			}
			else {
				d.id = d.givenId;
				d.entry = stored.get(d.id);
			}
		}
		Instant now = this.clock.now(accountId);
		deleteReplacedChildren(accountId, drafts, now);
		// children upserted on their own come after those their parent was sent with
		Map<String, Integer> nextOrdinal = new HashMap<>();
		drafts.stream().filter((d) -> d.childrenGiven).forEach((d) -> nextOrdinal.put(d.id, d.children.size()));
		List<CatalogEntry> created = new ArrayList<>();
		for (Draft d : drafts) {
			String parentId = parentId(d, defined);
			int ordinal = ordinal(accountId, d, parentId, nextOrdinal);
			String data = this.views.write(resolved(d, defined));
			if (d.entry != null) {
				d.entry.replace(parentId, ordinal, d.name, d.description, data, now);
			}
			else {
				d.entry = new CatalogEntry(d.id, accountId, d.type, parentId, ordinal, d.name, d.description, data,
						now.toEpochMilli(), now);
				created.add(d.entry);
			}
		}
		this.entries.saveAll(created);
		// a race lost against another writer of the same object surfaces here, inside the request, as a 409
		this.entries.flush();
		List<CatalogEntry> top = drafts.stream().filter((d) -> d.parent == null).map((d) -> d.entry).toList();
		return new Written(this.views.render(accountId, top), mappings, now);
	}

	/** Every id the request defines, each once. */
	private static Map<String, Draft> define(List<Draft> drafts, Violations violations) {
		Map<String, Draft> defined = new HashMap<>();
		for (Draft d : drafts) {
			if (d.givenId != null && defined.putIfAbsent(d.givenId, d) != null) {
				violations.add(ErrorCode.INVALID_VALUE,
						"The id `" + ErrorResponses.truncate(d.givenId) + "` appears more than once in the request.",
						d.path + ".id");
			}
		}
		return defined;
	}

	/** The stored, live objects of every real id the request defines or refers to, in one query. */
	private Map<String, CatalogEntry> load(long accountId, List<Draft> drafts) {
		Set<String> ids = new LinkedHashSet<>();
		for (Draft d : drafts) {
			if (!d.isTemporary()) {
				ids.add(d.givenId);
			}
			if (d.parentRef != null && !Draft.isTemporary(d.parentRef.id())) {
				ids.add(d.parentRef.id());
			}
			d.refs.stream().map(Draft.Ref::id).filter((id) -> !Draft.isTemporary(id)).forEach(ids::add);
		}
		Map<String, CatalogEntry> stored = new HashMap<>();
		if (!ids.isEmpty()) {
			this.entries.findLive(accountId, ids).forEach((e) -> stored.put(e.getId(), e));
		}
		return stored;
	}

	private void resolve(List<Draft> drafts, Map<String, Draft> defined, Map<String, CatalogEntry> stored,
			Violations violations) {
		for (Draft d : drafts) {
			if (!d.isTemporary()) {
				CatalogEntry e = stored.get(d.givenId);
				if (e == null) {
					violations.add(ErrorCode.NOT_FOUND,
							"Catalog object with ID `" + ErrorResponses.truncate(d.givenId) + "` not found.",
							d.path + ".id");
					continue;
				}
				if (e.getType() != d.type) {
					violations.add(ErrorCode.INVALID_VALUE, "Catalog object `" + d.givenId + "` is a " + e.getType()
							+ "; its type cannot change to " + d.type + ".", d.path + ".type");
					continue;
				}
				if (d.givenVersion != null && d.givenVersion != e.getObjectVersion()) {
					violations.addAll(ApiException.versionMismatch(d.givenVersion, e.getObjectVersion(),
							"catalog object", d.givenId, d.path + ".version"));
				}
				if (d.parent != null && !d.parent.givenId.equals(e.getParentId())) {
					violations.add(ErrorCode.INVALID_VALUE, "`" + d.givenId + "` belongs to "
							+ d.type.parentType().label().toLowerCase(java.util.Locale.ROOT) + " `" + e.getParentId()
							+ "`; it cannot move to another one.", d.path + ".id");
				}
				if (d.parentRef != null && !d.parentRef.id().equals(e.getParentId())) {
					violations.add(ErrorCode.INVALID_VALUE, "`" + d.givenId + "` belongs to `" + e.getParentId()
							+ "`; it cannot move to another one.", d.parentRef.path());
				}
			}
			if (d.parentRef != null) {
				reference(d.parentRef, defined, stored, violations);
			}
			d.refs.forEach((ref) -> reference(ref, defined, stored, violations));
		}
	}

	private static void reference(Draft.Ref ref, Map<String, Draft> defined, Map<String, CatalogEntry> stored,
			Violations violations) {
		boolean found;
		if (Draft.isTemporary(ref.id())) {
			Draft target = defined.get(ref.id());
			found = target != null && target.type == ref.type();
		}
		else {
			CatalogEntry target = stored.get(ref.id());
			found = target != null && target.getType() == ref.type();
		}
		if (!found) {
			violations.add(ErrorCode.NOT_FOUND,
					ref.type().label() + " with ID `" + ErrorResponses.truncate(ref.id()) + "` not found.", ref.path());
		}
	}

	/**
	 * An item (modifier list) sent with its variations (modifiers) keeps exactly those: the stored ones the request
	 * does not place under it any more are deleted.
	 */
	private void deleteReplacedChildren(long accountId, List<Draft> drafts, Instant now) {
		List<String> parents = drafts.stream()
			.filter((d) -> d.childrenGiven && d.entry != null)
			.map((d) -> d.id)
			.toList();
		if (parents.isEmpty()) {
			return;
		}
		Set<String> kept = new HashSet<>();
		drafts.stream().filter((d) -> d.type.isNested()).forEach((d) -> kept.add(d.id));
		for (CatalogEntry child : this.entries.findChildren(accountId, parents)) {
			if (!child.isDeleted() && !kept.contains(child.getId())) {
				child.delete(now);
			}
		}
	}

	private static String parentId(Draft d, Map<String, Draft> defined) {
		if (d.parent != null) {
			return d.parent.id;
		}
		if (d.parentRef != null) {
			return real(d.parentRef.id(), defined);
		}
		return null;
	}

	/** Nested children take their position; one upserted alone keeps its place, or comes last when new. */
	private int ordinal(long accountId, Draft d, String parentId, Map<String, Integer> nextOrdinal) {
		if (d.parent != null) {
			return d.position;
		}
		if (parentId == null) {
			return 0;
		}
		if (d.entry != null) {
			return d.entry.getOrdinal();
		}
		int next = nextOrdinal.computeIfAbsent(parentId, (p) -> this.entries.maxOrdinal(accountId, p) + 1);
		nextOrdinal.put(parentId, next + 1);
		return next;
	}

	/** The draft's data with every reference to a temporary id replaced by the real one. */
	private static Object resolved(Draft d, Map<String, Draft> defined) {
		if (d.data instanceof ItemData item) {
			return item.withReferences((id) -> real(id, defined));
		}
		return d.data;
	}

	private static String real(String id, Map<String, Draft> defined) {
		return Draft.isTemporary(id) ? defined.get(id).id : id;
	}

}
