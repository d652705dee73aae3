package io.theneo.emulator.sandbox;

import java.time.Instant;
import java.util.Map;

/**
 * One request as the journal filter saw it, before masking: what the request thread hands to the writer. Bodies are
 * already cut to {@link #BODY_LIMIT} bytes so that a full queue holds a bounded amount of memory.
 *
 * @param startNanos {@link System#nanoTime()} at the start, to tell whether a clear of the journal came after it
 */
record JournalEntry(long accountId, String method, String path, String query, int status, String idempotencyKey,
		byte[] requestBody, int requestBodyLength, byte[] responseBody, int responseBodyLength,
		Map<String, String> requestHeaders, Instant startedAt, long startNanos, long durationMs, String requestId,
		String faultId, boolean replayed) {

	/** The most of a body the journal keeps (64 KiB); longer bodies are kept cut, with their full length noted. */
	static final int BODY_LIMIT = 64 * 1024;

	/** A rough size in memory, for the writer's queue budget. */
	long weight() {
		long size = 512;
		size += (this.requestBody != null) ? this.requestBody.length : 0;
		size += (this.responseBody != null) ? this.responseBody.length : 0;
		for (Map.Entry<String, String> header : this.requestHeaders.entrySet()) {
			size += header.getKey().length() + header.getValue().length() + 32L;
		}
		return size;
	}

}
