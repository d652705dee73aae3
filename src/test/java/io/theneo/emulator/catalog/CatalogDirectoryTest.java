package io.theneo.emulator.catalog;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.theneo.emulator.accounts.AccountService;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The read contract of orders and subscriptions, on the demo catalog. */
class CatalogDirectoryTest extends ApiTest {

	@Autowired
	private CatalogDirectory directory;

	@Autowired
	private AccountService accountService;

	private long accountId(TestAccounts.TestAccount account) {
		return this.accountService.findByMerchantId(account.merchantId()).orElseThrow().getId();
	}

	@Test
	void variationCarriesItsItemNameAndPrice() {
		long admin = accountId(admin());
		CatalogDirectory.VariationRef larger = this.directory.variation(admin, "BEMYCSMIJL46OCDV4KYIKXIB").orElseThrow();
		assertThat(larger.id()).isEqualTo("BEMYCSMIJL46OCDV4KYIKXIB");
		assertThat(larger.itemId()).isEqualTo(CatalogFixtures.STEAK);
		assertThat(larger.itemName()).isEqualTo("New York Steak");
		assertThat(larger.variationName()).isEqualTo("Larger");
		assertThat(larger.price()).isEqualTo(Money.of(2200, "USD"));
		assertThat(larger.version()).isPositive();
	}

	@Test
	void modifierDiscountAndTaxOfTheDemoCatalog() {
		long admin = accountId(admin());
		assertThat(this.directory.modifier(admin, "CHQX7Y4KY6N5KINJKZCFURPZ")).hasValueSatisfying((m) -> {
			assertThat(m.name()).isEqualTo("Well");
			assertThat(m.price()).isEqualTo(Money.of(50, "USD"));
		});
		assertThat(this.directory.discount(admin, "DB7L55ZH2BGWI4H23ULIWOQ7")).hasValueSatisfying((d) -> {
			assertThat(d.name()).isEqualTo("Membership Discount");
			assertThat(d.discountType()).isEqualTo("FIXED_PERCENTAGE");
			assertThat(d.percentage()).isEqualTo("0.5");
			assertThat(d.amount()).isNull();
		});
		assertThat(this.directory.tax(admin, CatalogFixtures.STATE_SALES_TAX)).hasValueSatisfying((t) -> {
			assertThat(t.name()).isEqualTo("State Sales Tax");
			assertThat(t.inclusionType()).isEqualTo("ADDITIVE");
			assertThat(t.percentage()).isEqualTo("9");
		});
	}

	@Test
	void plansCarryTheirPhasesInOrder() {
		long admin = accountId(admin());
		CatalogDirectory.PlanRef coffee = this.directory.plan(admin, "6JHXF3B2CW3YKHDV4XEM674H").orElseThrow();
		assertThat(coffee.name()).isEqualTo("Coffee Club");
		assertThat(coffee.phases()).singleElement().satisfies((p) -> {
			assertThat(p.cadence()).isEqualTo("MONTHLY");
			assertThat(p.periods()).isNull();
			assertThat(p.recurringPrice()).isEqualTo(Money.of(1000, "USD"));
			assertThat(p.ordinal()).isZero();
			assertThat(p.uid()).isNotBlank();
		});
		CatalogDirectory.PlanRef premium = this.directory.plan(admin, "L3TJVDHVBEQEGQDEZL2JJM7R").orElseThrow();
		assertThat(premium.name()).isEqualTo("Premium Plan");
		assertThat(premium.phases()).extracting(CatalogDirectory.PhaseRef::periods).containsExactly(1, null);
		assertThat(premium.phases()).extracting(CatalogDirectory.PhaseRef::recurringPrice)
			.containsExactly(Money.of(0, "USD"), Money.of(2500, "USD"));
	}

	@Test
	void batchLookUpsAnswerTheFoundIdsInTheOrderAsked() {
		long admin = accountId(admin());
		var found = this.directory.variations(admin,
				Arrays.asList("BEMYCSMIJL46OCDV4KYIKXIB", "NOPE", null, CatalogFixtures.STEAK_REGULAR,
						"BEMYCSMIJL46OCDV4KYIKXIB"));
		assertThat(found.keySet()).containsExactly("BEMYCSMIJL46OCDV4KYIKXIB", CatalogFixtures.STEAK_REGULAR);
		assertThat(found.get(CatalogFixtures.STEAK_REGULAR).price()).isEqualTo(Money.of(1800, "USD"));
		assertThat(this.directory.modifiers(admin, List.of(CatalogFixtures.MEDIUM_RARE, "CHQX7Y4KY6N5KINJKZCFURPZ")))
			.containsOnlyKeys(CatalogFixtures.MEDIUM_RARE, "CHQX7Y4KY6N5KINJKZCFURPZ");
		assertThat(this.directory.discounts(admin, List.of())).isEmpty();
		assertThat(this.directory.taxes(admin, List.of(CatalogFixtures.STATE_SALES_TAX))).hasSize(1);
		assertThat(this.directory.plans(admin, List.of("6JHXF3B2CW3YKHDV4XEM674H", "L3TJVDHVBEQEGQDEZL2JJM7R")))
			.hasSize(2);
	}

