package io.theneo.emulator.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The demo catalog of FIXTURES.md: documented ids in the default account, derived ids in every other. */
class CatalogFixturesApiTest extends ApiTest {

	@Test
	void defaultAccountHasTheLargerSteakVariationAt2200Usd() {
		as(admin()).get("/v2/catalog/object/BEMYCSMIJL46OCDV4KYIKXIB?include_related_objects=true")
			.then()
			.statusCode(200)
			.body("object.type", equalTo("ITEM_VARIATION"))
			.body("object.id", equalTo("BEMYCSMIJL46OCDV4KYIKXIB"))
			.body("object.is_deleted", equalTo(false))
			.body("object.present_at_all_locations", equalTo(true))
			.body("object.item_variation_data.name", equalTo("Larger"))
			.body("object.item_variation_data.pricing_type", equalTo("FIXED_PRICING"))
			.body("object.item_variation_data.price_money.amount", equalTo(2200))
			.body("object.item_variation_data.price_money.currency", equalTo("USD"))
			.body("object.item_variation_data.item_id", equalTo(CatalogFixtures.STEAK))
			.body("related_objects", hasSize(1))
			.body("related_objects[0].item_data.name", equalTo("New York Steak"))
			.body("related_objects[0].item_data.variations.item_variation_data.name", contains("Regular", "Larger"));
	}

	@Test
	void defaultAccountHasTheWellModifierAt50Usd() {
		as(admin()).get("/v2/catalog/object/CHQX7Y4KY6N5KINJKZCFURPZ")
			.then()
			.statusCode(200)
			.body("object.type", equalTo("MODIFIER"))
			.body("object.modifier_data.name", equalTo("Well"))
			.body("object.modifier_data.price_money.amount", equalTo(50))
			.body("object.modifier_data.price_money.currency", equalTo("USD"))
			.body("object.modifier_data.modifier_list_id", equalTo(CatalogFixtures.STEAK_TEMPERATURE));
	}

	@Test
	void defaultAccountHasTheMembershipDiscountOfHalfAPercent() {
		as(admin()).get("/v2/catalog/object/DB7L55ZH2BGWI4H23ULIWOQ7")
			.then()
			.statusCode(200)
			.body("object.type", equalTo("DISCOUNT"))
			.body("object.discount_data.name", equalTo("Membership Discount"))
			.body("object.discount_data.discount_type", equalTo("FIXED_PERCENTAGE"))
			.body("object.discount_data.percentage", equalTo("0.5"))
			.body("object.discount_data.amount_money", nullValue());
	}

	@Test
	void defaultAccountHasTwoMonthlyPlans() {
		as(admin()).get("/v2/catalog/object/6JHXF3B2CW3YKHDV4XEM674H")
			.then()
			.statusCode(200)
			.body("object.type", equalTo("SUBSCRIPTION_PLAN"))
			.body("object.subscription_plan_data.name", equalTo("Coffee Club"))
			.body("object.subscription_plan_data.phases", hasSize(1))
			.body("object.subscription_plan_data.phases[0].cadence", equalTo("MONTHLY"))
			.body("object.subscription_plan_data.phases[0].periods", nullValue())
			.body("object.subscription_plan_data.phases[0].recurring_price_money.amount", equalTo(1000))
			.body("object.subscription_plan_data.phases[0].ordinal", equalTo(0));
		as(admin()).get("/v2/catalog/object/L3TJVDHVBEQEGQDEZL2JJM7R")
			.then()
			.statusCode(200)
			.body("object.subscription_plan_data.name", equalTo("Premium Plan"))
			.body("object.subscription_plan_data.phases.cadence", contains("MONTHLY", "MONTHLY"))
			.body("object.subscription_plan_data.phases[0].periods", equalTo(1))
			.body("object.subscription_plan_data.phases[0].recurring_price_money.amount", equalTo(0))
			.body("object.subscription_plan_data.phases[1].periods", nullValue())
			.body("object.subscription_plan_data.phases[1].recurring_price_money.amount", equalTo(2500))
			.body("object.subscription_plan_data.phases.ordinal", contains(0, 1));
	}

