package io.theneo.emulator.accounts;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's loops answer exactly what Spring Security's regular expressions answer. */
class FastFirewallTest {

	@Test
	void everyCodePointAloneIsJudgedAsSpringJudgesIt() {
		for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
			String text = new String(Character.toChars(cp));
			assertSame(text, StrictHttpFirewall.ALLOWED_HEADER_NAMES, FastFirewall::assignedAndNotControl);
			assertSame(text, StrictHttpFirewall.ALLOWED_HEADER_VALUES, FastFirewall::headerValue);
			assertSame(text, StrictHttpFirewall.ALLOWED_PARAMETER_NAMES, FastFirewall::assignedAndNotControl);
		}
	}

	@Test
	void stringsMixingAllowedAndRefusedCharactersToo() {
		List<String> texts = List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig", "a\tb", "\t", "a\u0000b", "x\ry",
				"line\nbreak", "caf\u00e9", "\ud83d\ude00 smile", "lone \ud83d surrogate", "lone \ude00 low",
				"unassigned \u0378", "del \u007f", "c1 \u0085", "zero width \u200b", "bom \ufeff", "\ufffe",
				"application/json; charset=utf-8");
		for (String text : texts) {
			assertSame(text, StrictHttpFirewall.ALLOWED_HEADER_NAMES, FastFirewall::assignedAndNotControl);
			assertSame(text, StrictHttpFirewall.ALLOWED_HEADER_VALUES, FastFirewall::headerValue);
		}
		assertThat(FastFirewall.headerValue("a\tb")).isTrue();
		assertThat(FastFirewall.assignedAndNotControl("a\tb")).isFalse();
		assertThat(FastFirewall.headerValue("a\u0000b")).isFalse();
	}

	private static void assertSame(String text, Predicate<String> spring, Predicate<String> ours) {
		assertThat(ours.test(text)).as("U+%04X...", text.isEmpty() ? 0 : text.codePointAt(0))
			.isEqualTo(spring.test(text));
	}

}
