package io.theneo.emulator.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The request journal's writer. Request threads only {@link #record} an entry into a bounded in-memory queue; a
 * background thread stores the queue every few milliseconds in one batch (masking secrets on the way) and trims each
 * account to its newest {@code journal-size} rows, every twentieth of that many new rows rather than at every batch
 * (reads show only the newest {@code journal-size} rows, so the bound holds for clients all the same). When the
 * queue is full, entries are dropped and counted rather than making requests wait.
 * <p>
 * Durability: the journal is a debugging aid, not a record of effects. Entries still queued when the process dies
 * (at most one flush interval's worth, or the whole queue under overload) are lost; a graceful shutdown stores them.
 * Reads first store whatever this instance has queued, so a client sees its own last call; entries queued on another
 * instance show up within that instance's flush interval.
 */
@Component
@SandboxEnabled
class RequestJournal implements SmartLifecycle, MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(RequestJournal.class);

	/** Memory the queue may hold, whatever its entry count. */
	static final long MAX_PENDING_BYTES = 32L * 1024 * 1024;

	private static final int MAX_BATCH = 500;

	/**
	 * Memory one batch may take from the queue, besides {@link #MAX_BATCH}. A batch is alive several times over while
	 * it is stored (the entries, their masked rows, the database's uncommitted pages), so 500 large bodies (list
	 * pages) would raise the heap's peak by tens of megabytes for one commit.
	 */
	static final long MAX_BATCH_BYTES = 4L * 1024 * 1024;

	private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

	/** A clear forgets what started before it; markers older than this can no longer matter. */
	private static final long MARKER_TTL_NANOS = TimeUnit.MINUTES.toNanos(10);

	private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private final JournalStore store;

	private final SecretMasker masker;

	private final JsonMapper mapper;

	private final TransactionTemplate tx;

	private final int journalSize;

	/** How many new rows of an account may pile up before its journal is trimmed again. */
	private final int trimEvery;

	/** Account id → rows stored since its last trim; touched only under {@link #writeLock}. */
	private final Map<Long, Integer> sinceTrim = new HashMap<>();

	private final long flushIntervalNanos;

	private final ArrayBlockingQueue<JournalEntry> queue;

	private final AtomicLong pendingBytes = new AtomicLong();

	private final AtomicLong dropped = new AtomicLong();

	private final AtomicLong written = new AtomicLong();

	/** Held while a batch is filtered and stored, and while a clear is marked, so that the two never interleave. */
	private final ReentrantLock writeLock = new ReentrantLock();

	/** Account id → {@link System#nanoTime()} of its last clear; entries that started before it are not stored. */
	private final Map<Long, Long> clearedAt = new ConcurrentHashMap<>();

	private volatile boolean running;

	private volatile boolean idle;

	private volatile Thread writer;

	RequestJournal(JournalStore store, JsonMapper mapper, SandboxProperties properties,
			PlatformTransactionManager transactionManager) {
		this.store = store;
		this.mapper = mapper;
		this.masker = new SecretMasker(mapper);
		this.tx = new TransactionTemplate(transactionManager);
		this.journalSize = properties.journalSize();
		this.trimEvery = Math.max(1, properties.journalSize() / 20);
		this.flushIntervalNanos = Math.max(properties.journalFlushInterval().toNanos(), 100_000L);
		this.queue = new ArrayBlockingQueue<>(properties.journalQueueCapacity());
	}

	/** Hands an entry to the writer without waiting; drops it (and counts it) when the queue is full. */
	void record(JournalEntry entry) {
		long weight = entry.weight();
		if (this.pendingBytes.get() + weight > MAX_PENDING_BYTES || !this.queue.offer(entry)) {
			this.dropped.incrementAndGet();
			return;
		}
		this.pendingBytes.addAndGet(weight);
		Thread thread = this.writer;
		if (this.idle && thread != null) {
			LockSupport.unpark(thread);
		}
	}

	/** Stores everything queued on this instance now (a read of the journal wants its caller's last call in it). */
	void flush() {
		this.writeLock.lock();
		try {
			// only what is queued now: under steady load a reader must not keep writing for others forever
			int remaining = this.queue.size();
			List<JournalEntry> batch = new ArrayList<>();
			long batchBytes = 0;
			JournalEntry entry;
			while (remaining-- > 0 && (entry = this.queue.poll()) != null) {
				batch.add(entry);
				batchBytes += entry.weight();
				if (batch.size() == MAX_BATCH || batchBytes >= MAX_BATCH_BYTES) {
					write(batch, batchBytes);
					batch.clear();
					batchBytes = 0;
				}
			}
			if (!batch.isEmpty()) {
				write(batch, batchBytes);
			}
		}
		finally {
			this.writeLock.unlock();
		}
	}

	/** Empties the account's journal: what is stored, what is queued, and what is still running now. */
	void clear(long accountId) {
		this.writeLock.lock();
		try {
			this.clearedAt.put(accountId, System.nanoTime());
			this.sinceTrim.remove(accountId);
		}
		finally {
			this.writeLock.unlock();
		}
		this.store.deleteAll(accountId);
	}

	long dropped() {
		return this.dropped.get();
	}

	long written() {
		return this.written.get();
	}

	int queued() {
		return this.queue.size();
	}

	/** Stores a batch taken from the queue; {@code weight} is the sum of its entries' weights. */
	private void write(List<JournalEntry> batch, long weight) {
		List<JournalStore.Row> rows = new ArrayList<>(batch.size());
		Map<Long, Integer> accounts = new LinkedHashMap<>();
		for (JournalEntry entry : batch) {
			if (wasCleared(entry)) {
				continue;
			}
			try {
				rows.add(toRow(entry));
				accounts.merge(entry.accountId(), 1, Integer::sum);
			}
			catch (RuntimeException ex) {
				this.dropped.incrementAndGet();
				log.warn("Could not journal a request of account {}: {}", entry.accountId(), ex.toString());
			}
		}
		this.pendingBytes.addAndGet(-weight);
		if (rows.isEmpty()) {
			return;
		}
		List<Long> due = dueForTrim(accounts);
		try {
			this.tx.executeWithoutResult((status) -> {
				this.store.insert(rows);
				due.forEach((account) -> this.store.trim(account, this.journalSize));
			});
			this.written.addAndGet(rows.size());
		}
		catch (RuntimeException ex) {
			// Typically an account deleted while its last requests were queued: store the others one by one.
			for (JournalStore.Row row : rows) {
				try {
					this.store.insert(List.of(row));
					this.written.incrementAndGet();
				}
				catch (RuntimeException rowFailed) {
					this.dropped.incrementAndGet();
				}
			}
			for (Long account : due) {
				try {
					this.store.trim(account, this.journalSize);
				}
				catch (RuntimeException trimFailed) {
					log.debug("Could not trim the journal of account {}", account, trimFailed);
				}
			}
		}
		purgeOldMarkers();
	}

	/** The accounts that reach {@link #trimEvery} new rows with this batch (and start counting again). */
	private List<Long> dueForTrim(Map<Long, Integer> newRows) {
		List<Long> due = new ArrayList<>();
		newRows.forEach((account, count) -> {
			if (this.sinceTrim.merge(account, count, Integer::sum) >= this.trimEvery) {
				this.sinceTrim.remove(account);
				due.add(account);
			}
		});
		return due;
	}

	private boolean wasCleared(JournalEntry entry) {
		Long cleared = this.clearedAt.get(entry.accountId());
		return cleared != null && entry.startNanos() - cleared <= 0;
	}

	private void purgeOldMarkers() {
		if (this.clearedAt.isEmpty()) {
			return;
		}
		long now = System.nanoTime();
		for (Iterator<Long> it = this.clearedAt.values().iterator(); it.hasNext();) {
			if (now - it.next() > MARKER_TTL_NANOS) {
				it.remove();
			}
		}
	}

	private JournalStore.Row toRow(JournalEntry entry) {
		String requestBody = text(entry.requestBody(), entry.requestBodyLength());
		String idempotencyKey = entry.idempotencyKey() != null ? entry.idempotencyKey() : bodyKey(requestBody);
		// the cuts match the columns of V7__sandbox.sql; masking can lengthen a body a little, never past them
		return new JournalStore.Row(0, newId(), entry.accountId(), cut(entry.method(), 16), cut(entry.path(), 2048),
				cut(this.masker.query(entry.query()), 16_384), entry.status(), cut(idempotencyKey, 192),
				cut(this.masker.body(requestBody), 200_000),
				cut(this.masker.body(text(entry.responseBody(), entry.responseBodyLength())), 200_000),
				cut(this.mapper.writeValueAsString(this.masker.headers(entry.requestHeaders())), 65_536),
				entry.startedAt(), entry.durationMs(), cut(entry.requestId(), 128), entry.faultId(), entry.replayed());
	}

	/**
	 * An opaque id for the entry. Not from SecureRandom like object ids: it names a log line that only its own account
	 * can read and that nothing is looked up by, and SecureRandom costs more than the rest of the row.
	 */
	private static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		char[] chars = new char[24];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length()));
		}
		return new String(chars);
	}

	private String bodyKey(String body) {
		if (body == null || !body.stripLeading().startsWith("{")) {
			return null;
		}
		try {
			JsonNode key = this.mapper.readTree(body).get("idempotency_key");
			return (key != null && key.isString()) ? key.asString() : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String text(byte[] bytes, int fullLength) {
		if (bytes == null || fullLength == 0) {
			return null;
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		return fullLength > bytes.length ? text + "… (cut at " + bytes.length + " of " + fullLength + " bytes)" : text;
	}

	private static String cut(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	// --- the writer thread

	private void run() {
		while (this.running) {
			if (this.queue.isEmpty()) {
				this.idle = true;
				if (this.queue.isEmpty()) {
					LockSupport.parkNanos(this, IDLE_PARK_NANOS);
				}
				this.idle = false;
				continue;
			}
			// let a batch gather for one interval, then store it in one go
			LockSupport.parkNanos(this, this.flushIntervalNanos);
			try {
				flush();
			}
			catch (RuntimeException ex) {
				log.warn("The request journal could not store a batch: {}", ex.toString());
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		Thread thread = new Thread(this::run, "sandbox-journal");
		thread.setDaemon(true);
		this.writer = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.writer;
		if (thread != null) {
			LockSupport.unpark(thread);
			try {
				thread.join(TimeUnit.SECONDS.toMillis(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.writer = null;
		try {
			flush();
		}
		catch (RuntimeException ex) {
			log.warn("The request journal lost {} entries at shutdown: {}", this.queue.size(), ex.toString());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops after the web server has finished its requests, before the data source closes. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("emulator.sandbox.journal.queued", this, RequestJournal::queued)
			.description("Journal entries waiting for the writer")
			.register(registry);
		FunctionCounter.builder("emulator.sandbox.journal.dropped", this, RequestJournal::dropped)
			.description("Journal entries dropped because the queue was full or the write failed")
			.register(registry);
		FunctionCounter.builder("emulator.sandbox.journal.written", this, RequestJournal::written)
			.description("Journal entries stored")
			.register(registry);
	}

}
