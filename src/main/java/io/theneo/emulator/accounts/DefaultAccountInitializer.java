package io.theneo.emulator.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On first start, creates the default account (API.md §3) from configuration, with every scope and the documented
 * fixture ids; on later starts, keeps its key in line with the configuration. Instances starting together on one
 * database race on the unique merchant id: the loser just syncs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefaultAccountInitializer implements ApplicationRunner {

	static final String DEFAULT_MERCHANT_ID = "MLTHENEODEMO1";

	private static final Logger log = LoggerFactory.getLogger(DefaultAccountInitializer.class);

	private final AccountService accounts;

	private final AuthProperties properties;

	DefaultAccountInitializer(AccountService accounts, AuthProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.findByMerchantId(DEFAULT_MERCHANT_ID).isEmpty()) {
			try {
				this.accounts.create(DEFAULT_MERCHANT_ID, "Theneo Demo", this.properties.adminClientId(),
						this.properties.adminClientSecret(), Scopes.all(), false, true);
				log.info("Created the default account {} for client id '{}'", DEFAULT_MERCHANT_ID,
						this.properties.adminClientId());
				return;
			}
			catch (DataIntegrityViolationException raced) {
				log.info("Another instance created the default account first");
			}
		}
		if (!this.accounts.syncKey(this.properties.adminClientId(), this.properties.adminClientSecret(), Scopes.all())) {
			log.warn("The default account exists but has no key for client id '{}'", this.properties.adminClientId());
		}
	}

}
