package io.theneo.emulator.orders;

import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.theneo.emulator.catalog.CatalogDirectory;
import io.theneo.emulator.catalog.CatalogDirectory.DiscountRef;
import io.theneo.emulator.catalog.CatalogDirectory.ModifierRef;
import io.theneo.emulator.catalog.CatalogDirectory.TaxRef;
import io.theneo.emulator.catalog.CatalogDirectory.VariationRef;
import io.theneo.emulator.pricing.DiscountType;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.pricing.TaxType;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;

/**
 * Fills in what a draft's catalog references stand for, at the catalog's current version, which each entry records
 * as {@code catalog_version}: a line's item name, variation name and price; a modifier's name and price; a tax's
 * name, type and percentage; a discount's name, type and percentage or amount. The catalog fills what the request
 * leaves out, so a client may still override, say, the price of a line. Two queries, whatever the number of lines.
 */
@Component
class CatalogResolver {

	private final CatalogDirectory catalog;

	CatalogResolver(CatalogDirectory catalog) {
		this.catalog = catalog;
	}

	/**
	 * Resolves the entries marked {@code resolve}; an unknown id is 400 NOT_FOUND on its catalog_object_id, a
	 * catalog_version other than the current one 400 INVALID_VALUE.
	 * @param refresh resolve every catalog reference and take the catalog's current values over the draft's (a
	 * clone); an object that is gone since leaves the entry as it was
	 */
	void resolve(long accountId, OrderDraft draft, Currency currency, Problems problems, boolean refresh) {
		Set<String> variationIds = new LinkedHashSet<>();
		Set<String> modifierIds = new LinkedHashSet<>();
		Set<String> taxIds = new LinkedHashSet<>();
		Set<String> discountIds = new LinkedHashSet<>();
		for (OrderDraft.Line line : draft.lines) {
			if (wanted(line.resolve, line.catalogObjectId, refresh)) {
				variationIds.add(line.catalogObjectId);
			}
			for (OrderDraft.Modifier m : line.modifiers) {
				if (wanted(m.resolve, m.catalogObjectId, refresh)) {
					modifierIds.add(m.catalogObjectId);
				}
			}
		}
		draft.taxes.stream().filter((t) -> wanted(t.resolve, t.catalogObjectId, refresh))
			.forEach((t) -> taxIds.add(t.catalogObjectId));
		draft.discounts.stream().filter((d) -> wanted(d.resolve, d.catalogObjectId, refresh))
			.forEach((d) -> discountIds.add(d.catalogObjectId));
		CatalogDirectory.OrderRefs refs = this.catalog.orderRefs(accountId, variationIds, modifierIds, taxIds,
				discountIds);
		Map<String, VariationRef> variations = refs.variations();
		Map<String, ModifierRef> modifiers = refs.modifiers();
		Map<String, TaxRef> taxes = refs.taxes();
		Map<String, DiscountRef> discounts = refs.discounts();

		for (OrderDraft.Line line : draft.lines) {
			if (wanted(line.resolve, line.catalogObjectId, refresh)) {
				VariationRef ref = variations.get(line.catalogObjectId);
				if (found(ref != null, "Item variation", line.catalogObjectId, line.path, refresh, problems)) {
					versionFits(line.catalogVersion, ref.version(), line.catalogObjectId, line.path, refresh, problems);
					line.name = pick(line.name, ref.itemName(), refresh);
					line.variationName = pick(line.variationName, ref.variationName(), refresh);
					line.basePrice = pick(line.basePrice, ref.price(), refresh);
					line.catalogVersion = ref.version();
				}
				else if (!refresh && line.basePrice == null) {
					// reported as not found: a stand-in price keeps pricing from reporting the line again
					line.basePrice = Money.zero(currency);
				}
				line.resolve = false;
			}
			for (OrderDraft.Modifier m : line.modifiers) {
				if (!wanted(m.resolve, m.catalogObjectId, refresh)) {
					continue;
				}
				ModifierRef ref = modifiers.get(m.catalogObjectId);
				if (found(ref != null, "Modifier", m.catalogObjectId, m.path, refresh, problems)) {
					versionFits(m.catalogVersion, ref.version(), m.catalogObjectId, m.path, refresh, problems);
					m.name = pick(m.name, ref.name(), refresh);
					// a modifier without a price costs nothing extra
					m.basePrice = pick(m.basePrice, ref.price() != null ? ref.price() : Money.zero(currency), refresh);
					m.catalogVersion = ref.version();
				}
				else if (!refresh && m.basePrice == null) {
					m.basePrice = Money.zero(currency);
				}
				m.resolve = false;
			}
		}
		for (OrderDraft.Tax t : draft.taxes) {
			if (!wanted(t.resolve, t.catalogObjectId, refresh)) {
				continue;
			}
			TaxRef ref = taxes.get(t.catalogObjectId);
			if (!found(ref != null, "Tax", t.catalogObjectId, t.path, refresh, problems)) {
				if (!refresh && t.percentage == null) {
					t.percentage = "0";
				}
			}
			else {
				versionFits(t.catalogVersion, ref.version(), t.catalogObjectId, t.path, refresh, problems);
				t.name = pick(t.name, ref.name(), refresh);
				t.type = pick(t.type, ref.inclusionType() == null ? null : TaxType.valueOf(ref.inclusionType()),
						refresh);
				t.percentage = pick(t.percentage, ref.percentage(), refresh);
				t.catalogVersion = ref.version();
			}
			t.resolve = false;
		}
		for (OrderDraft.Discount d : draft.discounts) {
			if (!wanted(d.resolve, d.catalogObjectId, refresh)) {
				continue;
			}
			DiscountRef ref = discounts.get(d.catalogObjectId);
			if (!found(ref != null, "Discount", d.catalogObjectId, d.path, refresh, problems)) {
				if (!refresh && d.percentage == null && d.amount == null) {
					d.type = null;
					d.percentage = "0";
				}
			}
			else {
				versionFits(d.catalogVersion, ref.version(), d.catalogObjectId, d.path, refresh, problems);
				d.name = pick(d.name, ref.name(), refresh);
				d.type = pick(d.type, ref.discountType() == null ? null : DiscountType.valueOf(ref.discountType()),
						refresh);
				d.percentage = pick(d.percentage, ref.percentage(), refresh);
				d.amount = pick(d.amount, ref.amount(), refresh);
				d.catalogVersion = ref.version();
			}
			d.resolve = false;
		}
	}

	private static boolean wanted(boolean resolve, String catalogObjectId, boolean refresh) {
		return catalogObjectId != null && (resolve || refresh);
	}

	/** The request's value where it gave one, else the catalog's; on a refresh the catalog's where it has one. */
	private static <T> T pick(T given, T catalog, boolean refresh) {
		if (refresh) {
			return catalog != null ? catalog : given;
		}
		return given != null ? given : catalog;
	}

	private static boolean found(boolean found, String kind, String id, String path, boolean refresh,
			Problems problems) {
		if (!found && !refresh) {
			problems.add(ApiException.referenceNotFound(kind, id, field(path, "catalog_object_id")));
		}
		return found;
	}

	/** Only the current version of a catalog object can be used: older ones are not kept. */
	private static void versionFits(Long asked, long current, String id, String path, boolean refresh,
			Problems problems) {
		if (!refresh && asked != null && asked != current) {
			problems.add(ErrorCode.INVALID_VALUE, "Version " + asked + " of catalog object `" + id
					+ "` is not available; its current version is " + current + ".", field(path, "catalog_version"));
		}
	}

	private static String field(String path, String name) {
		return path == null ? name : path + "." + name;
	}

}
