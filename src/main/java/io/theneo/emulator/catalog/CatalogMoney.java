package io.theneo.emulator.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

import io.theneo.emulator.pricing.Money;

/**
 * Money as the catalog's wire carries it. Boxed so that a missing amount or currency is reported by the validator with
 * its path, rather than defaulting to zero; {@link #toMoney()} gives the value type once validated.
 */
@Schema(name = "CatalogMoney", description = "An amount in the currency's smallest unit (cents for USD).")
record CatalogMoney(@Schema(example = "2200") Long amount, @Schema(example = "USD") String currency) {

	static CatalogMoney of(long amount, String currency) {
		return new CatalogMoney(amount, currency);
	}

	Money toMoney() {
		return Money.of(this.amount, this.currency);
	}

}
