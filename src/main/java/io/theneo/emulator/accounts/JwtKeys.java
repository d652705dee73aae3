package io.theneo.emulator.accounts;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.springframework.stereotype.Component;

/**
 * The RSA key pair that signs access tokens: from configuration (a PKCS#8 PEM), or generated on first start and kept
 * in the database so that restarts and every instance on the same database accept each other's tokens.
 */
@Component
class JwtKeys {

	private final RSAKey rsaKey;

	JwtKeys(AuthProperties properties, ServerSecrets secrets) {
		this.rsaKey = (properties.signingKey() == null || properties.signingKey().isBlank())
				? parse(secrets.get("jwt-signing-key", JwtKeys::generate)) : fromPem(properties.signingKey());
	}

	RSAKey rsaKey() {
		return this.rsaKey;
	}

	RSAPublicKey publicKey() {
		try {
			return this.rsaKey.toRSAPublicKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The public half, as served at {@code /oauth2/jwks}. */
	JWKSet publicJwkSet() {
		return new JWKSet(this.rsaKey.toPublicJWK());
	}

	private static String generate() {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint(true)
				.generate()
				.toJSONString();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate the token signing key", ex);
		}
	}

	private static RSAKey parse(String json) {
		try {
			return RSAKey.parse(json);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The stored token signing key is unreadable", ex);
		}
	}

	private static RSAKey fromPem(String pem) {
		try {
			String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
			KeyFactory factory = KeyFactory.getInstance("RSA");
			RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
			RSAPublicKey publicKey = (RSAPublicKey) factory
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
			RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
			return new RSAKey.Builder(withoutId).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyID(withoutId.computeThumbprint().toString())
				.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException("emulator.auth.signing-key is not an RSA private key in PKCS#8 PEM", ex);
		}
	}

}
