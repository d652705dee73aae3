package io.theneo.emulator.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Rejects query parameters a handler does not declare (UNKNOWN_QUERY_PARAMETER, naming every one of them). The allowed
 * names are the handler's {@link RequestParam}s; a handler that takes all parameters as a map is exempt.
 */
class QueryParameterInterceptor implements HandlerInterceptor {

	private static final Set<String> ALWAYS_ALLOWED = Set.of();

	private final Map<HandlerMethod, Set<String>> allowed = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || request.getQueryString() == null
				|| !method.getBeanType().getPackageName().startsWith("io.theneo.emulator")) {
			return true;
		}
		Set<String> names = this.allowed.computeIfAbsent(method, QueryParameterInterceptor::declared);
		if (names.contains("*")) {
			return true;
		}
		List<String> unknown = new ArrayList<>();
		for (String name : queryNames(request.getQueryString())) {
			if (!names.contains(name) && !ALWAYS_ALLOWED.contains(name)) {
				unknown.add(name);
			}
		}
		if (!unknown.isEmpty()) {
			Violations v = new Violations();
			for (String name : unknown) {
				v.add(ErrorCode.UNKNOWN_QUERY_PARAMETER,
						"Unknown query parameter `" + ErrorResponses.truncate(name) + "`; the parameters "
								+ String.join(", ", unknown.stream().map(ErrorResponses::truncate).toList())
								+ " are not valid for this request.",
						ErrorResponses.truncate(name));
			}
			v.throwIfAny();
		}
		return true;
	}

	private static Set<String> declared(HandlerMethod method) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter p : method.getMethodParameters()) {
			RequestParam rp = p.getParameterAnnotation(RequestParam.class);
			if (rp == null) {
				continue;
			}
			if (Map.class.isAssignableFrom(p.getParameterType())) {
				names.add("*");
			}
			String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
			names.add(name);
		}
		return names;
	}

	private static Set<String> queryNames(String query) {
		Set<String> names = new LinkedHashSet<>();
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String raw = eq >= 0 ? pair.substring(0, eq) : pair;
			try {
				names.add(java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				names.add(raw);
			}
		}
		return names;
	}

}
