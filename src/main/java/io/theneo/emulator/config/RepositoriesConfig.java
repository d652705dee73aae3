package io.theneo.emulator.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * The Spring Data JPA repositories of every feature package, with the light query enhancer. By default Spring Data
 * parses each {@code @Query} with its own ANTLR grammar at start-up, only to be able to add a sort or derive a count
 * query later; no repository here takes a {@code Sort} or {@code Pageable} (pages are keyset queries), so that parse
 * bought nothing and cost about a tenth of the main thread's start-up (docs/benchmarks.md). Hibernate still parses
 * and validates every query at start-up. Public, with its selector: the bean definitions Spring AOT generates for each
 * repository (in the repository's package) name the selector class.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "io.theneo.emulator",
		queryEnhancerSelector = RepositoriesConfig.RegexQueryEnhancer.class)
public class RepositoriesConfig {

	/** Spring Data's regex-based enhancer for every declared query, JPQL and native alike. */
	public static class RegexQueryEnhancer implements QueryEnhancerSelector {

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			return QueryEnhancerFactories.fallback();
		}

	}

}
