package io.theneo.emulator.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.TokenService.ClientCredentials;

@Tag(name = "OAuth", description = "Access tokens: the admin username and API key are the client credentials.")
@RestController
class TokenController {

	private final TokenService tokens;

	private final JwtKeys keys;

	TokenController(TokenService tokens, JwtKeys keys) {
		this.tokens = tokens;
		this.keys = keys;
	}

	@Operation(summary = "Get an access token (client credentials, form-encoded; HTTP Basic or body credentials)")
	@SecurityRequirements
	@PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	TokenResponse tokenForm(@RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "Authorization", required = false) String authorization) {
		return this.tokens.issue(form.getFirst("grant_type"),
				credentials(authorization, form.getFirst("client_id"), form.getFirst("client_secret")),
				Scopes.split(form.getFirst("scope")));
	}

	@Operation(summary = "Get an access token (client credentials, JSON body)")
	@SecurityRequirements
	@PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_JSON_VALUE)
	TokenResponse tokenJson(@RequestBody TokenRequest request,
			@RequestHeader(name = "Authorization", required = false) String authorization) {
		List<String> scopes = (request.scopes() != null) ? request.scopes() : Scopes.split(request.scope());
		return this.tokens.issue(request.grantType(),
				credentials(authorization, request.clientId(), request.clientSecret()), scopes);
	}

	@Operation(summary = "Revoke an access token (RFC 7009, form-encoded)")
	@SecurityRequirements
	@PostMapping(path = "/oauth2/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Map<String, Boolean> revokeForm(@RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "Authorization", required = false) String authorization) {
		this.tokens.revoke(credentials(authorization, form.getFirst("client_id"), form.getFirst("client_secret")),
				form.getFirst("token"));
		return Map.of("success", true);
	}

	@Operation(summary = "Revoke an access token (JSON body: client_id, client_secret, access_token)")
	@SecurityRequirements
	@PostMapping(path = "/oauth2/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Boolean> revokeJson(@RequestBody RevokeRequest request,
			@RequestHeader(name = "Authorization", required = false) String authorization) {
		this.tokens.revoke(credentials(authorization, request.clientId(), request.clientSecret()),
				request.accessToken() != null ? request.accessToken() : request.token());
		return Map.of("success", true);
	}

	@Operation(summary = "Describe the bearer token of this request")
	@PostMapping("/oauth2/token/status")
	TokenStatus status(@AuthenticationPrincipal Jwt jwt) {
		return this.tokens.status(jwt);
	}

	@Operation(summary = "The public keys that verify access tokens (JWK set)")
	@SecurityRequirements
	@GetMapping(path = "/oauth2/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> jwks() {
		return this.keys.publicJwkSet().toJSONObject();
	}

	/** HTTP Basic wins over body fields, as Swagger UI and most OAuth clients send Basic. */
	private static ClientCredentials credentials(String authorization, String clientId, String clientSecret) {
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				if (colon > 0) {
					return new ClientCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
				}
			}
			catch (IllegalArgumentException ex) {
				throw OAuthException.invalidClient();
			}
			throw OAuthException.invalidClient();
		}
		return new ClientCredentials(clientId, clientSecret);
	}

	record TokenRequest(String grantType, String clientId, String clientSecret, List<String> scopes, String scope) {
	}

	record RevokeRequest(String clientId, String clientSecret, String accessToken, String token) {
	}

}
