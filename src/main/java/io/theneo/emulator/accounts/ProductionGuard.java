package io.theneo.emulator.accounts;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the {@code prod} profile the server refuses to start while the default API key is in place. The profile is
 * checked here at start-up rather than with {@code @Profile}, so that the check also holds in Spring AOT mode, whose
 * bean definitions were computed at build time without any profile.
 */
@Component
class ProductionGuard implements InitializingBean {

	private final AuthProperties properties;

	private final Environment environment;

	ProductionGuard(AuthProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		if (!this.environment.matchesProfiles("prod")) {
			return;
		}
		if (AuthProperties.DEFAULT_CLIENT_SECRET.equals(this.properties.adminClientSecret())
				|| this.properties.adminClientSecret().length() < 16) {
			throw new IllegalStateException("Refusing to start in the prod profile with the default (or a short) admin"
					+ " API key: set EMULATOR_ADMIN_API_KEY to a secret of at least 16 characters.");
		}
	}

}
