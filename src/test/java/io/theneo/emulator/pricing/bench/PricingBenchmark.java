package io.theneo.emulator.pricing.bench;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.theneo.emulator.pricing.DiscountInput;
import io.theneo.emulator.pricing.DiscountType;
import io.theneo.emulator.pricing.LineItemInput;
import io.theneo.emulator.pricing.ModifierInput;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.pricing.OrderPricer;
import io.theneo.emulator.pricing.PricedOrder;
import io.theneo.emulator.pricing.PricingRequest;
import io.theneo.emulator.pricing.Scope;
import io.theneo.emulator.pricing.TaxInput;
import io.theneo.emulator.pricing.TaxType;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Prices a 500-line order with order and line discounts of all four tiers, an order tax, a line tax and an
 * inclusive tax: the largest order the emulator expects, so the figure bounds what pricing adds to a request.
 * Run by {@code scripts/bench-pricing}, never by the test suite.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PricingBenchmark {

	private static final int LINES = 500;

	private PricingRequest request;

	@Setup
	public void buildOrder() {
		Currency usd = Currency.getInstance("USD");
		List<LineItemInput> lines = new ArrayList<>(LINES);
		for (int i = 0; i < LINES; i++) {
			boolean listed = i % 2 == 0;
			List<ModifierInput> modifiers = i % 5 == 0 ? List.of(new ModifierInput("m" + i, new Money(75, usd), "2"))
					: List.of();
			lines.add(new LineItemInput("line-" + i, i % 3 == 0 ? "1.25" : String.valueOf(1 + i % 4), 2,
					new Money(199 + 37L * i, usd), modifiers, listed ? List.of("local") : List.of(),
					listed ? List.of("line-pct", "line-fixed") : List.of(), List.of()));
		}
		List<DiscountInput> discounts = List.of(
				new DiscountInput("order-fixed", null, null, new Money(2500, usd), Scope.ORDER, false),
				new DiscountInput("line-pct", null, "10", null, Scope.LINE_ITEM, false),
				new DiscountInput("membership", DiscountType.FIXED_PERCENTAGE, "0.5", null, Scope.ORDER, true),
				new DiscountInput("order-pct", null, "5", null, Scope.ORDER, false),
				new DiscountInput("line-fixed", null, null, new Money(1000, usd), Scope.LINE_ITEM, false));
		List<TaxInput> taxes = List.of(new TaxInput("state", null, "8.875", Scope.ORDER, false),
				new TaxInput("local", null, "1.25", Scope.LINE_ITEM, false),
				new TaxInput("vat", TaxType.INCLUSIVE, "5", Scope.ORDER, false));
		request = new PricingRequest(usd, lines, taxes, discounts, List.of());
	}

	@Benchmark
	public PricedOrder price500Lines() {
		return OrderPricer.price(request);
	}

}
