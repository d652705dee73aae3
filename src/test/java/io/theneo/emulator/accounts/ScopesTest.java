package io.theneo.emulator.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting a scope string: the tokens the regex split gave, without the regex. */
class ScopesTest {

	/** What the token endpoint and Tenant did before: a blank string is no scope, otherwise trim and split. */
	private static List<String> regexSplit(String scope) {
		return (scope == null || scope.isBlank()) ? List.of() : Arrays.asList(scope.trim().split("\\s+"));
	}

	@Test
	void keepsOrderAndRepeatsAndSplitsAtAnyWhitespace() {
		assertThat(Scopes.split(" ORDERS_READ\tORDERS_WRITE\n\u000BORDERS_READ\f\r"))
			.containsExactly("ORDERS_READ", "ORDERS_WRITE", "ORDERS_READ");
		assertThat(Scopes.split(null)).isEmpty();
		assertThat(Scopes.split(" \t\u2003 ")).isEmpty();
	}

	@Test
	void givesTheSameTokensAsTheRegexSplitForAnyString() {
		// spaces of every kind, control characters trim() removes but \s does not match, and ordinary letters
		char[] alphabet = { ' ', '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u0000', '\u0085', '\u00A0', '\u2003',
				'A', 'B', '_' };
		Random random = new Random(20261126L);
		for (int i = 0; i < 20_000; i++) {
			char[] chars = new char[random.nextInt(12)];
			for (int j = 0; j < chars.length; j++) {
				chars[j] = alphabet[random.nextInt(alphabet.length)];
			}
			String scope = new String(chars);
			assertThat(Scopes.split(scope)).as("%s", Arrays.toString(chars)).isEqualTo(regexSplit(scope));
		}
	}

}
