package io.theneo.emulator.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error page for what never reaches a servlet (a request line or headers over the limit, a malformed
 * request): the API's envelope instead of Tomcat's HTML page.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ErrorCode code = ErrorCode.forStatus(status);
		String detail = switch (code) {
			case URI_TOO_LONG -> "The request line is too long.";
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are too large.";
			case INTERNAL_SERVER_ERROR -> "An internal error occurred.";
			default -> "The request could not be parsed: check the request line and the headers (at most 16 KB).";
		};
		String json = "{\"errors\":[{\"category\":\"" + code.category() + "\",\"type\":\"" + code.type()
				+ "\",\"code\":\"" + code.name() + "\",\"detail\":\"" + detail + "\"}]}";
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone; nothing to answer
		}
	}

}
