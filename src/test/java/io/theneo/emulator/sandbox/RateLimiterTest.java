package io.theneo.emulator.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

	@Test
	void offByDefaultLimitsNobody() {
		RateLimiter limiter = new RateLimiter(new RateLimitProperties(false, 1, 1));
		assertThat(limiter.active()).isFalse();
		for (int i = 0; i < 100; i++) {
			assertThat(limiter.acquire(1)).isZero();
		}
		assertThat(limiter.effective(1)).isEmpty();
	}

	@Test
	void theConfiguredLimitAllowsABurstThenAsksToWaitAtLeastASecond() {
		RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 1, 3));
		assertThat(limiter.active()).isTrue();
		assertThat(limiter.acquire(1)).isZero();
		assertThat(limiter.acquire(1)).isZero();
		assertThat(limiter.acquire(1)).isZero();
		assertThat(limiter.acquire(1)).isEqualTo(1);
		// each account has its own bucket
		assertThat(limiter.acquire(2)).isZero();
		assertThat(limiter.effective(1)).hasValueSatisfying((e) -> {
			assertThat(e.source()).isEqualTo(RateLimiter.Source.CONFIGURATION);
			assertThat(e.limit()).isEqualTo(new RateLimiter.Limit(1, 3));
		});
	}

	@Test
	void retryAfterIsRoundedUpToWholeSecondsAndNeverZero() {
		// at 1 request per second the wait for the next token is just under a second: answered as 1, not 0
		RateLimiter limiter = new RateLimiter(new RateLimitProperties(false, 1, 1));
		limiter.set(9, new RateLimiter.Limit(1, 1));
		assertThat(limiter.acquire(9)).isZero();
		assertThat(limiter.acquire(9)).isEqualTo(1);
	}

	@Test
	void anAccountsOwnLimitWinsAndForgettingRestoresTheConfiguredOne() {
		RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 100, 100));
		limiter.set(5, new RateLimiter.Limit(1, 1));
		assertThat(limiter.effective(5).orElseThrow().source()).isEqualTo(RateLimiter.Source.ACCOUNT);
		assertThat(limiter.acquire(5)).isZero();
		assertThat(limiter.acquire(5)).isPositive();
		limiter.forget(5);
		assertThat(limiter.acquire(5)).isZero();
		assertThat(limiter.acquire(5)).isZero();
		assertThat(limiter.effective(5).orElseThrow().source()).isEqualTo(RateLimiter.Source.CONFIGURATION);
	}

	@Test
	void changingALimitStartsAFullBucket() {
		RateLimiter limiter = new RateLimiter(new RateLimitProperties(false, 1, 1));
		limiter.set(3, new RateLimiter.Limit(1, 1));
		limiter.acquire(3);
		assertThat(limiter.acquire(3)).isPositive();
		limiter.set(3, new RateLimiter.Limit(1, 2));
		assertThat(limiter.acquire(3)).isZero();
		assertThat(limiter.acquire(3)).isZero();
		assertThat(limiter.acquire(3)).isPositive();
		limiter.forget(3);
		assertThat(limiter.active()).isFalse();
	}

}
