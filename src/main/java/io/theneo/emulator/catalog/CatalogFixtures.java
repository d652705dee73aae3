package io.theneo.emulator.catalog;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.FixtureLoader;
import io.theneo.emulator.accounts.Fixtures;

/**
 * The demo catalog of FIXTURES.md: what the "Create order" example and the subscription examples of the seeds refer
 * to. Ids FIXTURES.md does not print, names and prices it does not give are ours (README, "Demo data"). Written as
 * entries in one batch, without the upsert's checks, so that a sandbox account costs a few milliseconds.
 */
@Component
@Order(30)
class CatalogFixtures implements FixtureLoader {

	static final String STEAK_LARGER = "BEMYCSMIJL46OCDV4KYIKXIB";

	static final String WELL = "CHQX7Y4KY6N5KINJKZCFURPZ";

	static final String MEMBERSHIP_DISCOUNT = "DB7L55ZH2BGWI4H23ULIWOQ7";

	static final String COFFEE_CLUB = "6JHXF3B2CW3YKHDV4XEM674H";

	static final String PREMIUM_PLAN = "L3TJVDHVBEQEGQDEZL2JJM7R";

	// not printed in the seeds: our ids
	static final String STEAK = "RVI7RC9P65X8J7IJRZJRFSIS";

	static final String STEAK_REGULAR = "DBMJZ1UVN6NHQG9F2KL6RKDG";

	static final String STEAK_TEMPERATURE = "DOEH53QIGHF99EQFBJ9PPDW2";

	static final String MEDIUM_RARE = "W44KPMC2WQOJA3BKDYMLM0YB";

	static final String STATE_SALES_TAX = "BYJANP7OSRBN0C41YUPRG3IW";

	private static final String USD = "USD";

	private final CatalogEntryRepository entries;

	private final CatalogViews views;

	CatalogFixtures(CatalogEntryRepository entries, CatalogViews views) {
		this.entries = entries;
		this.views = views;
	}

	@Override
	@Transactional
	public void load(Fixtures f) {
		List<CatalogEntry> all = new ArrayList<>();
		String steak = f.id(STEAK);
		String temperature = f.id(STEAK_TEMPERATURE);

		all.add(entry(f, STEAK, CatalogObjectType.ITEM, null, 0, "New York Steak", "Grass-fed New York strip steak",
				new ItemData("New York Steak", "Grass-fed New York strip steak", "NYS", null, true, null,
						List.of(new ItemData.ModifierListInfo(temperature, null, null, true, 0)), null)));
		all.add(entry(f, STEAK_REGULAR, CatalogObjectType.ITEM_VARIATION, steak, 0, "Regular", null,
				variation("Regular", "NYS-R", 1800)));
		all.add(entry(f, STEAK_LARGER, CatalogObjectType.ITEM_VARIATION, steak, 1, "Larger", null,
				variation("Larger", "NYS-L", 2200)));
		all.add(entry(f, STEAK_TEMPERATURE, CatalogObjectType.MODIFIER_LIST, null, 0, "Steak temperature", null,
				new ModifierListData("Steak temperature", 0, ModifierListData.SelectionType.SINGLE, null)));
		all.add(entry(f, MEDIUM_RARE, CatalogObjectType.MODIFIER, temperature, 0, "Medium rare", null,
				new ModifierData("Medium rare", CatalogMoney.of(0, USD), true, null, null)));
		all.add(entry(f, WELL, CatalogObjectType.MODIFIER, temperature, 1, "Well", null,
				new ModifierData("Well", CatalogMoney.of(50, USD), false, null, null)));
		all.add(entry(f, MEMBERSHIP_DISCOUNT, CatalogObjectType.DISCOUNT, null, 0, "Membership Discount", null,
				new DiscountData("Membership Discount", DiscountData.DiscountType.FIXED_PERCENTAGE, "0.5", null, false,
						null, DiscountData.ModifyTaxBasis.MODIFY_TAX_BASIS, null)));
		all.add(entry(f, STATE_SALES_TAX, CatalogObjectType.TAX, null, 0, "State Sales Tax", null,
				new TaxData("State Sales Tax", TaxData.CalculationPhase.TAX_SUBTOTAL_PHASE,
						TaxData.InclusionType.ADDITIVE, "9", true, true)));
		all.add(entry(f, COFFEE_CLUB, CatalogObjectType.SUBSCRIPTION_PLAN, null, 0, "Coffee Club", null,
				new SubscriptionPlanData("Coffee Club", List.of(new SubscriptionPlanData.Phase(
						"ACDSBY5YPAMGM0357YXVX1Y5", SubscriptionPlanData.Cadence.MONTHLY, null,
						CatalogMoney.of(1000, USD), 0)))));
		all.add(entry(f, PREMIUM_PLAN, CatalogObjectType.SUBSCRIPTION_PLAN, null, 0, "Premium Plan", null,
				new SubscriptionPlanData("Premium Plan", List.of(
						new SubscriptionPlanData.Phase("UCSOAJA7SK8TIF9196HTSYUW", SubscriptionPlanData.Cadence.MONTHLY,
								1, CatalogMoney.of(0, USD), 0),
						new SubscriptionPlanData.Phase("49XH9QFGBLN0ZCXMTFUURTJ5", SubscriptionPlanData.Cadence.MONTHLY,
								null, CatalogMoney.of(2500, USD), 1)))));
		this.entries.saveAll(all);

		// the documented objects first, in FIXTURES.md's order, then the ones they hang on
		for (String id : List.of(STEAK_LARGER, WELL, MEMBERSHIP_DISCOUNT, COFFEE_CLUB, PREMIUM_PLAN, STEAK,
				STEAK_REGULAR, STEAK_TEMPERATURE, MEDIUM_RARE, STATE_SALES_TAX)) {
			f.record("catalog_object_ids", f.id(id));
		}
		f.record("plan_ids", f.id(COFFEE_CLUB));
		f.record("plan_ids", f.id(PREMIUM_PLAN));
	}

	private static ItemVariationData variation(String name, String sku, long cents) {
		return new ItemVariationData(null, name, sku, null, ItemVariationData.PricingType.FIXED_PRICING,
				CatalogMoney.of(cents, USD));
	}

	private CatalogEntry entry(Fixtures f, String documentedId, CatalogObjectType type, String parentId, int ordinal,
			String name, String description, Object data) {
		return new CatalogEntry(f.id(documentedId), f.accountId(), type, parentId, ordinal, name, description,
				this.views.write(data), f.now().toEpochMilli(), f.now());
	}

	@Override
	@Transactional
	public void clear(long accountId) {
		this.entries.deleteByAccountId(accountId);
	}

}
