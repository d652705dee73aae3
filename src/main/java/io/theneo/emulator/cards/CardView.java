package io.theneo.emulator.cards;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A card on file as the wire shows it (Square's Card). */
@Schema(name = "Card")
record CardView(@Schema(example = "ccof:qy5x8hHGYsgLrp4Q4GB") String id, @Schema(example = "VISA") String cardBrand,
		@Schema(example = "1111") String last4, Integer expMonth, Integer expYear, String cardholderName,
		CardAddress billingAddress, String fingerprint, String customerId, String merchantId, String referenceId,
		Boolean enabled, @Schema(example = "CREDIT") String cardType,
		@Schema(example = "NOT_PREPAID") String prepaidType,
		Long version, Instant createdAt) {
}
