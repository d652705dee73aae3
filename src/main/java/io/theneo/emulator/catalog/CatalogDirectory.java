package io.theneo.emulator.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.pricing.Money;

/**
 * What orders and subscriptions need of the catalog: the names, prices and rates of live objects of the account.
 * Deleted objects, objects of another account and objects of another type are not found. The batch forms cost one
 * query per type (two for variations, whose item names come along), whatever the number of ids; an order's references
 * of all four kinds cost two queries together.
 */
@Service
public class CatalogDirectory {

	/** An item variation with its item's name; {@code price} is null for VARIABLE_PRICING. */
	public record VariationRef(String id, String itemId, String itemName, String variationName, Money price,
			long version) {
	}

	/** A modifier; {@code price} is null when the modifier costs nothing extra and names no currency. */
	public record ModifierRef(String id, String name, Money price, long version) {
	}

	/**
	 * A discount: {@code discountType} FIXED_PERCENTAGE, FIXED_AMOUNT, VARIABLE_PERCENTAGE or VARIABLE_AMOUNT;
	 * {@code percentage} for the percentage types, {@code amount} for the amount types (either may be null for the
	 * VARIABLE forms).
	 */
	public record DiscountRef(String id, String name, String discountType, String percentage, Money amount,
			long version) {
	}

	/** A tax: {@code inclusionType} ADDITIVE or INCLUSIVE, {@code percentage} a decimal string. */
	public record TaxRef(String id, String name, String inclusionType, String percentage, long version) {
	}

	/** A subscription plan with its phases in order. */
	public record PlanRef(String id, String name, List<PhaseRef> phases, long version) {
	}

	/** A phase: {@code cadence} as Square spells it (MONTHLY, ...); {@code periods} null recurs forever. */
	public record PhaseRef(String uid, String cadence, Integer periods, Money recurringPrice, int ordinal) {
	}

	private final CatalogEntryRepository entries;

	private final CatalogViews views;

	CatalogDirectory(CatalogEntryRepository entries, CatalogViews views) {
		this.entries = entries;
		this.views = views;
	}

	@Transactional(readOnly = true)
	public Optional<VariationRef> variation(long accountId, String id) {
		return one(id, variations(accountId, single(id)));
	}

	@Transactional(readOnly = true)
	public Map<String, VariationRef> variations(long accountId, Collection<String> ids) {
		return variationRefs(accountId, live(accountId, CatalogObjectType.ITEM_VARIATION, ids), ids);
	}

	/** What an order's catalog references stand for, by kind. */
	public record OrderRefs(Map<String, VariationRef> variations, Map<String, ModifierRef> modifiers,
			Map<String, TaxRef> taxes, Map<String, DiscountRef> discounts) {
	}

	/**
	 * The four kinds an order refers to, in two queries whatever their number: one for every id (an id of another
	 * kind than asked for is not found), one for the variations' items.
	 */
	@Transactional(readOnly = true)
	public OrderRefs orderRefs(long accountId, Collection<String> variationIds, Collection<String> modifierIds,
			Collection<String> taxIds, Collection<String> discountIds) {
		Set<String> wanted = new LinkedHashSet<>();
		for (Collection<String> ids : List.of(variationIds, modifierIds, taxIds, discountIds)) {
			wanted.addAll(wanted(ids));
		}
		Map<CatalogObjectType, List<CatalogEntry>> byType = new EnumMap<>(CatalogObjectType.class);
		if (!wanted.isEmpty()) {
			for (CatalogEntry e : this.entries.findLiveAmong(accountId, wanted.toArray(String[]::new))) {
				byType.computeIfAbsent(e.getType(), (t) -> new ArrayList<>()).add(e);
			}
		}
		return new OrderRefs(
				variationRefs(accountId, of(byType, CatalogObjectType.ITEM_VARIATION, variationIds), variationIds),
				refs(of(byType, CatalogObjectType.MODIFIER, modifierIds), modifierIds, this::modifierRef),
				refs(of(byType, CatalogObjectType.TAX, taxIds), taxIds, this::taxRef),
				refs(of(byType, CatalogObjectType.DISCOUNT, discountIds), discountIds, this::discountRef));
	}

	/** The entries of one type among those loaded, limited to the ids asked for as that type. */
	private static List<CatalogEntry> of(Map<CatalogObjectType, List<CatalogEntry>> byType, CatalogObjectType type,
			Collection<String> ids) {
		return byType.getOrDefault(type, List.of()).stream().filter((e) -> ids.contains(e.getId())).toList();
	}

	private Map<String, VariationRef> variationRefs(long accountId, List<CatalogEntry> variations,
			Collection<String> ids) {
		Set<String> itemIds = new LinkedHashSet<>();
		variations.forEach((v) -> itemIds.add(v.getParentId()));
		Map<String, CatalogEntry> items = new HashMap<>();
		live(accountId, CatalogObjectType.ITEM, itemIds).forEach((i) -> items.put(i.getId(), i));
		Map<String, VariationRef> found = new HashMap<>();
		for (CatalogEntry v : variations) {
			CatalogEntry item = items.get(v.getParentId());
			if (item == null) {
				continue;
			}
			ItemVariationData data = (ItemVariationData) this.views.data(v);
			found.put(v.getId(), new VariationRef(v.getId(), item.getId(), item.getName(), data.name(),
					money(data.priceMoney()), v.getObjectVersion()));
		}
		return inRequestOrder(ids, found);
	}

