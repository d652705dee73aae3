package io.theneo.emulator.pricing;

/** ADDITIVE taxes are added on top of the price; INCLUSIVE ones are already part of it. */
public enum TaxType {
	ADDITIVE, INCLUSIVE
}
