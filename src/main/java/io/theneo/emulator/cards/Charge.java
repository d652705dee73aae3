package io.theneo.emulator.cards;

import java.time.Instant;

import io.theneo.emulator.pricing.Money;

/** A successful charge to a card on file; {@code paymentId} is opaque. */
public record Charge(String paymentId, String cardId, Money amount, Instant createdAt) {
}
