package io.theneo.emulator.accounts;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "An access token for the client-credentials grant.")
record TokenResponse(@Schema(example = "eyJraWQiOi...") String accessToken,
		@Schema(example = "bearer") String tokenType, @Schema(example = "3600") long expiresIn, Instant expiresAt,
		@Schema(example = "MLTHENEODEMO1") String merchantId,
		@Schema(example = "CUSTOMERS_READ CUSTOMERS_WRITE ORDERS_READ") String scope) {
}
