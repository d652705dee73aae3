package io.theneo.emulator.customers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.theneo.emulator.accounts.AccountService;
import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static io.theneo.emulator.customers.CustomersApiTest.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** What other features rely on: CustomerDirectory, the CustomerDeleted event, and the fixtures' reset. */
class CustomerDirectoryApiTest extends ApiTest {

	@Autowired
	CustomerDirectory directory;

	@Autowired
	AccountService accountService;

	@Autowired
	ApplicationEventMulticaster multicaster;

	private long accountId(TestAccount account) {
		return this.accountService.findByMerchantId(account.merchantId()).orElseThrow().getId();
	}

	@Test
	void findsTheAccountsCustomersOnly() {
		TestAccount account = freshAccount();
		String demo = account.fixture("customer_ids", 0);
		assertThat(this.directory.find(accountId(account), demo)).contains(
				new CustomerRef(demo, "amelia.earhart@example.com", "Amelia", "Earhart"));
		String noEmail = create(account, "{\"company_name\": \"No Mail Inc\"}");
		assertThat(this.directory.find(accountId(account), noEmail))
			.contains(new CustomerRef(noEmail, null, null, null));
		TestAccount other = freshAccount();
		assertThat(this.directory.find(accountId(other), demo)).isEmpty();
		assertThat(this.directory.find(accountId(account), "NOSUCHCUSTOMER")).isEmpty();
		assertThat(this.directory.find(accountId(account), null)).isEmpty();
		as(account).delete("/v2/customers/" + noEmail).then().statusCode(200);
		assertThat(this.directory.find(accountId(account), noEmail)).isEmpty();
	}

	@Test
	void deletingACustomerPublishesCustomerDeletedInsideTheTransaction() {
		TestAccount account = freshAccount();
		long accountId = accountId(account);
		String id = create(account, "{\"given_name\": \"Leaving\"}");
		record Seen(CustomerDeleted event, boolean inTransaction) {
		}
		List<Seen> seen = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> listener = (event) -> {
			if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof CustomerDeleted deleted
					&& deleted.accountId() == accountId) {
				seen.add(new Seen(deleted, TransactionSynchronizationManager.isActualTransactionActive()));
			}
		};
		this.multicaster.addApplicationListener(listener);
		try {
			as(account).delete("/v2/customers/" + id + "?version=1").then().statusCode(409);
			assertThat(seen).isEmpty();
			as(account).delete("/v2/customers/" + id).then().statusCode(200);
			assertThat(seen).containsExactly(new Seen(new CustomerDeleted(accountId, id), true));
		}
		finally {
			this.multicaster.removeApplicationListener(listener);
		}
	}

	@Test
	void aResetBringsBackTheDemoCustomerAndNothingElse() {
		TestAccount account = freshAccount();
		String demo = account.fixture("customer_ids", 0);
		String id = create(account, "{\"given_name\": \"Temporary\", \"reference_id\": \"TMP\"}");
		String group = as(account).body("{\"group\": {\"name\": \"G\"}}").post("/v2/customers/groups").then()
			.extract().path("group.id");
		as(account).put("/v2/customers/" + id + "/groups/" + group).then().statusCode(200);
		as(account).put("/v2/customers/" + demo + "/groups/" + group).then().statusCode(200);
		as(account).body("{\"given_name\": \"Renamed\"}").put("/v2/customers/" + demo).then().statusCode(200);
		this.accountService.reset(accountId(account));
		as(account).get("/v2/customers?count=true").then().statusCode(200)
			.body("count", equalTo(1))
			.body("customers[0].id", equalTo(demo))
			.body("customers[0].given_name", equalTo("Amelia"))
			.body("customers[0].version", equalTo(0));
		as(account).get("/v2/customers/" + id).then().statusCode(404);
		as(account).get("/v2/customers/groups/" + group).then().statusCode(404);
		create(account, "{\"given_name\": \"Again\", \"reference_id\": \"TMP\"}");
	}

}
