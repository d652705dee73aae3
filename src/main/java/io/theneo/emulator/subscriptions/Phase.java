package io.theneo.emulator.subscriptions;

import io.theneo.emulator.pricing.Money;

/**
 * A phase of the plan as it was when the subscription was made: its cadence, how many periods it lasts (null: for
 * ever) and the price of each period.
 */
record Phase(String uid, Cadence cadence, Integer periods, Money price, int ordinal) {
}
