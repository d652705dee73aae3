package io.theneo.emulator.pricing;

/** A modifier of a line; a null quantity means 1. */
public record ModifierInput(String uid, Money basePrice, String quantity) {
}
