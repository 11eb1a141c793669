package dev.reactiveai.openai.simulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Which function tool a request asks the model to call: the first function tool offered,
 * or the one {@code tool_choice} names, unless {@code tool_choice} is {@code none}. Chat
 * completions nest a function under {@code function}; responses give it flat.
 */
final class FunctionTools {

	private FunctionTools() {
	}

	/**
	 * The function to call for a chat completion request.
	 * @param request the request
	 * @return the function, with its {@code name} and {@code parameters}, or {@code null}
	 */
	static @Nullable JsonNode forChatCompletion(JsonNode request) {
		JsonNode choice = request.path("tool_choice");
		if ("none".equals(choice.asString(""))) {
			return null;
		}
		String named = choice.path("function").path("name").asString(null);
		for (JsonNode tool : request.path("tools")) {
			if ("function".equals(tool.path("type").asString())
					&& (named == null || named.equals(tool.path("function").path("name").asString()))) {
				return tool.path("function");
			}
		}
		return null;
	}

	/**
	 * The function to call for a response request.
	 * @param request the request
	 * @return the function tool, with its {@code name} and {@code parameters}, or
	 * {@code null}
	 */
	static @Nullable JsonNode forResponse(JsonNode request) {
		JsonNode choice = request.path("tool_choice");
		if ("none".equals(choice.asString(""))) {
			return null;
		}
		String named = "function".equals(choice.path("type").asString(null)) ? choice.path("name").asString(null)
				: null;
		for (JsonNode tool : request.path("tools")) {
			if ("function".equals(tool.path("type").asString())
					&& (named == null || named.equals(tool.path("name").asString()))) {
				return tool;
			}
		}
		return null;
	}

}
