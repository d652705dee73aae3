/** The money of an order: line totals, discounts, taxes and service charges, computed as Square does. */
package io.theneo.emulator.pricing;
