package io.theneo.emulator.pricing;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount in the smallest unit of its currency (cents for USD, yen for JPY, fils for KWD), so that
 * every amount on the wire is an exact integer and arithmetic never meets a binary fraction.
 */
public record Money(long amount, Currency currency) {

	public Money {
		Objects.requireNonNull(currency, "currency");
	}

	public static Money of(long amount, String currencyCode) {
		return new Money(amount, Currency.getInstance(currencyCode));
	}

	public static Money zero(Currency currency) {
		return new Money(0, currency);
	}

	/** Digits after the decimal point of one major unit: 2 for USD, 0 for JPY, 3 for KWD. */
	public int minorUnitDigits() {
		return currency.getDefaultFractionDigits();
	}

	public boolean isZero() {
		return amount == 0;
	}

	/** @throws ArithmeticException if the sum does not fit in an int64, as the wire format cannot carry it */
	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(Math.addExact(amount, other.amount), currency);
	}

	/** @throws ArithmeticException if the difference does not fit in an int64 */
	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(Math.subtractExact(amount, other.amount), currency);
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
		}
	}

	@Override
	public String toString() {
		return amount + " " + currency.getCurrencyCode();
	}

}
