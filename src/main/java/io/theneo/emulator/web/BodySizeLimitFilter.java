package io.theneo.emulator.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over the configured maximum with 413: at once when Content-Length says so, and while reading when a
 * chunked body grows past it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ErrorResponses errorResponses;

	BodySizeLimitFilter(WebProperties properties, ErrorResponses errorResponses) {
		this.maxBytes = properties.maxBodySize().toBytes();
		this.errorResponses = errorResponses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			this.errorResponses.write(response, tooLarge());
			return;
		}
		chain.doFilter(new LimitedRequest(request, this.maxBytes), response);
	}

	private ApiException tooLarge() {
		return new ApiException(ErrorCode.REQUEST_ENTITY_TOO_LARGE,
				"The request body is larger than the maximum of " + this.maxBytes + " bytes.");
	}

	/** An IOException, so that whatever reads the body (Jackson, a form parser) lets it through as a cause. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("request body too large", null);
		}

	}

	private final class LimitedRequest extends HttpServletRequestWrapper {

		private final long max;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream in = super.getInputStream();
				this.stream = new ServletInputStream() {

					private long count;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buf, int off, int len) throws IOException {
						int n = in.read(buf, off, len);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws BodyTooLargeException {
						this.count += n;
						if (this.count > LimitedRequest.this.max) {
							throw new BodyTooLargeException();
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return this.stream;
		}

	}

}
