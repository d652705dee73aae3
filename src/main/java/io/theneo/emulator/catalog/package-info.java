/** The catalog: items, variations, modifiers, discounts, taxes and plans that orders and subscriptions price from. */
package io.theneo.emulator.catalog;
