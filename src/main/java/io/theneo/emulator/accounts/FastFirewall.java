package io.theneo.emulator.accounts;

import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall, with two changes:
 * <ul>
 * <li>Every header is checked before the request runs. The strict firewall checks a header when something reads it,
 * and the request journal reads them all after the request has run: a POST with a control character in some header
 * created its object and was then answered 400.</li>
 * <li>Its header and parameter-name rules are written as loops instead of regular expressions. The rules are the same
 * (every code point assigned and not a control character; a header value may also hold tabs); the regexes ran on every
 * header value each time anything read it and took about 4 % of the CPU of GET /v2/customers/{id} and POST /v2/orders
 * (JFR, scripts/bench). FastFirewallTest checks the loops against Spring's own predicates, code point by code point.</li>
 * </ul>
 */
final class FastFirewall implements HttpFirewall {

	private final StrictHttpFirewall strict = new StrictHttpFirewall();

	FastFirewall() {
		this.strict.setAllowedHeaderNames(FastFirewall::assignedAndNotControl);
		this.strict.setAllowedHeaderValues(FastFirewall::headerValue);
		this.strict.setAllowedParameterNames(FastFirewall::assignedAndNotControl);
	}

	@Override
	public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
		FirewalledRequest firewalled = this.strict.getFirewalledRequest(request);
		Enumeration<String> names = request.getHeaderNames();
		while (names != null && names.hasMoreElements()) {
			String name = names.nextElement();
			if (!assignedAndNotControl(name)) {
				throw new HeaderRejected();
			}
			Enumeration<String> values = request.getHeaders(name);
			while (values.hasMoreElements()) {
				if (!headerValue(values.nextElement())) {
					throw new HeaderRejected();
				}
			}
		}
		return firewalled;
	}

	@Override
	public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
		return this.strict.getFirewalledResponse(response);
	}

	/** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}: StrictHttpFirewall's rule for header and parameter names. */
	static boolean assignedAndNotControl(String text) {
		return allowed(text, false);
	}

	/** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: its rule for header values. */
	static boolean headerValue(String text) {
		return allowed(text, true);
	}

	private static boolean allowed(String text, boolean tab) {
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x7f) { // printable ASCII, nearly every header
				i++;
				continue;
			}
			int codePoint = text.codePointAt(i);
			int type = Character.getType(codePoint);
			if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && codePoint == '\t'))) {
				return false;
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

	/** A header name or value with a control or unassigned character; its text is not repeated in the answer. */
	static final class HeaderRejected extends RequestRejectedException {

		HeaderRejected() {
			super("A request header contains characters that are not allowed.");
		}

	}

}
