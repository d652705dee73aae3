package io.theneo.emulator.cards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** Square's CreateCardRequest: a test nonce or test card number in {@code source_id}, and the card's details. */
record CreateCardRequest(@Schema(example = "4935a656-a929-4792-b97c-8848be85c27c") String idempotencyKey,
		@NotBlank @Schema(example = "cnon:card-nonce-ok",
				description = "A test nonce or test card number (see the test card table).") String sourceId,
		@Schema(description = "Accepted and ignored (no buyer verification in the sandbox).") String verificationToken,
		@NotNull @Valid CardInput card) {

	/** The part of a Card a client may set. */
	@Schema(name = "CardInput")
	record CardInput(@NotBlank @Schema(example = "CHFGVKYY8RSV93M5KCYTG4PN0G") String customerId,
			@Size(max = 96) @Schema(example = "Amelia Earhart") String cardholderName,
			@Valid CardAddress billingAddress,
			@Size(max = 128) String referenceId, Integer expMonth, Integer expYear) {
	}

}
