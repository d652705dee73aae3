package io.theneo.emulator.pricing;

/** The share of one discount, tax or service charge (named by its order-level uid) that landed on one line. */
public record LineApplied(String uid, Money appliedMoney) {
}
