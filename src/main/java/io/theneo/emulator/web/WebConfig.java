package io.theneo.emulator.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

	/** RFC 3339 in UTC with exactly three fraction digits, as the documents print timestamps. */
	static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new QueryParameterInterceptor()).order(1);
	}

	/**
	 * No YAML. swagger-core brings Jackson 2's YAML module for the OpenAPI document, and Spring registers a YAML
	 * converter whenever it is present: a body sent as {@code application/yaml} then met a Jackson 2 reader that
	 * cannot build our Jackson 3 types (a 500), and {@code Accept: application/yaml} got camelCase YAML with epoch
	 * timestamps. Without it such requests are 415 and 406 in the envelope, like any other media type but JSON.
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList((converters) -> converters.removeIf((converter) -> converter
			.getSupportedMediaTypes()
			.stream()
			.anyMatch((type) -> type.getSubtype().contains("yaml"))));
	}

	/** Errors Tomcat answers itself (before any servlet) use the envelope too. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
			}
		});
	}

	@Bean
	JsonMapperBuilderCustomizer timestampFormat() {
		SimpleModule module = new SimpleModule("timestamps");
		module.addSerializer(Instant.class, new ValueSerializer<Instant>() {
			@Override
			public void serialize(Instant value, JsonGenerator gen, SerializationContext ctxt) {
				gen.writeString(TIMESTAMP.format(value));
			}
		});
		return (builder) -> builder.addModule(module).propertyNamingStrategy(new SquareNaming());
	}

	/**
	 * snake_case as Square writes it: {@code addressLine1} is {@code address_line_1}, {@code last4} is {@code last_4}
	 * (Jackson's SNAKE_CASE would write {@code address_line1}).
	 */
	public static final class SquareNaming extends PropertyNamingStrategies.NamingBase {

		@Override
		public String translate(String name) {
			return snake(name);
		}

		/** Shared with the OpenAPI schema generator, which runs on Jackson 2. */
		public static String snake(String name) {
			StringBuilder sb = new StringBuilder(name.length() + 8);
			for (int i = 0; i < name.length(); i++) {
				char c = name.charAt(i);
				char prev = (i > 0) ? name.charAt(i - 1) : 0;
				if (Character.isUpperCase(c)) {
					if (i > 0 && prev != '_') {
						sb.append('_');
					}
					sb.append(Character.toLowerCase(c));
				}
				else if (Character.isDigit(c) && i > 0 && !Character.isDigit(prev) && prev != '_') {
					sb.append('_').append(c);
				}
				else {
					sb.append(c);
				}
			}
			return sb.toString();
		}

	}

}
