package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.reactiveai.openai.simulator.spec.OpenApiSpec;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

/**
 * The simulator's routes: an operation of the API, named by its {@code operationId}, to
 * the handler that answers it. The method and path template come from the API
 * description, so a handler declares only the id; an id the description does not have
 * fails at start-up. Where templates overlap, the one with more literal segments wins, so
 * {@code /vector_stores/{id}/search} beats {@code /vector_stores/{id}/{other}}.
 */
final class Routes {

	private final Map<String, OpenApiSpec.Operation> operations = new LinkedHashMap<>();

	private final List<Route> routes = new ArrayList<>();

	/**
	 * Routes of the operations of an API description.
	 * @param spec the description whose operations the routes answer
	 */
	Routes(OpenApiSpec spec) {
		for (OpenApiSpec.Operation operation : spec.operations()) {
			if (operation.operationId() != null) {
				this.operations.put(operation.operationId(), operation);
			}
		}
	}

	/**
	 * Adds the route of an operation of the API.
	 * @param operationId the description's {@code operationId}, such as
	 * {@code createChatCompletion}
	 * @param handler what answers
	 * @throws IllegalStateException when the description has no such operation, or it has
	 * a route already
	 */
	void add(String operationId, Function<Call, SimulatorResponse> handler) {
		OpenApiSpec.Operation operation = this.operations.get(operationId);
		if (operation == null) {
			throw new IllegalStateException("No operation '" + operationId + "' in the API description "
					+ OpenApiSpec.RESOURCE + suggestion(operationId)
					+ "; a route names an operation by its operationId, exactly as the description spells it.");
		}
		if (has(operationId)) {
			throw new IllegalStateException("The operation '" + operationId + "' has a route already.");
		}
		this.routes.add(new Route(operation.method(), operation.path(), operationId, handler));
	}

	/**
	 * Adds a route of the simulator's own, which is no operation of the API (such as the
	 * images that DALL·E answers link to).
	 * @param method the HTTP method
	 * @param template the path template below {@code /v1}
	 * @param name the name recorded requests carry as their operation id
	 * @param handler what answers
	 */
	void addOwn(String method, String template, String name, Function<Call, SimulatorResponse> handler) {
		if (this.operations.containsKey(name)) {
			throw new IllegalStateException("'" + name + "' is an operation of the API: add its route by its id.");
		}
		this.routes.add(new Route(method, template, name, handler));
	}

	/**
	 * The operations of the API that have a route, in the order they were added.
	 * @return their ids, without the routes of the simulator's own
	 */
	Set<String> operationIds() {
		Set<String> ids = new LinkedHashSet<>();
		for (Route route : this.routes) {
			if (this.operations.containsKey(route.operationId)) {
				ids.add(route.operationId);
			}
		}
		return ids;
	}

	/**
	 * Whether an operation already has a route.
	 * @param operationId the operation's id
	 * @return whether it has one
	 */
	boolean has(String operationId) {
		return this.routes.stream().anyMatch((route) -> route.operationId.equals(operationId));
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

	/** The closest operation ids, for the error that names an unknown one. */
	private String suggestion(String operationId) {
		String closest = null;
		int best = Integer.MAX_VALUE;
		for (String candidate : this.operations.keySet()) {
			int distance = distance(operationId.toLowerCase(), candidate.toLowerCase());
			if (distance < best) {
				best = distance;
				closest = candidate;
			}
		}
		return (closest != null && best <= Math.max(2, operationId.length() / 4)) ? " (did you mean '" + closest + "'?)"
				: "";
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	record Match(String operationId, Function<Call, SimulatorResponse> handler, Map<String, String> variables) {

	}

	private static final class Route {

		private final String method;

		private final String[] segments;

		private final String operationId;

		private final Function<Call, SimulatorResponse> handler;

		private final int literals;

		Route(String method, String template, String operationId, Function<Call, SimulatorResponse> handler) {
			this.method = method;
			this.segments = template.split("/", -1);
			this.operationId = operationId;
			this.handler = handler;
			int count = 0;
			for (String segment : this.segments) {
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
