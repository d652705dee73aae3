package io.theneo.emulator.accounts;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Secrets the server makes itself on first start and keeps in the database, so that every instance on one database
 * (and every restart) signs and verifies with the same ones. The first instance to insert a secret wins; the others
 * read its value.
 */
@Component
public class ServerSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ServerSecretRepository repository;

	private final TransactionTemplate tx;

	private final Map<String, String> cache = new ConcurrentHashMap<>();

	ServerSecrets(ServerSecretRepository repository, PlatformTransactionManager txManager) {
		this.repository = repository;
		this.tx = new TransactionTemplate(txManager);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A random 256-bit secret, base64url. */
	public String randomSecret(String name) {
		return get(name, () -> {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		});
	}

	public String get(String name, Supplier<String> generator) {
		return this.cache.computeIfAbsent(name, (n) -> load(n, generator));
	}

	private String load(String name, Supplier<String> generator) {
		String existing = this.tx.execute((s) -> this.repository.findById(name).map(ServerSecret::getSecret).orElse(null));
		if (existing != null) {
			return existing;
		}
		String fresh = generator.get();
		try {
			this.tx.executeWithoutResult((s) -> this.repository.saveAndFlush(new ServerSecret(name, fresh, Instant.now())));
			return fresh;
		}
		catch (DataIntegrityViolationException raced) {
			return this.tx.execute((s) -> this.repository.findById(name).orElseThrow().getSecret());
		}
	}

}