	@Transactional(readOnly = true)
	public Optional<ModifierRef> modifier(long accountId, String id) {
		return one(id, modifiers(accountId, single(id)));
	}

	@Transactional(readOnly = true)
	public Map<String, ModifierRef> modifiers(long accountId, Collection<String> ids) {
		return refs(live(accountId, CatalogObjectType.MODIFIER, ids), ids, this::modifierRef);
	}

	private ModifierRef modifierRef(CatalogEntry e) {
		ModifierData data = (ModifierData) this.views.data(e);
		return new ModifierRef(e.getId(), data.name(), money(data.priceMoney()), e.getObjectVersion());
	}

	@Transactional(readOnly = true)
	public Optional<DiscountRef> discount(long accountId, String id) {
		return one(id, discounts(accountId, single(id)));
	}

	@Transactional(readOnly = true)
	public Map<String, DiscountRef> discounts(long accountId, Collection<String> ids) {
		return refs(live(accountId, CatalogObjectType.DISCOUNT, ids), ids, this::discountRef);
	}

	private DiscountRef discountRef(CatalogEntry e) {
		DiscountData data = (DiscountData) this.views.data(e);
		return new DiscountRef(e.getId(), data.name(), data.discountType().name(), data.percentage(),
				money(data.amountMoney()), e.getObjectVersion());
	}

	@Transactional(readOnly = true)
	public Optional<TaxRef> tax(long accountId, String id) {
		return one(id, taxes(accountId, single(id)));
	}

	@Transactional(readOnly = true)
	public Map<String, TaxRef> taxes(long accountId, Collection<String> ids) {
		return refs(live(accountId, CatalogObjectType.TAX, ids), ids, this::taxRef);
	}

	private TaxRef taxRef(CatalogEntry e) {
		TaxData data = ((TaxData) this.views.data(e)).withDefaults();
		return new TaxRef(e.getId(), data.name(), data.inclusionType().name(), data.percentage(),
				e.getObjectVersion());
	}

	@Transactional(readOnly = true)
	public Optional<PlanRef> plan(long accountId, String id) {
		return one(id, plans(accountId, single(id)));
	}

	@Transactional(readOnly = true)
	public Map<String, PlanRef> plans(long accountId, Collection<String> ids) {
		return refs(live(accountId, CatalogObjectType.SUBSCRIPTION_PLAN, ids), ids, (e) -> {
			SubscriptionPlanData data = (SubscriptionPlanData) this.views.data(e);
			List<PhaseRef> phases = new ArrayList<>();
			for (SubscriptionPlanData.Phase p : data.phases()) {
				phases.add(new PhaseRef(p.uid(), p.cadence().name(), p.periods(), money(p.recurringPriceMoney()),
						p.ordinal()));
			}
			phases.sort(Comparator.comparingInt(PhaseRef::ordinal));
			return new PlanRef(e.getId(), data.name(), List.copyOf(phases), e.getObjectVersion());
		});
	}

	private static <T> Map<String, T> refs(List<CatalogEntry> entries, Collection<String> ids,
			Function<CatalogEntry, T> map) {
		Map<String, T> found = new HashMap<>();
		entries.forEach((e) -> found.put(e.getId(), map.apply(e)));
		return inRequestOrder(ids, found);
	}

	/** The live entries of one type among {@code ids}; an id of another type is not found. */
	private List<CatalogEntry> live(long accountId, CatalogObjectType type, Collection<String> ids) {
		Set<String> wanted = wanted(ids);
		if (wanted.isEmpty()) {
			return List.of();
		}
		return this.entries.findLiveAmong(accountId, wanted.toArray(String[]::new))
			.stream()
			.filter((e) -> e.getType() == type)
			.toList();
	}

	/** The ids worth looking up: each non-empty one once, in the order given. */
	private static Set<String> wanted(Collection<String> ids) {
		Set<String> wanted = new LinkedHashSet<>();
		if (ids != null) {
			ids.stream().filter((id) -> id != null && !id.isEmpty()).forEach(wanted::add);
		}
		return wanted;
	}

	/** Keys in the order the caller gave them; ids not found are absent. */
	private static <T> Map<String, T> inRequestOrder(Collection<String> ids, Map<String, T> found) {
		Map<String, T> ordered = new LinkedHashMap<>();
		if (ids != null) {
			ids.stream().filter(found::containsKey).forEach((id) -> ordered.put(id, found.get(id)));
		}
		return ordered;
	}

	private static <T> Optional<T> one(String id, Map<String, T> found) {
		return (id == null) ? Optional.empty() : Optional.ofNullable(found.get(id));
	}

	private static List<String> single(String id) {
		return (id == null) ? List.of() : List.of(id);
	}

	private static Money money(CatalogMoney money) {
		return (money == null) ? null : money.toMoney();
	}

}
