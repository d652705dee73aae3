package io.theneo.emulator.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import io.theneo.emulator.support.StandaloneDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** Fault consumption with two stores on separate connections to one database, as two instances would have. */
class FaultStoreTest {

	private final StandaloneDatabase db = new StandaloneDatabase();

	private final FaultStore instanceA = new FaultStore(new JdbcTemplate(this.db.dataSource()));

	private final FaultStore instanceB = new FaultStore(new JdbcTemplate(this.db.dataSource()));

	private static FaultStore.Fault fault(String id, String method, String path, int times) {
		return new FaultStore.Fault(id, method, path, times, times, 500, null, null, Instant.now());
	}

	@Test
	void racingInstancesFireAFaultExactlyTimesTimesBetweenThem() throws Exception {
		long account = this.db.newAccount();
		this.instanceA.insert(account, fault("F1", null, "/v2/orders", 10));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> calls = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				FaultStore store = (i % 2 == 0) ? this.instanceA : this.instanceB;
				calls.add(() -> store.consume(account, "POST", "/v2/orders").isPresent());
			}
			int fired = 0;
			for (Future<Boolean> f : pool.invokeAll(calls)) {
				fired += f.get() ? 1 : 0;
			}
			assertThat(fired).isEqualTo(10);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.instanceB.active(account)).isEmpty();
	}

	@Test
	void theOldestMatchingFaultFiresFirstAndOthersWait() {
		long account = this.db.newAccount();
		this.instanceA.insert(account, fault("GET-ONLY", "GET", "/v2/orders", 1));
		this.instanceA.insert(account, fault("ANY-1", null, "/v2/orders", 1));
		this.instanceA.insert(account, fault("ANY-2", null, "/v2/", 1));
		assertThat(this.instanceA.consume(account, "POST", "/v2/orders/x/pay")).map(FaultStore.Fault::id).hasValue("ANY-1");
		assertThat(this.instanceA.consume(account, "GET", "/v2/orders")).map(FaultStore.Fault::id).hasValue("GET-ONLY");
		assertThat(this.instanceA.consume(account, "GET", "/v2/orders")).map(FaultStore.Fault::id).hasValue("ANY-2");
		assertThat(this.instanceA.consume(account, "GET", "/v2/orders")).isEmpty();
	}

	@Test
	void anotherAccountsFaultNeverMatches() {
		long owner = this.db.newAccount();
		long other = this.db.newAccount();
		this.instanceA.insert(owner, fault("MINE", null, "/v2/", 5));
		assertThat(this.instanceB.consume(other, "GET", "/v2/orders")).isEmpty();
		assertThat(this.instanceB.delete(other, "MINE")).isFalse();
		assertThat(this.instanceB.active(owner)).singleElement().extracting(FaultStore.Fault::remaining).isEqualTo(5);
	}

	@Test
	void usedUpFaultsAreNotListedAndGoAtTheNextInsert() {
		long account = this.db.newAccount();
		this.instanceA.insert(account, fault("ONCE", null, "/v2/", 1));
		this.instanceA.consume(account, "GET", "/v2/x");
		assertThat(this.instanceA.active(account)).isEmpty();
		assertThat(this.instanceA.delete(account, "ONCE")).isFalse();
		this.instanceA.insert(account, fault("NEXT", null, "/v2/", 1));
		assertThat(this.db.jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_fault WHERE account_id = ?", Long.class,
				account)).isEqualTo(1);
	}

}
