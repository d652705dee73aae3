package io.theneo.emulator.pricing;

/** Whether a discount, tax or apportioned service charge applies to every line or only to the lines that list it. */
public enum Scope {
	ORDER, LINE_ITEM
}
