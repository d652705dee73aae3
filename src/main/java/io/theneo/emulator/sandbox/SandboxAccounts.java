package io.theneo.emulator.sandbox;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.Account;
import io.theneo.emulator.accounts.AccountService;
import io.theneo.emulator.accounts.Scopes;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Violations;

/**
 * Sandbox accounts: one call makes a fresh isolated account with its key and the demo fixtures under its own ids, so
 * that every test of a client can have one; deleting it takes all its data along.
 */
@Service
@SandboxEnabled
class SandboxAccounts {

	/** The fixture kinds of API.md §12, always present in answers, empty until a feature loads that kind. */
	static final List<String> FIXTURE_KINDS = List.of("location_ids", "customer_ids", "catalog_object_ids", "plan_ids",
			"card_ids");

	static final String DEFAULT_NAME = "Sandbox account";

	private static final int MAX_NAME_LENGTH = 255;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String CLIENT_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private final AccountService accounts;

	SandboxAccounts(AccountService accounts) {
		this.accounts = accounts;
	}

	CreatedSandboxAccount create(CreateSandboxAccountRequest request) {
		String name = request != null && request.name() != null ? request.name() : DEFAULT_NAME;
		Set<String> scopes = scopes(request != null ? request.scopes() : null);
		Violations violations = new Violations();
		if (name.isBlank()) {
			violations.add(ErrorCode.INVALID_VALUE, "Field `name` must not be blank.", "name");
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			violations.add(ErrorCode.VALUE_TOO_LONG,
					"Field `name` is " + name.length() + " characters long; the maximum is " + MAX_NAME_LENGTH + ".",
					"name");
		}
		checkScopes(request != null ? request.scopes() : null, violations);
		violations.throwIfAny();
		AccountService.CreatedAccount created = this.accounts.create(AccountService.newMerchantId(), name,
				newClientId(), AccountService.newSecret(), scopes, true, false);
		return new CreatedSandboxAccount(new SandboxAccountView(created.merchantId(), created.name(),
				created.clientId(), created.clientSecret(), List.copyOf(created.scopes()), created.createdAt()),
				fixtures(created.fixtures()));
	}

	/** Only sandbox accounts can be deleted: the default account holds the documented fixtures everyone reads. */
	@Transactional
	void delete(String merchantId) {
		Account account = this.accounts.findByMerchantId(merchantId)
			.orElseThrow(() -> ApiException.notFound("Account", ErrorResponses.truncate(merchantId)));
		if (!account.isSandbox()) {
			throw ApiException.badRequest("The account `" + merchantId + "` is not a sandbox account and cannot be"
					+ " deleted; only accounts made by POST /v2/sandbox/accounts can.");
		}
		this.accounts.delete(account.getId());
	}

	/** Back to the fixtures; the journal, faults and rate limit go with it (see {@link SandboxFixtures}). */
	SandboxResetResult reset(long accountId) {
		return new SandboxResetResult(fixtures(this.accounts.reset(accountId)));
	}

	/** Every kind of API.md §12 in a fixed order (empty when no loader made it yet), then whatever else was loaded. */
	static Map<String, List<String>> fixtures(Map<String, List<String>> loaded) {
		Map<String, List<String>> all = new LinkedHashMap<>();
		for (String kind : FIXTURE_KINDS) {
			all.put(kind, List.copyOf(loaded.getOrDefault(kind, List.of())));
		}
		loaded.forEach((kind, ids) -> all.putIfAbsent(kind, List.copyOf(ids)));
		return all;
	}

	private static Set<String> scopes(List<String> asked) {
		if (asked == null) {
			return new LinkedHashSet<>(Scopes.API);
		}
		Set<String> scopes = new LinkedHashSet<>();
		for (String scope : asked) {
			if (scope != null) {
				scopes.add(scope);
			}
		}
		return scopes;
	}

	private static void checkScopes(List<String> asked, Violations violations) {
		if (asked == null) {
			return;
		}
		for (int i = 0; i < asked.size(); i++) {
			String scope = asked.get(i);
			String field = "scopes[" + i + "]";
			if (Scopes.SANDBOX_ADMIN.equals(scope)) {
				violations.add(ErrorCode.INVALID_VALUE,
						"The scope SANDBOX_ADMIN cannot be granted to a sandbox account.", field);
			}
			else if (scope == null || !Scopes.API.contains(scope)) {
				violations.add(ErrorCode.INVALID_ENUM_VALUE, "Unknown scope `" + ErrorResponses.truncate(scope)
						+ "`; valid scopes are " + String.join(", ", Scopes.API) + ".", field);
			}
		}
	}

	private static String newClientId() {
		char[] chars = new char[20];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = CLIENT_ID_ALPHABET.charAt(RANDOM.nextInt(CLIENT_ID_ALPHABET.length()));
		}
		return "sandbox-" + new String(chars);
	}

	record CreateSandboxAccountRequest(String name, List<String> scopes, String idempotencyKey) {
	}

	record SandboxAccountView(String id, String name, String clientId, String clientSecret, List<String> scopes,
			Instant createdAt) {
	}

	record CreatedSandboxAccount(SandboxAccountView account, Map<String, List<String>> fixtures) {
	}

	record SandboxResetResult(Map<String, List<String>> fixtures) {
	}

}
