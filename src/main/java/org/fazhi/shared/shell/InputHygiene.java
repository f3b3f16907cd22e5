package org.fazhi.shared.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.fazhi.shared.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one place where text from outside is made {@link PlainText}: every request parameter (forms, query strings,
 * sign-in), the file names and headers of multipart parts, and every string of a JSON body. Modules therefore never
 * see NUL, bidi overrides or zero-width characters, and PostgreSQL never refuses a value for containing NUL.
 */
@Configuration(proxyBeanMethods = false)
class InputHygiene {

	@Bean
	Filter inputHygieneFilter() {
		return new Filter();
	}

	/** Registered with the JSON mapper Spring MVC uses for request bodies. */
	@Bean
	JacksonModule plainTextStrings() {
		return new SimpleModule("plain-text").addDeserializer(String.class, new PlainStrings());
	}

	static final class PlainStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			return PlainText.clean(super.deserialize(p, ctxt));
		}
	}

	/** Runs before Spring Security, so the sign-in form's parameters are cleaned too. */
	static final class Filter extends OncePerRequestFilter implements Ordered {

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE + 5;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentType() != null
					&& request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
				try {
					// parsed here, not inside Spring Security or a controller, where Tomcat's refusal of a file
					// name with NUL escapes every handler as a 500
					request.getParts();
				}
				catch (InvalidFileNameException e) {
					response.sendError(HttpServletResponse.SC_BAD_REQUEST);
					return;
				}
				catch (IllegalStateException | IOException | ServletException e) {
					// too large or not multipart after all: left to the usual handling further on
				}
			}
			chain.doFilter(new Cleaned(request), response);
		}
	}

	static final class Cleaned extends HttpServletRequestWrapper {

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			return PlainText.clean(super.getParameter(name));
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return clean(super.getParameterValues(name));
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> map = new LinkedHashMap<>();
			super.getParameterMap().forEach((k, v) -> map.put(PlainText.clean(k), clean(v)));
			return map;
		}

		@Override
		public Collection<Part> getParts() throws IOException, ServletException {
			List<Part> parts = new ArrayList<>();
			for (Part part : super.getParts()) {
				parts.add(new CleanPart(part));
			}
			return parts;
		}

		@Override
		public @Nullable Part getPart(String name) throws IOException, ServletException {
			Part part = super.getPart(name);
			return part == null ? null : new CleanPart(part);
		}

		private static String @Nullable [] clean(String @Nullable [] values) {
			if (values == null) {
				return null;
			}
			String[] out = new String[values.length];
			for (int i = 0; i < values.length; i++) {
				out[i] = PlainText.clean(values[i]);
			}
			return out;
		}
	}

	/** Spring reads the file name from the Content-Disposition header, so both are cleaned. */
	record CleanPart(Part part) implements Part {

		@Override
		public java.io.InputStream getInputStream() throws IOException {
			return part.getInputStream();
		}

		@Override
		public @Nullable String getContentType() {
			return PlainText.clean(part.getContentType());
		}

		@Override
		public String getName() {
			return PlainText.clean(part.getName());
		}

		@Override
		public @Nullable String getSubmittedFileName() {
			return PlainText.clean(part.getSubmittedFileName());
		}

		@Override
		public long getSize() {
			return part.getSize();
		}

		@Override
		public void write(String fileName) throws IOException {
			part.write(fileName);
		}

		@Override
		public void delete() throws IOException {
			part.delete();
		}

		@Override
		public @Nullable String getHeader(String name) {
			return PlainText.clean(part.getHeader(name));
		}

		@Override
		public Collection<String> getHeaders(String name) {
			return part.getHeaders(name).stream().map(PlainText::clean).toList();
		}

		@Override
		public Collection<String> getHeaderNames() {
			return part.getHeaderNames();
		}
	}
}
