package io.theneo.emulator.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The one mapping between stored entries and wire objects: the type's data is kept as JSON in the entry; an item's
 * variations and a modifier list's modifiers are rows of their own, put back inside their parent here.
 */
@Component
class CatalogViews {

	private final JsonMapper json;

	private final CatalogEntryRepository entries;

	CatalogViews(JsonMapper json, CatalogEntryRepository entries) {
		this.json = json;
		this.entries = entries;
	}

	String write(Object data) {
		return this.json.writeValueAsString(data);
	}

	/** The stored data of an entry, as the record of its type (without nested children). */
	Object data(CatalogEntry e) {
		Class<?> type = switch (e.getType()) {
			case ITEM -> ItemData.class;
			case ITEM_VARIATION -> ItemVariationData.class;
			case MODIFIER_LIST -> ModifierListData.class;
			case MODIFIER -> ModifierData.class;
			case DISCOUNT -> DiscountData.class;
			case TAX -> TaxData.class;
			case SUBSCRIPTION_PLAN -> SubscriptionPlanData.class;
		};
		return this.json.readValue(e.getDataJson(), type);
	}

	/** Wire objects of {@code list}, in order, with their children loaded in one query. */
	List<CatalogObject> render(long accountId, List<CatalogEntry> list) {
		List<String> parents = list.stream().filter((e) -> e.getType().childType() != null).map(CatalogEntry::getId).toList();
		Map<String, List<CatalogEntry>> children = new LinkedHashMap<>();
		if (!parents.isEmpty()) {
			for (CatalogEntry child : this.entries.findChildren(accountId, parents)) {
				children.computeIfAbsent(child.getParentId(), (k) -> new ArrayList<>()).add(child);
			}
		}
		return list.stream().map((e) -> render(e, children.getOrDefault(e.getId(), List.of()))).toList();
	}

	/** A deleted parent shows the children deleted with it; a live one only its live children. */
	CatalogObject render(CatalogEntry e, List<CatalogEntry> children) {
		Object data = data(e);
		List<CatalogObject> nested = children.stream()
			.filter((c) -> e.isDeleted() || !c.isDeleted())
			.map((c) -> render(c, List.of()))
			.toList();
		data = switch (e.getType()) {
			case ITEM -> ((ItemData) data).withVariations(nested.isEmpty() ? null : nested);
			case MODIFIER_LIST -> ((ModifierListData) data).withModifiers(nested.isEmpty() ? null : nested);
			case ITEM_VARIATION -> ((ItemVariationData) data).placed(e.getParentId(), e.getOrdinal());
			case MODIFIER -> ((ModifierData) data).placed(e.getParentId(), e.getOrdinal());
			default -> data;
		};
		return CatalogObject.of(e.getType(), e.getId(), e.getUpdatedAt(), e.getObjectVersion(), e.isDeleted(), data);
	}

	/**
	 * The live objects that {@code list} refers to and that are not in it (Square's related objects, one level deep):
	 * an item's taxes and modifier lists, a variation's item, a modifier's modifier list.
	 */
	List<CatalogObject> related(long accountId, List<CatalogEntry> list) {
		Set<String> ids = new LinkedHashSet<>();
		for (CatalogEntry e : list) {
			switch (e.getType()) {
				case ITEM -> {
					ItemData item = (ItemData) data(e);
					if (item.taxIds() != null) {
						ids.addAll(item.taxIds());
					}
					if (item.modifierListInfo() != null) {
						item.modifierListInfo().forEach((info) -> ids.add(info.modifierListId()));
					}
				}
				case ITEM_VARIATION, MODIFIER -> ids.add(e.getParentId());
				default -> {
				}
			}
		}
		list.forEach((e) -> ids.remove(e.getId()));
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, CatalogEntry> found = new LinkedHashMap<>();
		this.entries.findLive(accountId, ids).forEach((e) -> found.put(e.getId(), e));
		List<CatalogEntry> ordered = ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
		return render(accountId, ordered);
	}

	static <T> List<T> orNull(Collection<T> list) {
		return (list == null || list.isEmpty()) ? null : List.copyOf(list);
	}

}
