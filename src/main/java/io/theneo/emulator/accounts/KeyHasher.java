package io.theneo.emulator.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * API keys are stored as HMAC-SHA256 under a server secret (the pepper): a stolen table alone reveals nothing, and a
 * check costs microseconds, so that a sandbox account per test stays cheap.
 */
@Component
class KeyHasher {

	private final byte[] pepper;

	KeyHasher(AuthProperties properties, ServerSecrets secrets) {
		String configured = properties.keyPepper();
		String pepper = (configured == null || configured.isBlank()) ? secrets.randomSecret("api-key-pepper")
				: configured;
		this.pepper = pepper.getBytes(StandardCharsets.UTF_8);
	}

	String hash(String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.pepper, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean matches(String secret, String hash) {
		return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
				hash.getBytes(StandardCharsets.US_ASCII));
	}

}
