package io.theneo.emulator.subscriptions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The real-time billing job ({@code emulator.billing.*}).
 *
 * @param enabled whether the job runs (sandbox clocks still run due work when moved)
 * @param interval pause between two runs (the job's {@code fixedDelay})
 */
@ConfigurationProperties("emulator.billing")
record BillingProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration interval) {
}
