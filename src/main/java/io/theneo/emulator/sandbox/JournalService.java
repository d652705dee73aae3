package io.theneo.emulator.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.stereotype.Service;

import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.Cursors;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Violations;

/** Reads and clears an account's request journal. */
@Service
@SandboxEnabled
class JournalService {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 100;

	private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

	private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {
	};

	private final RequestJournal journal;

	private final JournalStore store;

	private final Cursors cursors;

	private final JsonMapper mapper;

	private final int journalSize;

	JournalService(RequestJournal journal, JournalStore store, Cursors cursors, JsonMapper mapper,
			SandboxProperties properties) {
		this.journal = journal;
		this.journalSize = properties.journalSize();
		this.store = store;
		this.cursors = cursors;
		this.mapper = mapper;
	}

	JournalPage list(long accountId, String method, String path, Integer status, Integer limit, String cursor) {
		Violations violations = new Violations();
		if (method != null && !METHODS.contains(method)) {
			violations.add(ErrorCode.INVALID_ENUM_VALUE, "Invalid value `" + ErrorResponses.truncate(method)
					+ "` for `method`; use one of " + String.join(", ", METHODS.stream().sorted().toList()) + ".",
					"method");
		}
		if (path != null && !path.startsWith("/")) {
			violations.add(ErrorCode.INVALID_VALUE, "`path` is a path prefix and must start with `/`.", "path");
		}
		if (status != null && (status < 100 || status > 599)) {
			violations.add(ErrorCode.INVALID_VALUE, "`status` must be an HTTP status between 100 and 599.", "status");
		}
		int size = limit != null ? limit : DEFAULT_LIMIT;
		if (size < 1) {
			violations.add(ErrorCode.VALUE_TOO_LOW, "`limit` must be at least 1.", "limit");
		}
		else if (size > MAX_LIMIT) {
			violations.add(ErrorCode.VALUE_TOO_HIGH, "`limit` must be at most " + MAX_LIMIT + ".", "limit");
		}
		violations.throwIfAny();
		String fingerprint = "journal|" + method + "|" + path + "|" + status;
		Instant beforeStartedAt = null;
		Long beforeSeq = null;
		if (cursor != null) {
			List<String> last = this.cursors.decode(cursor, accountId, fingerprint);
			try {
				beforeStartedAt = Instant.ofEpochMilli(Long.parseLong(last.get(0)));
				beforeSeq = Long.parseLong(last.get(1));
			}
			catch (RuntimeException ex) {
				throw new ApiException(ErrorCode.INVALID_CURSOR, "The cursor is not valid for this request.");
			}
		}
		this.journal.flush();
		List<JournalStore.Row> rows = this.store
			.page(new JournalStore.Query(accountId, method, path, status, beforeStartedAt, beforeSeq, size + 1),
					this.journalSize);
		String next = null;
		if (rows.size() > size) {
			rows = rows.subList(0, size);
			JournalStore.Row last = rows.get(size - 1);
			next = this.cursors.encode(accountId, fingerprint,
					List.of(String.valueOf(last.startedAt().toEpochMilli()), String.valueOf(last.seq())));
		}
		List<JournalRequest> requests = new ArrayList<>(rows.size());
		for (JournalStore.Row row : rows) {
			requests.add(view(row));
		}
		return new JournalPage(requests, next);
	}

	void clear(long accountId) {
		this.journal.clear(accountId);
	}

	private JournalRequest view(JournalStore.Row row) {
		return new JournalRequest(row.id(), row.method(), row.path(), row.query(), row.status(), row.idempotencyKey(),
				json(row.requestBody()), json(row.responseBody()), headers(row.requestHeaders()), row.startedAt(),
				row.durationMs(), row.requestId(), row.faultId(), row.replayed() ? Boolean.TRUE : null);
	}

	/** A JSON body as JSON, anything else (or a body cut at the size limit) as a string. */
	private JsonNode json(String text) {
		if (text == null) {
			return null;
		}
		try {
			return this.mapper.readTree(text);
		}
		catch (JacksonException ex) {
			return JsonNodeFactory.instance.stringNode(text);
		}
	}

	private Map<String, String> headers(String json) {
		if (json == null) {
			return null;
		}
		try {
			return this.mapper.readValue(json, HEADERS);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * One journaled request.
	 *
	 * @param faultId the injected fault that answered or delayed it, if any
	 * @param replayed true when the idempotency layer replayed an earlier response
	 */
	record JournalRequest(String id, String method, String path, String query, int status, String idempotencyKey,
			JsonNode requestBody, JsonNode responseBody, Map<String, String> requestHeaders, Instant startedAt,
			long durationMs, String requestId, String faultId, Boolean replayed) {
	}

	/** {@code {}} when the journal is empty, like every list of the API. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record JournalPage(List<JournalRequest> requests, String cursor) {
	}

}
