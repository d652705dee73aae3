package io.theneo.emulator.sandbox;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import io.theneo.emulator.web.ErrorResponses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code emulator.sandbox.enabled=false} none of test support exists. Checked on the bean definitions with a
 * context runner (the shared test server keeps test support on).
 */
class SandboxDisabledTest {

	private static final List<Class<?>> SANDBOX_BEANS = List.of(SandboxAccountController.class, SandboxAccounts.class,
			JournalController.class, JournalService.class, RequestJournal.class, JournalFilter.class,
			ClockController.class, ClockService.class, FaultController.class, FaultService.class, FaultFilter.class,
			RateLimitController.class);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(ErrorResponses.class, () -> new ErrorResponses(JsonMapper.builder().build()))
		.withUserConfiguration(SANDBOX_BEANS.toArray(Class<?>[]::new))
		.withUserConfiguration(SandboxDisabledFilter.class);

	@Test
	void switchedOffNoEndpointJournalOrFaultFilterIsRegistered() {
		this.runner.withPropertyValues("emulator.sandbox.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			for (Class<?> type : SANDBOX_BEANS) {
				assertThat(context).doesNotHaveBean(type);
			}
			assertThat(context).hasSingleBean(SandboxDisabledFilter.class);
		});
	}

	@Test
	void switchedOffEverySandboxPathIsNotFoundForAnyMethodWithOrWithoutAToken() throws Exception {
		this.runner.withPropertyValues("emulator.sandbox.enabled=false").run((context) -> {
			SandboxDisabledFilter filter = context.getBean(SandboxDisabledFilter.class);
			for (String[] call : new String[][] { { "POST", "/v2/sandbox/accounts" }, { "GET", "/v2/sandbox/requests" },
					{ "DELETE", "/v2/sandbox/faults/X" }, { "PUT", "/v2/sandbox" } }) {
				MockHttpServletResponse response = new MockHttpServletResponse();
				MockFilterChain chain = new MockFilterChain();
				filter.doFilter(new MockHttpServletRequest(call[0], call[1]), response, chain);
				assertThat(response.getStatus()).isEqualTo(404);
				assertThat(response.getContentAsString()).contains("\"code\":\"NOT_FOUND\"")
					.contains("\"category\":\"INVALID_REQUEST_ERROR\"");
				assertThat(chain.getRequest()).isNull();
			}
			MockFilterChain chain = new MockFilterChain();
			filter.doFilter(new MockHttpServletRequest("GET", "/v2/sandboxes"), new MockHttpServletResponse(), chain);
			assertThat(chain.getRequest()).isNotNull();
		});
	}

	@Test
	void onByDefaultTheNotFoundFilterIsAbsent() {
		new ApplicationContextRunner()
			.withBean(ErrorResponses.class, () -> new ErrorResponses(JsonMapper.builder().build()))
			.withUserConfiguration(SandboxDisabledFilter.class)
			.run((context) -> assertThat(context).doesNotHaveBean(SandboxDisabledFilter.class));
	}

}
