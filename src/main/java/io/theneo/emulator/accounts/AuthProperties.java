package io.theneo.emulator.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Authentication settings ({@code emulator.auth.*}).
 *
 * @param adminClientId username of the default account's API key
 * @param adminClientSecret the default account's API key
 * @param tokenTtl lifetime of an access token
 * @param issuer the {@code iss} of issued tokens
 * @param signingKey RSA private key (PKCS#8 PEM) that signs tokens; generated once and kept in the database when empty
 * @param keyPepper HMAC secret for API key hashes; generated once and kept in the database when empty
 * @param issuerUri an external OpenID issuer whose tokens are trusted instead of ours (deployments with their own IdP)
 */
@ConfigurationProperties("emulator.auth")
public record AuthProperties(@DefaultValue("admin") String adminClientId,
		@DefaultValue("theneo-demo-key") String adminClientSecret, @DefaultValue("1h") Duration tokenTtl,
		@DefaultValue("theneo-emulator") String issuer, @DefaultValue("") String signingKey,
		@DefaultValue("") String keyPepper, @DefaultValue("") String issuerUri) {

	public static final String DEFAULT_CLIENT_SECRET = "theneo-demo-key";

}
