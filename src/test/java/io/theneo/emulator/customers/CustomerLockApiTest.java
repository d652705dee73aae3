package io.theneo.emulator.customers;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.theneo.emulator.accounts.AccountService;
import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/** A change that waits too long for a customer another transaction holds is a conflict to retry, never a 500. */
class CustomerLockApiTest extends ApiTest {

	@Autowired
	CustomerRepository customers;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AccountService accountService;

	@Test
	void aChangeBlockedByALongTransactionIsAConflictOrWaitsItOut() throws Exception {
		TestAccount account = freshAccount();
		long accountId = this.accountService.findByMerchantId(account.merchantId()).orElseThrow().getId();
		String id = CustomersApiTest.create(account, "{\"given_name\": \"Locked\"}");
		CountDownLatch locked = new CountDownLatch(1);
		ExecutorService holder = Executors.newSingleThreadExecutor();
		try {
			Future<?> hold = holder.submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult((s) -> {
				this.customers.lock(accountId, id).orElseThrow();
				locked.countDown();
				try {
					// H2 gives up after its lock timeout (10 s in our URLs), PostgreSQL waits: either answer is right
					Thread.sleep(3000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
			Response response = as(account).body("{\"note\": \"waited\"}").put("/v2/customers/" + id);
			assertThat(response.statusCode()).as(response.asString()).isIn(200, 409);
			if (response.statusCode() == 409) {
				assertThat((String) response.path("errors[0].code")).isEqualTo("CONFLICT");
				assertThat((String) response.path("errors[0].detail")).contains("retry");
			}
			hold.get(30, TimeUnit.SECONDS);
		}
		finally {
			holder.shutdownNow();
		}
	}

}
