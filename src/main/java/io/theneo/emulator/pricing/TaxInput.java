package io.theneo.emulator.pricing;

/** An order tax; a null type means ADDITIVE, a null scope is inferred (see {@link OrderPricer}). */
public record TaxInput(String uid, TaxType type, String percentage, Scope scope, boolean catalogBacked) {
}
