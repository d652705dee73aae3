package io.theneo.emulator.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.theneo.emulator.support.H2Plans;
import io.theneo.emulator.support.StandaloneDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal's writer against a real (private) database: batching, trimming, masking, clearing, overload. */
class RequestJournalTest {

	private final StandaloneDatabase db = new StandaloneDatabase();

	private final JournalStore store = new JournalStore(this.db.jdbc);

	private RequestJournal journal(int size, int queueCapacity) {
		return journal(this.store, size, queueCapacity);
	}

	private RequestJournal journal(JournalStore store, int size, int queueCapacity) {
		return new RequestJournal(store, JsonMapper.builder().build(),
				new SandboxProperties(true, size, Duration.ofSeconds(30), queueCapacity, Duration.ofMillis(2)),
				this.db.transactions);
	}

	private static JournalEntry entry(long accountId, String path, String body, Map<String, String> headers,
			long startNanos) {
		byte[] bytes = body != null ? body.getBytes(StandardCharsets.UTF_8) : null;
		return new JournalEntry(accountId, "POST", path, null, 200, null, bytes, bytes != null ? bytes.length : 0,
				"{\"ok\":true}".getBytes(StandardCharsets.UTF_8), 11, headers, Instant.now(), startNanos, 3, "req",
				null, false);
	}

	private static JournalEntry entry(long accountId, String path) {
		return entry(accountId, path, null, Map.of(), System.nanoTime());
	}

	private List<String> paths(long accountId) {
		return this.store.page(new JournalStore.Query(accountId, null, null, null, null, null, 100), 1000)
			.stream()
			.map(JournalStore.Row::path)
			.toList();
	}

	@Test
	void trimsEachAccountToItsNewestEntries() {
		RequestJournal journal = journal(3, 100);
		long a = this.db.newAccount();
		long b = this.db.newAccount();
		for (int i = 1; i <= 5; i++) {
			journal.record(entry(a, "/v2/a/" + i));
		}
		journal.record(entry(b, "/v2/b/1"));
		journal.record(entry(b, "/v2/b/2"));
		journal.flush();
		assertThat(this.store.count(a)).isEqualTo(3);
		assertThat(this.store.count(b)).isEqualTo(2);
		// trimming over several batches keeps the bound too
		journal.record(entry(a, "/v2/a/6"));
		journal.flush();
		assertThat(this.store.count(a)).isEqualTo(3);
		assertThat(paths(a)).containsExactlyInAnyOrder("/v2/a/4", "/v2/a/5", "/v2/a/6");
		assertThat(journal.written()).isEqualTo(8);
	}

	@Test
	void aLargeJournalIsTrimmedInStepsButReadsNeverShowMoreThanItsSize() {
		RequestJournal journal = journal(100, 1000);
		long a = this.db.newAccount();
		for (int i = 1; i <= 100; i++) {
			journal.record(entry(a, "/v2/a/" + i));
		}
		journal.flush();
		assertThat(this.store.count(a)).isEqualTo(100);
		for (int i = 101; i <= 104; i++) {
			journal.record(entry(a, "/v2/a/" + i));
			journal.flush();
		}
		// fewer than a twentieth of the size since the last trim: stored, not trimmed yet, but not shown either
		assertThat(this.store.count(a)).isEqualTo(104);
		List<JournalStore.Row> shown = this.store.page(new JournalStore.Query(a, null, null, null, null, null, 200), 100);
		assertThat(shown).hasSize(100);
		assertThat(shown.get(99).path()).isEqualTo("/v2/a/5");
		journal.record(entry(a, "/v2/a/105"));
		journal.flush();
		assertThat(this.store.count(a)).isEqualTo(100);
	}

	@Test
	void masksSecretsBeforeTheyReachTheTable() {
		RequestJournal journal = journal(10, 100);
		long a = this.db.newAccount();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Authorization", "Bearer eyJhbGciOi.secret.token");
		headers.put("Content-Type", "application/json");
		journal.record(new JournalEntry(a, "POST", "/v2/cards", "access_token=tok_q&x=1", 200, null,
				"{\"client_secret\":\"sk_abc\",\"card\":{\"card_number\":\"4111111111111111\",\"cvv\":\"999\"}}"
					.getBytes(StandardCharsets.UTF_8),
				80, "{\"access_token\":\"tok_resp\"}".getBytes(StandardCharsets.UTF_8), 26, headers, Instant.now(),
				System.nanoTime(), 1, "r", null, false));
		journal.flush();
		String everything = this.db.jdbc.queryForList("SELECT * FROM sandbox_request WHERE account_id = ?", a)
			.toString();
		assertThat(everything).doesNotContain("eyJhbGciOi", "sk_abc", "4111111111111111", "999", "tok_q", "tok_resp")
			.contains("***");
	}

