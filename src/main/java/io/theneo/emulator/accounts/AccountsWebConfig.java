package io.theneo.emulator.accounts;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;

/** Hands controllers the caller's {@link Tenant} and enforces {@link RequiresScopes} before a handler runs. */
@Configuration(proxyBeanMethods = false)
class AccountsWebConfig implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == Tenant.class;
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
					NativeWebRequest request, WebDataBinderFactory binderFactory) {
				return Tenant.current()
					.orElseThrow(() -> new ApiException(ErrorCode.UNAUTHORIZED, "A valid bearer token is required."));
			}
		});
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (handler instanceof HandlerMethod method) {
					RequiresScopes required = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
							RequiresScopes.class);
					if (required == null) {
						required = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresScopes.class);
					}
					if (required != null) {
						checkScopes(required.value());
					}
				}
				return true;
			}
		}).order(0);
	}

	private static void checkScopes(String[] required) {
		Tenant tenant = Tenant.current()
			.orElseThrow(() -> new ApiException(ErrorCode.UNAUTHORIZED, "A valid bearer token is required."));
		List<String> missing = Arrays.stream(required).filter((s) -> !tenant.scopes().contains(s)).toList();
		if (!missing.isEmpty()) {
			throw new ApiException(ErrorCode.INSUFFICIENT_SCOPES,
					"The access token lacks the scopes this endpoint requires: " + String.join(", ", missing) + ".");
		}
	}

}
