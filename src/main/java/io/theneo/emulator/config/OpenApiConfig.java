package io.theneo.emulator.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

import io.theneo.emulator.accounts.RequiresScopes;

/**
 * The OpenAPI 3.1 document: an OAuth2 client-credentials scheme whose token URL is {@code /oauth2/token}, so that
 * Swagger UI's Authorize button gets a token from the admin username and API key; every operation lists the scopes it
 * needs (from {@link RequiresScopes}) and the error envelope.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static final String SCHEME = "oauth2";

	static {
		// Tenant comes from the bearer token, not from the request: keep it out of the documented parameters.
		org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(io.theneo.emulator.accounts.Tenant.class);
	}

	@Bean
	OpenAPI openApi() {
		Scopes scopes = new Scopes();
		for (String scope : io.theneo.emulator.accounts.Scopes.all()) {
			scopes.addString(scope, scope.replace('_', ' ').toLowerCase());
		}
		SecurityScheme oauth = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
			.description("Client credentials: the admin username is the client id, the API key the client secret"
					+ " (defaults: admin / theneo-demo-key). Tick no scope to get every scope of the key.")
			.flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token").scopes(scopes)));
		return new OpenAPI()
			.info(new Info().title("Theneo demo commerce API — emulator")
				.version("v2")
				.description("""
						An emulator of the Theneo demo commerce API (Square v2 customers, orders, subscriptions).
						Every error uses one envelope: `{"errors":[{"category","type","code","detail","field"}]}`.
						Mutating endpoints accept an `Idempotency-Key` header (and the body's `idempotency_key`
						where Square has one). Test support lives under `/v2/sandbox`."""))
			.components(new Components().addSecuritySchemes(SCHEME, oauth)
				.addSchemas("ErrorEnvelope", new Schema<>().type("object")
					.example(Map.of("errors", java.util.List.of(Map.of("category", "INVALID_REQUEST_ERROR", "type",
							"invalid_request_error", "code", "NOT_FOUND", "detail",
							"Customer with ID `X` not found."))))))
			.addSecurityItem(new SecurityRequirement().addList(SCHEME));
	}

	/** Schemas show the wire's property names: swagger-core inspects records with its own (Jackson 2) mapper. */
	@Bean
	io.swagger.v3.core.jackson.ModelResolver modelResolver() {
		com.fasterxml.jackson.databind.ObjectMapper mapper = io.swagger.v3.core.util.Json.mapper()
			.copy()
			.setPropertyNamingStrategy(new com.fasterxml.jackson.databind.PropertyNamingStrategies.NamingBase() {
				@Override
				public String translate(String name) {
					return io.theneo.emulator.web.WebConfig.SquareNaming.snake(name);
				}
			});
		return new io.swagger.v3.core.jackson.ModelResolver(mapper);
	}

	@Bean
	OperationCustomizer scopesAndErrors() {
		return (operation, handler) -> {
			RequiresScopes required = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
					RequiresScopes.class);
			if (required == null) {
				required = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequiresScopes.class);
			}
			if (required != null) {
				String list = String.join(", ", required.value());
				operation.setDescription(((operation.getDescription() != null) ? operation.getDescription() + "\n\n" : "")
						+ "**Scopes:** " + list);
				operation.setSecurity(java.util.List.of(new SecurityRequirement().addList(SCHEME,
						Arrays.asList(required.value()))));
				Map<String, String> errors = new LinkedHashMap<>();
				errors.put("400", "Invalid request (INVALID_VALUE, MISSING_REQUIRED_PARAMETER, UNKNOWN_BODY_PARAMETER, ...)");
				errors.put("401", "UNAUTHORIZED, ACCESS_TOKEN_EXPIRED or ACCESS_TOKEN_REVOKED");
				errors.put("403", "INSUFFICIENT_SCOPES: the token lacks " + list);
				errors.put("429", "RATE_LIMITED (when a rate limit is configured)");
				errors.forEach((status, description) -> {
					if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
						operation.getResponses()
							.addApiResponse(status, new ApiResponse().description(description)
								.content(new Content().addMediaType("application/json",
										new MediaType().schema(new Schema<>().$ref("#/components/schemas/ErrorEnvelope")))));
					}
				});
			}
			return operation;
		};
	}

}
