package io.theneo.emulator.accounts;

import java.io.IOException;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;

/**
 * The OAuth2 resource server: every {@code /v2} path needs a valid bearer token; the token, docs and health endpoints
 * are open. Every failure of the chain (no token, bad token, missing scope, a path the firewall rejects) is written in
 * the API's error envelope.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ErrorResponses errors) throws Exception {
		http.csrf((c) -> c.disable())
			// No CORS configuration exists (Swagger UI is same-origin): a source that says so at once, instead of the
			// default's handler lookup per request to find @CrossOrigin settings (6 % of a GET's CPU, JFR). Preflight
			// requests are answered as before.
			.cors((c) -> c.configurationSource((request) -> null))
			.httpBasic((b) -> b.disable())
			.formLogin((f) -> f.disable())
			.logout((l) -> l.disable())
			.requestCache((r) -> r.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((a) -> a.requestMatchers(HttpMethod.POST, "/oauth2/token/status")
				.authenticated()
				.requestMatchers("/v2/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer((rs) -> rs.bearerTokenResolver(new BearerHeaderResolver())
				.jwt(Customizer.withDefaults())
				.authenticationEntryPoint((request, response, ex) -> unauthorized(errors, response, ex))
				.accessDeniedHandler((request, response, ex) -> errors.write(response,
						new ApiException(ErrorCode.FORBIDDEN, "The access token does not allow this request."))))
			.exceptionHandling((e) -> e.authenticationEntryPoint((request, response, ex) -> unauthorized(errors, response, ex)));
		return http.build();
	}

	/**
	 * No observations of Spring Security's own: with an observation registry present (actuator), every filter of the
	 * chain and every authentication was wrapped in an observation, about a tenth of a GET's CPU (JFR,
	 * scripts/bench), for metrics nobody reads. Request metrics (http.server.requests) stay.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** The strict firewall, checking every header up front and without regular expressions (see {@link FastFirewall}). */
	@Bean
	WebSecurityCustomizer firewall() {
		return (web) -> web.httpFirewall(new FastFirewall());
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler(ErrorResponses errors) {
		return (request, response, ex) -> errors.write(response, new ApiException(ErrorCode.INVALID_VALUE,
				(ex instanceof FastFirewall.HeaderRejected) ? ex.getMessage()
						: "The request path contains characters that are not allowed."));
	}

	@Bean
	JwtEncoder jwtEncoder(JwtKeys keys) {
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.rsaKey())));
	}

	@Bean
	JwtDecoder jwtDecoder(JwtKeys keys, AuthProperties properties, JdbcTemplate jdbc) {
		NimbusJwtDecoder decoder;
		if (properties.issuerUri() != null && !properties.issuerUri().isBlank()) {
			// An external identity provider: its tokens must carry our account claims (acct, merchant_id). Not cached:
			// its key set may rotate, and a token verified with a withdrawn key must fail from then on.
			decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(properties.issuerUri());
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(TokenValidators.expiry(),
					TokenValidators.issuer(properties.issuerUri()), TokenValidators.live(jdbc)));
			return decoder;
		}
		// Our own key never changes while the server runs: verify each token once, validate it on every request.
		decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey()).build();
		decoder.setJwtValidator((jwt) -> OAuth2TokenValidatorResult.success());
		return new VerifiedTokenCache(decoder, new DelegatingOAuth2TokenValidator<>(TokenValidators.expiry(),
				TokenValidators.issuer(properties.issuer()), TokenValidators.live(jdbc)));
	}

	private static void unauthorized(ErrorResponses errors, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		ErrorCode code = ErrorCode.UNAUTHORIZED;
		String detail = "A valid bearer token is required: send `Authorization: Bearer <access token>`.";
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof JwtValidationException invalid) {
				for (OAuth2Error error : invalid.getErrors()) {
					if (TokenValidators.EXPIRED.equals(error.getErrorCode())) {
						code = ErrorCode.ACCESS_TOKEN_EXPIRED;
						detail = "The access token has expired; request a new one at /oauth2/token.";
					}
					else if (TokenValidators.REVOKED.equals(error.getErrorCode())) {
						code = ErrorCode.ACCESS_TOKEN_REVOKED;
						detail = "The access token has been revoked; request a new one at /oauth2/token.";
					}
				}
			}
		}
		if (code == ErrorCode.UNAUTHORIZED && ex.getClass().getSimpleName().equals("InvalidBearerTokenException")) {
			detail = "The bearer token is malformed, tampered with or unknown.";
		}
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		errors.write(response, new ApiException(code, detail));
	}

}