	@Test
	void defaultAccountHasTheStateSalesTaxAndTheSteakItem() {
		as(admin()).get("/v2/catalog/object/" + CatalogFixtures.STATE_SALES_TAX)
			.then()
			.statusCode(200)
			.body("object.tax_data.name", equalTo("State Sales Tax"))
			.body("object.tax_data.percentage", equalTo("9"))
			.body("object.tax_data.inclusion_type", equalTo("ADDITIVE"))
			.body("object.tax_data.calculation_phase", equalTo("TAX_SUBTOTAL_PHASE"));
		as(admin()).get("/v2/catalog/object/" + CatalogFixtures.STEAK)
			.then()
			.statusCode(200)
			.body("object.item_data.name", equalTo("New York Steak"))
			.body("object.item_data.variations.id", contains(CatalogFixtures.STEAK_REGULAR, "BEMYCSMIJL46OCDV4KYIKXIB"))
			.body("object.item_data.modifier_list_info[0].modifier_list_id",
					equalTo(CatalogFixtures.STEAK_TEMPERATURE));
	}

	@Test
	void freshAccountHasTheCatalogUnderDerivedIds() {
		TestAccounts.TestAccount account = freshAccount();
		String larger = account.id("BEMYCSMIJL46OCDV4KYIKXIB");
		assertThat(larger).hasSize(24).isNotEqualTo("BEMYCSMIJL46OCDV4KYIKXIB").matches("[A-Z0-9]{24}");
		assertThat(account.fixtures().get("catalog_object_ids")).startsWith(larger, account.id("CHQX7Y4KY6N5KINJKZCFURPZ"),
				account.id("DB7L55ZH2BGWI4H23ULIWOQ7"), account.id("6JHXF3B2CW3YKHDV4XEM674H"),
				account.id("L3TJVDHVBEQEGQDEZL2JJM7R")).hasSize(10);
		assertThat(account.fixtures().get("plan_ids"))
			.isEqualTo(List.of(account.id("6JHXF3B2CW3YKHDV4XEM674H"), account.id("L3TJVDHVBEQEGQDEZL2JJM7R")));
		as(account).get("/v2/catalog/object/" + larger + "?include_related_objects=true")
			.then()
			.statusCode(200)
			.body("object.item_variation_data.name", equalTo("Larger"))
			.body("object.item_variation_data.price_money.amount", equalTo(2200))
			.body("object.item_variation_data.item_id", equalTo(account.id(CatalogFixtures.STEAK)))
			.body("related_objects[0].item_data.modifier_list_info[0].modifier_list_id",
					equalTo(account.id(CatalogFixtures.STEAK_TEMPERATURE)));
		as(account).get("/v2/catalog/object/" + account.id("CHQX7Y4KY6N5KINJKZCFURPZ"))
			.then()
			.statusCode(200)
			.body("object.modifier_data.name", equalTo("Well"))
			.body("object.modifier_data.modifier_list_id", equalTo(account.id(CatalogFixtures.STEAK_TEMPERATURE)));
		// the documented ids belong to the default account only
		as(account).get("/v2/catalog/object/BEMYCSMIJL46OCDV4KYIKXIB").then().statusCode(404);
	}

	@Test
	void freshAccountListsTheTopLevelFixtures() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).get("/v2/catalog/list")
			.then()
			.statusCode(200)
			.body("objects", hasSize(6))
			.body("objects.type", org.hamcrest.Matchers.containsInAnyOrder("ITEM", "MODIFIER_LIST", "DISCOUNT", "TAX",
					"SUBSCRIPTION_PLAN", "SUBSCRIPTION_PLAN"))
			.body("cursor", nullValue());
	}

}