	@Test
	void anOrdersReferencesOfEveryKindComeTogetherEachOnlyAsItsOwnKind() {
		TestAccounts.TestAccount account = freshAccount();
		long id = accountId(account);
		String larger = account.id(CatalogFixtures.STEAK_LARGER);
		String medium = account.id(CatalogFixtures.MEDIUM_RARE);
		String tax = account.id(CatalogFixtures.STATE_SALES_TAX);
		String discount = account.id(CatalogFixtures.MEMBERSHIP_DISCOUNT);
		CatalogDirectory.OrderRefs refs = this.directory.orderRefs(id, List.of(larger, tax, "NOPE"),
				List.of(medium, larger), List.of(tax, "BEMYCSMIJL46OCDV4KYIKXIB"), List.of(discount, medium));
		assertThat(refs.variations()).containsOnlyKeys(larger);
		assertThat(refs.variations().get(larger).itemName()).isEqualTo("New York Steak");
		assertThat(refs.variations().get(larger).price()).isEqualTo(Money.of(2200, "USD"));
		assertThat(refs.modifiers()).containsOnlyKeys(medium);
		assertThat(refs.taxes()).containsOnlyKeys(tax);
		assertThat(refs.taxes().get(tax).percentage()).isEqualTo("9");
		assertThat(refs.discounts()).containsOnlyKeys(discount);
		assertThat(refs.discounts().get(discount).percentage()).isEqualTo("0.5");
		CatalogDirectory.OrderRefs none = this.directory.orderRefs(id, List.of(), List.of(), List.of(), List.of());
		assertThat(none.variations()).isEmpty();
		assertThat(none.discounts()).isEmpty();
	}

	@Test
	void otherAccountsOtherTypesAndDeletedObjectsAreNotFound() {
		TestAccounts.TestAccount account = freshAccount();
		long id = accountId(account);
		long admin = accountId(admin());
		String larger = account.id(CatalogFixtures.STEAK_LARGER);
		assertThat(this.directory.variation(id, larger)).isPresent();
		assertThat(this.directory.variation(admin, larger)).isEmpty();
		assertThat(this.directory.variation(id, "BEMYCSMIJL46OCDV4KYIKXIB")).isEmpty();
		assertThat(this.directory.discount(id, larger)).isEmpty();
		assertThat(this.directory.plan(id, account.id(CatalogFixtures.MEMBERSHIP_DISCOUNT))).isEmpty();
		assertThat(this.directory.tax(id, null)).isEmpty();

		as(account).delete("/v2/catalog/object/" + account.id(CatalogFixtures.STEAK)).then().statusCode(200);
		assertThat(this.directory.variation(id, larger)).isEmpty();
		as(account).delete("/v2/catalog/object/" + account.id(CatalogFixtures.COFFEE_CLUB)).then().statusCode(200);
		assertThat(this.directory.plan(id, account.id(CatalogFixtures.COFFEE_CLUB))).isEmpty();
	}

	@Test
	void versionsFollowTheObjects() {
		TestAccounts.TestAccount account = freshAccount();
		long id = accountId(account);
		String discount = account.id(CatalogFixtures.MEMBERSHIP_DISCOUNT);
		long before = this.directory.discount(id, discount).orElseThrow().version();
		as(account).body("{\"object\": {\"type\": \"DISCOUNT\", \"id\": \"" + discount + "\", \"discount_data\":"
				+ " {\"name\": \"Members\", \"amount_money\": {\"amount\": 300, \"currency\": \"USD\"}}}}")
			.post("/v2/catalog/object")
			.then()
			.statusCode(200);
		CatalogDirectory.DiscountRef after = this.directory.discount(id, discount).orElseThrow();
		assertThat(after.version()).isGreaterThan(before);
		assertThat(after.discountType()).isEqualTo("FIXED_AMOUNT");
		assertThat(after.amount()).isEqualTo(Money.of(300, "USD"));
		assertThat(after.percentage()).isNull();
	}

}
