/** The money of an order: line totals, discounts, taxes and service charges, computed exactly as Square's Orders API does. */
package io.theneo.emulator.pricing;
