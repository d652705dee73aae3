package io.theneo.emulator.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web limits and idempotency settings ({@code emulator.web.*}).
 *
 * @param maxBodySize largest request body accepted; larger ones get 413
 * @param idempotencyTtl how long a remembered response is replayed for a repeated idempotency key
 * @param idempotencyWait how long a request waits for a racing request with the same key before giving up
 * @param cursorSecret HMAC secret that signs cursors; generated per start when empty
 */
@ConfigurationProperties("emulator.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("24h") Duration idempotencyTtl,
		@DefaultValue("10s") Duration idempotencyWait, @DefaultValue("") String cursorSecret) {
}
