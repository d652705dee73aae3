package io.theneo.emulator.sandbox;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * Per-account token buckets (Bucket4j): the configured limit for every account ({@code emulator.rate-limit.*}, off by
 * default), or a limit a sandbox account set for itself, which wins. Buckets and per-account limits live in this
 * instance's memory: they are lost on restart and not shared between instances (n instances let an account through
 * up to n times the rate), which is enough to make a client meet 429s and back off.
 */
@Component
class RateLimiter {

	/** A sustained rate and the burst allowed on top after a quiet period. */
	record Limit(int requestsPerSecond, int burst) {
	}

	enum Source {
		ACCOUNT, CONFIGURATION
	}

	record Effective(Limit limit, Source source) {
	}

	private record Held(Limit limit, Bucket bucket) {
	}

	private final Limit configured;

	private final ConcurrentMap<Long, Limit> accountLimits = new ConcurrentHashMap<>();

	private final ConcurrentMap<Long, Held> buckets = new ConcurrentHashMap<>();

	RateLimiter(RateLimitProperties properties) {
		this.configured = properties.enabled() ? new Limit(properties.requestsPerSecond(), properties.burst()) : null;
	}

	/** False when no account is limited: the filter then costs one read of a field. */
	boolean active() {
		return this.configured != null || !this.accountLimits.isEmpty();
	}

	/** 0 when the account may make a request now, else the whole seconds until it may (at least 1). */
	long acquire(long accountId) {
		Limit limit = limit(accountId);
		if (limit == null) {
			return 0;
		}
		Held held = this.buckets.get(accountId);
		if (held == null || !held.limit().equals(limit)) {
			held = this.buckets.compute(accountId,
					(id, old) -> (old != null && old.limit().equals(limit)) ? old : new Held(limit, bucket(limit)));
		}
		ConsumptionProbe probe = held.bucket().tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		long second = TimeUnit.SECONDS.toNanos(1);
		return Math.max(1, (probe.getNanosToWaitForRefill() + second - 1) / second);
	}

	Optional<Effective> effective(long accountId) {
		Limit own = this.accountLimits.get(accountId);
		if (own != null) {
			return Optional.of(new Effective(own, Source.ACCOUNT));
		}
		return Optional.ofNullable(this.configured).map((limit) -> new Effective(limit, Source.CONFIGURATION));
	}

	/** The account's own limit, replacing the configured one for it; its bucket starts full. */
	void set(long accountId, Limit limit) {
		this.accountLimits.put(accountId, limit);
		this.buckets.remove(accountId);
	}

	/** Back to the configured limit (or none), with a full bucket. */
	void forget(long accountId) {
		this.accountLimits.remove(accountId);
		this.buckets.remove(accountId);
	}

	private Limit limit(long accountId) {
		Limit own = this.accountLimits.get(accountId);
		return own != null ? own : this.configured;
	}

	private static Bucket bucket(Limit limit) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(limit.burst())
				.refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1))
				.build())
			.build();
	}

}
