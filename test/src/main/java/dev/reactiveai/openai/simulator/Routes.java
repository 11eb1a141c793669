package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.web.util.UriUtils;

/**
 * The simulator's routes: a method and a path template of the spec, such as {@code GET
 * /files/{file_id}}, to a handler. Where templates overlap, the one with more literal
 * segments wins, so {@code /vector_stores/{id}/search} beats
 * {@code /vector_stores/{id}/{other}}.
 */
final class Routes {

	private final List<Route> routes = new ArrayList<>();

	/**
	 * Adds a route.
	 * @param method the HTTP method
	 * @param template the path template below {@code /v1}
	 * @param operationId the spec's {@code operationId}
	 * @param handler what answers
	 */
	void add(String method, String template, String operationId, Function<Call, Mono<SimulatorResponse>> handler) {
		this.routes.add(new Route(method, template.split("/", -1), operationId, handler));
	}

	/**
	 * Whether an operation already has a route.
	 * @param method the HTTP method
	 * @param template the path template
	 * @return whether it has one
	 */
	boolean has(String method, String template) {
		return this.routes.stream()
			.anyMatch((route) -> route.method.equals(method) && String.join("/", route.segments).equals(template));
	}

	/**
	 * The route of a request.
	 * @param method the HTTP method
	 * @param path the path below {@code /v1}
	 * @return the best route and its variables, or {@code null} when none matches
	 */
	@Nullable Match find(String method, String path) {
		String[] segments = path.split("/", -1);
		Match best = null;
		int bestLiterals = -1;
		for (Route route : this.routes) {
			if (!route.method.equals(method) || route.segments.length != segments.length) {
				continue;
			}
			Map<String, String> variables = route.match(segments);
			if (variables != null && route.literals > bestLiterals) {
				best = new Match(route.operationId, route.handler, variables);
				bestLiterals = route.literals;
			}
		}
		return best;
	}

	record Match(String operationId, Function<Call, Mono<SimulatorResponse>> handler, Map<String, String> variables) {

	}

	private static final class Route {

		private final String method;

		private final String[] segments;

		private final String operationId;

		private final Function<Call, Mono<SimulatorResponse>> handler;

		private final int literals;

		Route(String method, String[] segments, String operationId, Function<Call, Mono<SimulatorResponse>> handler) {
			this.method = method;
			this.segments = segments;
			this.operationId = operationId;
			this.handler = handler;
			int count = 0;
			for (String segment : segments) {
				if (!isVariable(segment)) {
					count++;
				}
			}
			this.literals = count;
		}

		@Nullable Map<String, String> match(String[] path) {
			Map<String, String> variables = new LinkedHashMap<>();
			for (int i = 0; i < this.segments.length; i++) {
				String segment = this.segments[i];
				if (isVariable(segment)) {
					if (path[i].isEmpty()) {
						return null;
					}
					variables.put(segment.substring(1, segment.length() - 1),
							UriUtils.decode(path[i], StandardCharsets.UTF_8));
				}
				else if (!segment.equals(path[i])) {
					return null;
				}
			}
			return variables;
		}

		private static boolean isVariable(String segment) {
			return segment.startsWith("{") && segment.endsWith("}");
		}

	}

}
