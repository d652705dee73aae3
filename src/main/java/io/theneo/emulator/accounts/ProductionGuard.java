package io.theneo.emulator.accounts;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In the {@code prod} profile the server refuses to start while the default API key is in place. */
@Component
@Profile("prod")
class ProductionGuard implements InitializingBean {

	private final AuthProperties properties;

	ProductionGuard(AuthProperties properties) {
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		if (AuthProperties.DEFAULT_CLIENT_SECRET.equals(this.properties.adminClientSecret())
				|| this.properties.adminClientSecret().length() < 16) {
			throw new IllegalStateException("Refusing to start in the prod profile with the default (or a short) admin"
					+ " API key: set EMULATOR_ADMIN_API_KEY to a secret of at least 16 characters.");
		}
	}

}
