package io.theneo.emulator.orders;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating an order is one short transaction whatever its size: no statement per line, per catalog object or per
 * applied entry. Hibernate's statistics count the statements the server prepares while it answers.
 */
class CreateOrderStatementsApiTest extends OrdersTestSupport {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aFiftyLineCatalogOrderTakesAFewStatements() {
		TestAccount account = freshAccount();
		String variation = account.id(CatalogOrdersApiTest.LARGER);
		String modifier = account.id(CatalogOrdersApiTest.WELL);
		String lines = IntStream.range(0, 50)
			.mapToObj((i) -> i % 2 == 0 ? line("Line " + i, "2", 100 + i)
					: "{\"catalog_object_id\": \"" + variation + "\", \"quantity\": \"" + i
							+ "\", \"modifiers\": [{\"catalog_object_id\": \"" + modifier + "\"}]}")
			.collect(Collectors.joining(","));
		String body = """
				{"order": {"location_id": "%s", "line_items": [%s], "customer_id": "%s",
				  "taxes": [{"uid": "t", "catalog_object_id": "%s"}],
				  "discounts": [{"uid": "d", "catalog_object_id": "%s"}, {"uid": "e", "name": "Off", "percentage": "5"}]}}"""
			.formatted(account.id(CREATE_LOCATION), lines, account.id("CHFGVKYY8RSV93M5KCYTG4PN0G"),
					account.id(CatalogOrdersApiTest.STATE_TAX), account.id(CatalogOrdersApiTest.MEMBERSHIP));
		create(account, body).statusCode(200);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			create(account, body).statusCode(200);
			long statements = statistics.getPrepareStatementCount();
			System.out.println("Statements for a 50-line catalog create: " + statements + " (entities inserted: "
					+ statistics.getEntityInsertCount() + ")");
			assertThat(statistics.getEntityInsertCount()).isEqualTo(1);
			// measured (the token's checks are cached by then): the location, the customer, the catalog (every
			// referenced object, then the variations' items: two), the account's clock, the insert
			assertThat(statements).isLessThanOrEqualTo(6);
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

}
