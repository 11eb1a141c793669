package dev.reactiveai.openai.simulator;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A request on its way to a handler: the recorded request, with the variables of the
 * route's path.
 *
 * @param request the request
 * @param variables the path variables by name, such as {@code file_id}
 */
record Call(RecordedRequest request, Map<String, String> variables) {

	String variable(String name) {
		String value = this.variables.get(name);
		if (value == null) {
			throw new IllegalStateException("No path variable '" + name + "' in " + this.request);
		}
		return value;
	}

	JsonNode json() {
		return this.request.json();
	}

	@Nullable String query(String name) {
		return this.request.queryParameter(name);
	}

	/**
	 * The {@code limit} query parameter, within bounds.
	 * @param defaultLimit the limit when none or no number is given
	 * @param maxLimit the largest limit
	 * @return the limit, from 1 to {@code maxLimit}
	 */
	int limit(int defaultLimit, int maxLimit) {
		String limit = query("limit");
		try {
			return (limit != null) ? Math.max(1, Math.min(maxLimit, Integer.parseInt(limit))) : defaultLimit;
		}
		catch (NumberFormatException ex) {
			return defaultLimit;
		}
	}

}
