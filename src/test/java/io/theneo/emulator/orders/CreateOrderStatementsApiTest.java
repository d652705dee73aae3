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
	void aFiftyLineOrderTakesAFewStatements() {
		TestAccount account = freshAccount();
		String lines = IntStream.range(0, 50)
			.mapToObj((i) -> line("Line " + i, "2", 100 + i))
			.collect(Collectors.joining(","));
		String body = """
				{"order": {"location_id": "%s", "line_items": [%s],
				  "taxes": [{"uid": "t", "name": "Tax", "percentage": "8.5"}],
				  "discounts": [{"uid": "d", "name": "Off", "percentage": "5"}]}}"""
			.formatted(account.id(CREATE_LOCATION), lines);
		create(account, body).statusCode(200);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			create(account, body).statusCode(200);
			long statements = statistics.getPrepareStatementCount();
			System.out.println("Statements for a 50-line create: " + statements + " (entities inserted: "
					+ statistics.getEntityInsertCount() + ")");
			assertThat(statistics.getEntityInsertCount()).isEqualTo(1);
			assertThat(statements).isLessThanOrEqualTo(6);
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

}
