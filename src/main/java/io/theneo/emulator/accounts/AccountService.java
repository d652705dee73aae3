package io.theneo.emulator.accounts;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;

/** Creates, resets and deletes accounts with their API key and demo fixtures. */
@Service
public class AccountService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHANUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AccountRepository accounts;

	private final ApiKeyRepository apiKeys;

	private final KeyHasher hasher;

	private final List<FixtureLoader> loaders;

	private final AccountClock clock;

	AccountService(AccountRepository accounts, ApiKeyRepository apiKeys, KeyHasher hasher, List<FixtureLoader> loaders,
			AccountClock clock) {
		this.accounts = accounts;
		this.apiKeys = apiKeys;
		this.hasher = hasher;
		this.loaders = loaders;
		this.clock = clock;
	}

	/** A new account with one API key and the demo fixtures; the secret is returned here and never stored. */
	@Transactional
	public CreatedAccount create(String merchantId, String name, String clientId, String clientSecret,
			Set<String> scopes, boolean sandbox, boolean documentedFixtureIds) {
		if (this.apiKeys.findByClientId(clientId).isPresent()) {
			throw new ApiException(ErrorCode.CONFLICT, "The client id `" + clientId + "` is taken.", "client_id");
		}
		Instant now = Instant.now();
		Account account = this.accounts.save(new Account(merchantId, name, sandbox, documentedFixtureIds, now));
		this.apiKeys.save(new ApiKey(account.getId(), clientId, this.hasher.hash(clientSecret), scopes, now));
		Map<String, List<String>> fixtures = loadFixtures(account);
		return new CreatedAccount(account.getId(), merchantId, name, clientId, clientSecret, scopes, now, fixtures);
	}

	/** Back to the fixtures: everything the account made is gone, its clock follows real time again. */
	@Transactional
	public Map<String, List<String>> reset(long accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow(() -> ApiException.notFound("Account", ""));
		clearData(accountId);
		this.accounts.resetClock(accountId);
		return loadFixtures(account);
	}

	@Transactional
	public void delete(long accountId) {
		clearData(accountId);
		this.accounts.deleteById(accountId);
	}

	@Transactional(readOnly = true)
	public Account find(long accountId) {
		return this.accounts.findById(accountId).orElseThrow(() -> ApiException.notFound("Account", String.valueOf(accountId)));
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Account> findByMerchantId(String merchantId) {
		return this.accounts.findByMerchantId(merchantId);
	}

	/** Makes the stored key of {@code clientId} match the configured secret and scopes (the default account). */
	@Transactional
	public boolean syncKey(String clientId, String clientSecret, Set<String> scopes) {
		return this.apiKeys.findByClientId(clientId).map((key) -> {
			if (!this.hasher.matches(clientSecret, key.getSecretHash())) {
				key.setSecretHash(this.hasher.hash(clientSecret));
			}
			key.setScopes(scopes);
			return true;
		}).orElse(false);
	}

	public static String newMerchantId() {
		StringBuilder sb = new StringBuilder("ML");
		for (int i = 0; i < 11; i++) {
			sb.append(ALPHANUM.charAt(RANDOM.nextInt(ALPHANUM.length())));
		}
		return sb.toString();
	}

	public static String newSecret() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return "sk_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private Map<String, List<String>> loadFixtures(Account account) {
		Fixtures fixtures = new Fixtures(account.getId(), account.getMerchantId(), account.isDocumentedFixtureIds(),
				this.clock.now(account.getId()));
		this.loaders.forEach((loader) -> loader.load(fixtures));
		return fixtures.created();
	}

	private void clearData(long accountId) {
		for (int i = this.loaders.size() - 1; i >= 0; i--) {
			this.loaders.get(i).clear(accountId);
		}
	}

	public record CreatedAccount(long accountId, String merchantId, String name, String clientId, String clientSecret,
			Set<String> scopes, Instant createdAt, Map<String, List<String>> fixtures) {
	}

}
