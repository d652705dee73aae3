package io.theneo.emulator.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring AOT mode is switched off only when test support is off, the one setting the build-time bean definitions do
 * not follow. The AOT start itself is exercised by scripts/bench and scripts/reliability (they run the packaged jar
 * with the recommended options); the tests run before the jar is AOT-processed.
 */
class AotModeFallbackTest {

	private final AotModeFallback fallback = new AotModeFallback(new DeferredLogs());

	@AfterEach
	void clearAotFlag() {
		System.clearProperty(AotDetector.AOT_ENABLED);
	}

	@Test
	void aotModeWithTestSupportOffStartsTheRegularWay() {
		System.setProperty(AotDetector.AOT_ENABLED, "true");
		postProcess(new MockEnvironment().withProperty("emulator.sandbox.enabled", "false"));
		assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
	}

	@Test
	void aotModeWithTestSupportOnOrUnsetStaysOn() {
		System.setProperty(AotDetector.AOT_ENABLED, "true");
		postProcess(new MockEnvironment());
		postProcess(new MockEnvironment().withProperty("emulator.sandbox.enabled", "true"));
		assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
	}

	@Test
	void withoutAotModeNothingIsSet() {
		postProcess(new MockEnvironment().withProperty("emulator.sandbox.enabled", "false"));
		assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isNull();
	}

	@Test
	void isRegisteredForEveryStart() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(EnvironmentPostProcessor.class,
				SpringFactoriesLoader.ArgumentResolver.of(DeferredLogFactory.class,
						new DeferredLogs())))
			.hasAtLeastOneElementOfType(AotModeFallback.class);
	}

	private void postProcess(MockEnvironment environment) {
		this.fallback.postProcessEnvironment(environment, new SpringApplication());
	}

}