	@Test
	void takesTheIdempotencyKeyFromTheBodyWhenNoHeaderHasIt() {
		RequestJournal journal = journal(10, 100);
		long a = this.db.newAccount();
		journal.record(entry(a, "/v2/orders", "{\"idempotency_key\": \"k-1\", \"order\": {}}", Map.of(),
				System.nanoTime()));
		journal.flush();
		assertThat(this.store.page(new JournalStore.Query(a, null, null, null, null, null, 10), 1000).get(0).idempotencyKey())
			.isEqualTo("k-1");
	}

	@Test
	void aClearForgetsWhatStartedBeforeItEvenIfItIsQueuedLater() {
		RequestJournal journal = journal(10, 100);
		long a = this.db.newAccount();
		long startedBefore = System.nanoTime();
		journal.record(entry(a, "/v2/queued-before"));
		journal.clear(a);
		journal.record(entry(a, "/v2/finished-after", null, Map.of(), startedBefore));
		journal.record(entry(a, "/v2/started-after"));
		journal.flush();
		assertThat(paths(a)).containsExactly("/v2/started-after");
	}

	@Test
	void storesLargeBodiesInBatchesBoundedByTheirSize() {
		List<Integer> batches = new ArrayList<>();
		JournalStore counting = new JournalStore(this.db.jdbc) {
			@Override
			void insert(List<Row> rows) {
				batches.add(rows.size());
				super.insert(rows);
			}
		};
		RequestJournal journal = journal(counting, 1000, 1000);
		long a = this.db.newAccount();
		String body = "{\"note\":\"" + "x".repeat(60_000) + "\"}";
		for (int i = 0; i < 150; i++) {
			journal.record(entry(a, "/v2/big/" + i, body, Map.of(), System.nanoTime()));
		}
		journal.flush();
		long weight = entry(a, "/v2/big/0", body, Map.of(), 0).weight();
		assertThat(this.store.count(a)).isEqualTo(150);
		assertThat(batches).hasSizeGreaterThan(2)
			.allSatisfy((rows) -> assertThat(rows * weight).isLessThan(RequestJournal.MAX_BATCH_BYTES + weight));
		assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(150);
	}

	@Test
	void dropsAndCountsRatherThanBlockingWhenTheQueueIsFull() {
		RequestJournal journal = journal(100, 2);
		long a = this.db.newAccount();
		for (int i = 0; i < 5; i++) {
			journal.record(entry(a, "/v2/x/" + i));
		}
		assertThat(journal.dropped()).isEqualTo(3);
		assertThat(journal.queued()).isEqualTo(2);
		journal.flush();
		assertThat(this.store.count(a)).isEqualTo(2);
	}

	@Test
	void anAccountDeletedMeanwhileLosesOnlyItsOwnEntries() {
		RequestJournal journal = journal(10, 100);
		long kept = this.db.newAccount();
		long gone = this.db.newAccount();
		journal.record(entry(kept, "/v2/kept"));
		journal.record(entry(gone, "/v2/gone"));
		this.db.deleteAccount(gone);
		journal.flush();
		assertThat(paths(kept)).containsExactly("/v2/kept");
		assertThat(journal.dropped()).isEqualTo(1);
	}

	@Test
	void theWriterThreadStoresWithinAFewIntervalsAndAStopStoresTheRest() throws InterruptedException {
		RequestJournal journal = journal(10, 100);
		long a = this.db.newAccount();
		journal.start();
		try {
			journal.record(entry(a, "/v2/one"));
			long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			while (this.store.count(a) == 0 && System.nanoTime() < deadline) {
				Thread.sleep(2);
			}
			assertThat(this.store.count(a)).isEqualTo(1);
			journal.record(entry(a, "/v2/two"));
		}
		finally {
			journal.stop();
		}
		assertThat(this.store.count(a)).isEqualTo(2);
		assertThat(journal.isRunning()).isFalse();
	}

	@Test
	void pagesNewestFirstAndFiltersByPrefixLiterally() {
		RequestJournal journal = journal(10, 100);
		long a = this.db.newAccount();
		journal.record(entry(a, "/v2/orders/1"));
		journal.record(entry(a, "/v2/orders_x"));
		journal.record(entry(a, "/v2/orders/2"));
		journal.flush();
		assertThat(paths(a)).containsExactly("/v2/orders/2", "/v2/orders_x", "/v2/orders/1");
		assertThat(this.store.page(new JournalStore.Query(a, null, "/v2/orders_", null, null, null, 10), 1000))
			.extracting(JournalStore.Row::path)
			.containsExactly("/v2/orders_x");
		assertThat(this.store.page(new JournalStore.Query(a, null, "/v2/orders/%", null, null, null, 10), 1000)).isEmpty();
	}

	@Test
	void trimmingFindsItsBoundaryInTheSeqIndex() {
		// with the account alone H2 took the foreign-key index and sorted the whole journal of the account per trim
		try (H2Plans fresh = H2Plans.fresh(); H2Plans skewed = H2Plans.oneLargeAccount("sandbox_request")) {
			for (H2Plans plans : List.of(fresh, skewed)) {
				assertThat(plans.explain(JournalStore.NTH_NEWEST)).contains("/* public.ix_sandbox_request_seq")
					.contains("/* index sorted */");
			}
		}
	}

}
