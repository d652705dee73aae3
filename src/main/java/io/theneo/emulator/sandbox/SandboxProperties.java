package io.theneo.emulator.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Test support settings ({@code emulator.sandbox.*}).
 *
 * @param enabled whether the {@code /v2/sandbox} endpoints, the request journal and injected faults exist at all
 * @param journalSize how many requests the journal keeps per account; older ones are trimmed
 * @param maxDelay the longest delay a fault may ask for
 * @param journalQueueCapacity how many journal entries may wait in memory for the writer; beyond, entries are dropped
 * (and counted) rather than slowing requests down
 * @param journalFlushInterval how often the background writer stores what is waiting
 */
@ConfigurationProperties("emulator.sandbox")
record SandboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1000") int journalSize,
		@DefaultValue("30s") Duration maxDelay, @DefaultValue("2000") int journalQueueCapacity,
		@DefaultValue("5ms") Duration journalFlushInterval) {

	SandboxProperties {
		if (journalSize < 1) {
			throw new IllegalArgumentException("emulator.sandbox.journal-size must be at least 1");
		}
		if (journalQueueCapacity < 1) {
			throw new IllegalArgumentException("emulator.sandbox.journal-queue-capacity must be at least 1");
		}
	}

}
