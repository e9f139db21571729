package dev.gridsight.platform.internal;

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
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.gridsight.platform.GridsightProperties;

/**
 * Refuses JSON bodies over {@code gridsight.max-json-body} with 413 before anything is
 * parsed or stored; bodies without a declared length are counted while they are read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long jsonLimit;

	private final long appendLimit;

	RequestBodyLimitFilter(GridsightProperties properties) {
		this.jsonLimit = properties.maxJsonBody().toBytes();
		this.appendLimit = properties.maxAppendBody().toBytes();
	}

	/** Dataset appends carry rows in bulk and get their own, larger limit. */
	private long limitFor(HttpServletRequest request) {
		return request.getRequestURI().matches("/api/datasets/[^/]+/rows") ? appendLimit : jsonLimit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null) {
			return true;
		}
		String type = contentType.toLowerCase();
		return !(type.contains("json") || type.contains("csv") || type.startsWith("text/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"" + ProblemAdvice.TYPE_BASE
						+ "413\",\"title\":\"Content Too Large\",\"status\":413," + "\"detail\":\""
						+ tooLargeMessage(limit) + "\"}");
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit, tooLargeMessage(limit)), response);
	}

	private static String tooLargeMessage(long limit) {
		return "The request body is larger than the limit of " + limit + " bytes.";
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private final String message;

		LimitedRequest(HttpServletRequest request, long limit, String message) {
			super(request);
			this.limit = limit;
			this.message = message;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			return new CountingStream(super.getInputStream(), limit, message);
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private final String message;

		private long count;

		CountingStream(ServletInputStream delegate, long limit, String message) {
			this.delegate = delegate;
			this.limit = limit;
			this.message = message;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				add(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = delegate.read(buffer, offset, length);
			if (n > 0) {
				add(n);
			}
			return n;
		}

		private void add(long n) throws IOException {
			count += n;
			if (count > limit) {
				throw new RequestBodyTooLarge(message);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

		@Override
		public int available() throws IOException {
			return delegate.available();
		}

	}

}
