/** The catalog: items and variations, modifiers, discounts, taxes and subscription plans that orders and subscriptions price from. */
package io.theneo.emulator.catalog;
