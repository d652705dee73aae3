package io.theneo.emulator.config;

import org.apache.commons.logging.Log;

import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Keeps {@code emulator.sandbox.enabled=false} true to its word in Spring AOT mode. The jar is AOT-processed and the
 * recommended start adds {@code -Dspring.aot.enabled=true} (README, "Running the packaged jar"): the context uses bean
 * definitions computed at build time, when test support was on, so a server started with test support off (the
 * {@code prod} profile's default) would still serve the sandbox endpoints. In that case this switches AOT mode off
 * before the context is created and says so; the server starts the regular way, a few seconds slower. Nothing else
 * of ours depends on a profile or a property at bean-definition time (ProductionGuard checks its profile at start-up).
 */
public class AotModeFallback implements EnvironmentPostProcessor {

	static final String SANDBOX_ENABLED = "emulator.sandbox.enabled";

	private final Log logger;

	public AotModeFallback(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(AotModeFallback.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (AotDetector.useGeneratedArtifacts()
				&& !environment.getProperty(SANDBOX_ENABLED, Boolean.class, Boolean.TRUE)) {
			System.setProperty(AotDetector.AOT_ENABLED, "false");
			this.logger.warn("Test support is off (" + SANDBOX_ENABLED + "=false), which the AOT-processed bean"
					+ " definitions do not cover: starting without Spring AOT");
		}
	}

}
