package io.theneo.emulator.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-account rate limit ({@code emulator.rate-limit.*}), off by default. Each account gets a token bucket of
 * {@code burst} requests refilled at {@code requestsPerSecond}; the buckets live in the memory of each instance, so
 * behind a load balancer of n instances an account may get up to n times the rate.
 *
 * @param enabled whether every account is limited (a sandbox account can also set its own limit at run time)
 * @param requestsPerSecond the sustained rate
 * @param burst how many requests may come at once after a quiet period
 */
@ConfigurationProperties("emulator.rate-limit")
record RateLimitProperties(@DefaultValue("false") boolean enabled, @DefaultValue("100") int requestsPerSecond,
		@DefaultValue("200") int burst) {

	RateLimitProperties {
		if (requestsPerSecond < 1 || burst < 1) {
			throw new IllegalArgumentException("emulator.rate-limit.requests-per-second and .burst must be at least 1");
		}
	}

}
