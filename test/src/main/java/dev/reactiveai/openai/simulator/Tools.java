package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The tools a request offers and what its {@code tool_choice} says of them, read from
 * either API: chat completions nest a function under {@code function} and name a chosen
 * one as {@code {"type": "function", "function": {"name": ...}}}; responses give both
 * flat, and offer the {@code file_search} tool beside functions.
 *
 * @param functions the function tools, in the request's order
 * @param choice what {@code tool_choice} asks
 * @param fileSearch the {@code file_search} tool, if offered
 * @param parallelCalls whether the model may call several functions in one turn
 * ({@code parallel_tool_calls}, true unless the request turns it off)
 */
record Tools(List<Function> functions, Choice choice, @Nullable JsonNode fileSearch, boolean parallelCalls) {

	/**
	 * The tools of a chat completion request.
	 * @param request the request
	 * @return the tools
	 * @throws SimulatorException answering 400 when {@code tool_choice} asks for a tool
	 * the request does not offer
	 */
	static Tools ofChatCompletion(JsonNode request) {
		List<Function> functions = new ArrayList<>();
		int index = 0;
		for (JsonNode tool : request.path("tools")) {
			if ("function".equals(tool.path("type").asString())) {
				JsonNode function = tool.path("function");
				functions.add(new Function(function.path("name").asString(""), function.path("parameters"),
						"tools[" + index + "].function.parameters"));
			}
			index++;
		}
		JsonNode choice = request.path("tool_choice");
		String named = "function".equals(choice.path("type").asString(null))
				? choice.path("function").path("name").asString(null) : null;
		return checked(new Tools(functions, choice(choice, named), null, parallelCalls(request)));
	}

	/**
	 * The tools of a response request.
	 * @param request the request
	 * @return the tools
	 * @throws SimulatorException answering 400 when {@code tool_choice} asks for a tool
	 * the request does not offer
	 */
	static Tools ofResponse(JsonNode request) {
		List<Function> functions = new ArrayList<>();
		JsonNode fileSearch = null;
		int index = 0;
		for (JsonNode tool : request.path("tools")) {
			String type = tool.path("type").asString("");
			if ("function".equals(type)) {
				functions.add(new Function(tool.path("name").asString(""), tool.path("parameters"),
						"tools[" + index + "].parameters"));
			}
			else if ("file_search".equals(type) && fileSearch == null) {
				fileSearch = tool;
			}
			index++;
		}
		JsonNode choice = request.path("tool_choice");
		String type = choice.path("type").asString("");
		String named = "function".equals(type) ? choice.path("name").asString(null) : null;
		Choice chosen = "file_search".equals(type) ? new Choice(Mode.FILE_SEARCH, null) : choice(choice, named);
		return checked(new Tools(functions, chosen, fileSearch, parallelCalls(request)));
	}

	/**
	 * The function tool of a name.
	 * @param name the name
	 * @return the function, or {@code null} when the request offers none of that name
	 */
	@Nullable Function function(@Nullable String name) {
		for (Function function : this.functions) {
			if (function.name().equals(name)) {
				return function;
			}
		}
		return null;
	}

	/**
	 * Whether the request offers any tool the simulator can call.
	 * @return whether it does
	 */
	boolean any() {
		return !this.functions.isEmpty() || this.fileSearch != null;
	}

	private static boolean parallelCalls(JsonNode request) {
		return request.path("parallel_tool_calls").asBoolean(true);
	}

	private static Choice choice(JsonNode choice, @Nullable String named) {
		if (named != null) {
			return new Choice(Mode.FUNCTION, named);
		}
		// A string, or allowed_tools with its mode; any other type lets the model choose.
		String mode = choice.isString() ? choice.asString() : choice.path("mode").asString("auto");
		return switch (mode) {
			case "none" -> new Choice(Mode.NONE, null);
			case "required" -> new Choice(Mode.REQUIRED, null);
			default -> new Choice(Mode.AUTO, null);
		};
	}

	private static Tools checked(Tools tools) {
		Choice choice = tools.choice();
		if (choice.mode() == Mode.FUNCTION && tools.function(choice.function()) == null) {
			throw SimulatorException.invalidRequest("Invalid value for 'tool_choice': no function named '"
					+ choice.function() + "' is among the request's 'tools'.", "tool_choice");
		}
		if (choice.mode() == Mode.FILE_SEARCH && tools.fileSearch() == null) {
			throw SimulatorException.invalidRequest(
					"Invalid value for 'tool_choice': 'file_search' is chosen, but the request's 'tools' have no "
							+ "file_search tool.",
					"tool_choice");
		}
		if (choice.mode() == Mode.REQUIRED && !tools.any()) {
			throw SimulatorException.invalidRequest(
					"Invalid value for 'tool_choice': 'required' needs a function or file_search tool in 'tools'.",
					"tool_choice");
		}
		return tools;
	}

	/**
	 * A function tool.
	 *
	 * @param name its name
	 * @param parameters the JSON schema of its arguments (a missing node for none)
	 * @param param where the request gives that schema, for errors
	 */
	record Function(String name, JsonNode parameters, String param) {

	}

	/** What {@code tool_choice} asks. */
	enum Mode {

		/** Answer without a tool. */
		NONE,

		/** Call a tool when the model sees fit: the default. */
		AUTO,

		/** Call some tool. */
		REQUIRED,

		/** Call the function {@link Choice#function()} names. */
		FUNCTION,

		/** Search the files. */
		FILE_SEARCH

	}

	/**
	 * What {@code tool_choice} asks.
	 *
	 * @param mode what it asks
	 * @param function the function it names, for {@link Mode#FUNCTION}
	 */
	record Choice(Mode mode, @Nullable String function) {

	}

}
