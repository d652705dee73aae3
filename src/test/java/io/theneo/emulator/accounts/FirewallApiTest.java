package io.theneo.emulator.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * What {@link FastFirewall} refuses is refused before the request runs, in the envelope. Raw sockets: HTTP clients
 * replace such characters before sending them.
 */
class FirewallApiTest extends ApiTest {

	@Test
	void aControlCharacterInAnyHeaderRefusesTheRequestBeforeItChangesAnything() throws IOException {
		TestAccount account = freshAccount();
		// 0x85 is obs-text to Tomcat, which reads it as U+0085, a C1 control character
		String answer = rawCreate(account, "Refused", "X-Note: before\u0085after");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).contains("\"code\":\"INVALID_VALUE\"")
			.contains("\"detail\":\"A request header contains characters that are not allowed.\"");
		as(account).get("/v2/customers?count=true&given_name=Refused").then().statusCode(200).body("count",
				equalTo(0));
	}

	@Test
	void tabsAndLatinLettersInHeaderValuesAreFine() throws IOException {
		TestAccount account = freshAccount();
		String answer = rawCreate(account, "Accepted", "X-Note: caf\u00e9\twith a tab");
		assertThat(answer).startsWith("HTTP/1.1 200");
		as(account).get("/v2/customers?count=true&given_name=Accepted").then().statusCode(200).body("count",
				equalTo(1));
	}

	/** POST /v2/customers with one extra header line, sent as ISO-8859-1 bytes; the whole answer. */
	private String rawCreate(TestAccount account, String givenName, String header) throws IOException {
		String body = "{\"given_name\": \"" + givenName + "\"}";
		String request = "POST /v2/customers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + account.token()
				+ "\r\nContent-Type: application/json\r\n" + header + "\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n" + body;
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

}
