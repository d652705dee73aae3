package io.theneo.emulator.cards;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.accounts.AccountService;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CardPayments as orders and subscriptions call it. */
class CardPaymentsTest extends ApiTest {

	@Autowired
	CardPayments payments;

	@Autowired
	AccountService accountService;

	@Autowired
	AccountClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	long accountId(TestAccount account) {
		return this.accountService.findByMerchantId(account.merchantId()).orElseThrow().getId();
	}

	@Test
	void chargesTheDemoCardAndRecordsThePayment() {
		TestAccount account = freshAccount();
		long id = accountId(account);
		String card = account.id("ccof:qy5x8hHGYsgLrp4Q4GB");
		Charge charge = this.payments.charge(id, card, account.id(CardsApiTest.DEMO_CUSTOMER), Money.of(1050, "USD"),
				"order X");
		assertThat(charge.cardId()).isEqualTo(card);
		assertThat(charge.amount()).isEqualTo(Money.of(1050, "USD"));
		assertThat(charge.paymentId()).matches("[A-Za-z0-9]{29}");
		assertThat(charge.createdAt()).isCloseTo(this.clock.now(id), org.assertj.core.api.Assertions.within(5,
				ChronoUnit.SECONDS));
		Map<String, Object> row = this.jdbc.queryForMap("select * from card_payment where id = ?", charge.paymentId());
		assertThat(row.get("card_id")).isEqualTo(card);
		assertThat(((Number) row.get("amount")).longValue()).isEqualTo(1050);
		assertThat(row.get("currency")).isEqualTo("USD");
		assertThat(row.get("note")).isEqualTo("order X");
		assertThat(row.get("account_id")).isEqualTo(id);
	}

	@Test
	void anyCustomerWhenNoneIsNamed() {
		TestAccount account = freshAccount();
		Charge charge = this.payments.charge(accountId(account), account.id("ccof:mueUsvgajChmjEbp4GB"), null,
				Money.of(1, "USD"), null);
		assertThat(charge.paymentId()).isNotBlank();
	}

	@Test
	void eachDecliningNumberDeclinesWithItsCode() {
		TestAccount account = freshAccount();
		long id = accountId(account);
		Map<String, ErrorCode> codes = Map.of("4000000000000002", ErrorCode.CARD_DECLINED, "4000000000009995",
				ErrorCode.INSUFFICIENT_FUNDS, "4000000000000069", ErrorCode.CARD_EXPIRED, "4000000000000127",
				ErrorCode.CVV_FAILURE, "cnon:card-nonce-declined", ErrorCode.CARD_DECLINED,
				"cnon:card-nonce-insufficient-funds", ErrorCode.INSUFFICIENT_FUNDS, "cnon:card-nonce-expired",
				ErrorCode.CARD_EXPIRED, "cnon:card-nonce-cvv-failure", ErrorCode.CVV_FAILURE);
		codes.forEach((source, code) -> {
			String card = CardsApiTest.create(account, source);
			assertThatThrownBy(() -> this.payments.charge(id, card, null, Money.of(100, "USD"), null))
				.isInstanceOfSatisfying(ApiException.class, (ex) -> {
					assertThat(ex.status().value()).isEqualTo(402);
					assertThat(ex.errors().get(0).code()).isEqualTo(code.name());
					assertThat(ex.errors().get(0).category()).isEqualTo("PAYMENT_METHOD_ERROR");
					assertThat(ex.errors().get(0).type()).isEqualTo("card_error");
				});
			Integer rows = this.jdbc.queryForObject("select count(*) from card_payment where card_id = ?",
					Integer.class, card);
			assertThat(rows).as(source).isZero();
		});
	}

	@Test
	void aDeclineDoesNotRollBackTheCallersTransaction() {
		TestAccount account = freshAccount();
		long id = accountId(account);
		String declining = CardsApiTest.create(account, "cnon:card-nonce-declined");
		String good = account.id("ccof:qy5x8hHGYsgLrp4Q4GB");
		String paid = this.tx.execute((status) -> {
			try {
				this.payments.charge(id, declining, null, Money.of(100, "USD"), null);
			}
			catch (ApiException expected) {
				// the caller records the failure and goes on
			}
			return this.payments.charge(id, good, null, Money.of(100, "USD"), null).paymentId();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from card_payment where id = ?", Integer.class, paid))
			.isEqualTo(1);
	}

	@Test
	void unknownDisabledForeignOrOtherCustomersCardsAreNotFound() {
		TestAccount account = freshAccount();
		long id = accountId(account);
		String card = account.id("ccof:qy5x8hHGYsgLrp4Q4GB");
		assertNotFound(() -> this.payments.charge(id, "ccof:nosuchcard000000000", null, Money.of(1, "USD"), null));
		assertNotFound(() -> this.payments.charge(id, null, null, Money.of(1, "USD"), null));
		assertNotFound(() -> this.payments.charge(id, card, "SOMEONEELSE", Money.of(1, "USD"), null));
		TestAccount other = freshAccount();
		assertNotFound(() -> this.payments.charge(accountId(other), card, null, Money.of(1, "USD"), null));
		as(account).post("/v2/cards/" + card + "/disable").then().statusCode(200);
		assertNotFound(() -> this.payments.charge(id, card, null, Money.of(1, "USD"), null));
		assertThat(this.payments.isUsable(id, card, null)).isFalse();
		assertThat(this.payments.isUsable(id, account.id("ccof:mueUsvgajChmjEbp4GB"),
				account.id(CardsApiTest.DEMO_CUSTOMER))).isTrue();
	}

	@Test
	void aCardDeclinesAsExpiredOnceTheClockPassesItsExpiryMonth() {
		TestAccount account = freshAccount();
		long id = accountId(account);
		int year = this.clock.now(id).atZone(java.time.ZoneOffset.UTC).getYear() + 1;
		String card = as(account)
			.body(Map.of("source_id", "4111111111111111", "card",
					Map.of("customer_id", account.id(CardsApiTest.DEMO_CUSTOMER), "exp_month", 1, "exp_year", year)))
			.post("/v2/cards")
			.then()
			.statusCode(200)
			.extract()
			.path("card.id");
		this.clock.moveTo(id, Instant.parse(year + "-01-31T23:59:59Z"));
		assertThat(this.payments.charge(id, card, null, Money.of(1, "USD"), null)).isNotNull();
		this.clock.moveTo(id, Instant.parse(year + "-02-01T00:00:00Z"));
		assertThatThrownBy(() -> this.payments.charge(id, card, null, Money.of(1, "USD"), null))
			.isInstanceOfSatisfying(ApiException.class,
					(ex) -> assertThat(ex.errors().get(0).code()).isEqualTo("CARD_EXPIRED"));
	}

	private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, (ex) -> {
			assertThat(ex.status().value()).isEqualTo(400);
			assertThat(ex.errors().get(0).code()).isEqualTo("NOT_FOUND");
			assertThat(ex.errors().get(0).field()).isEqualTo("card_id");
		});
	}

}
