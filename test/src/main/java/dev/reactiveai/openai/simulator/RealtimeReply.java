package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the simulated realtime model answers a response with, by the same rules as chat
 * completions and responses (see {@link Replies}): a scripted answer if one is queued;
 * after a function's output, text that quotes it; with tools offered (and
 * {@code tool_choice} not {@code none}), a call of the function chosen, or mentioned by
 * the prompt, or else the first; otherwise text.
 *
 * @param text the text (or transcript) to answer, or {@code null} for a call
 * @param function the function to call, or {@code null} for text
 * @param arguments the call's arguments, JSON
 * @param inputTokens an estimate of the tokens of the context
 */
record RealtimeReply(@Nullable String text, @Nullable String function, @Nullable String arguments, long inputTokens) {

	static RealtimeReply of(List<JsonNode> context, JsonNode tools, JsonNode choice, Script script) {
		StringBuilder all = new StringBuilder();
		String prompt = "";
		JsonNode last = null;
		for (JsonNode item : context) {
			String text = text(item);
			all.append(text).append(' ');
			if ("message".equals(item.path("type").asString("")) && "user".equals(item.path("role").asString(""))) {
				prompt = text;
			}
			last = item;
		}
		long inputTokens = AnswerText.countTokens(all.toString().strip());
		List<Tools.Function> functions = functions(tools);
		Script.Reply scripted = script.takeReply();
		if (scripted != null) {
			if (scripted.text() != null) {
				return new RealtimeReply(scripted.text(), null, null, inputTokens);
			}
			String name = (scripted.toolName() != null) ? scripted.toolName() : "tool";
			return new RealtimeReply(null, name, (scripted.arguments() != null) ? scripted.arguments() : "{}",
					inputTokens);
		}
		if (last != null && "function_call_output".equals(last.path("type").asString(""))) {
			return new RealtimeReply(
					"The tool answered: " + last.path("output").asString("") + ". " + AnswerText.answer(prompt), null,
					null, inputTokens);
		}
		boolean userSpokeLast = last != null && "user".equals(last.path("role").asString(""));
		String mode = choice.isString() ? choice.asString() : choice.path("type").asString("auto");
		if (functions.isEmpty() || "none".equals(mode) || !userSpokeLast) {
			return new RealtimeReply(AnswerText.answer(prompt), null, null, inputTokens);
		}
		Tools.Function function = null;
		if ("function".equals(mode)) {
			String named = choice.path("name").asString("");
			function = functions.stream()
				.filter((candidate) -> candidate.name().equals(named))
				.findFirst()
				.orElseThrow(() -> SimulatorException.invalidRequest(
						"Tool choice 'function' named '" + named + "', which is not among the tools offered.",
						"tool_choice.name"));
		}
		if (function == null) {
			List<Tools.Function> mentioned = Replies.mentioned(functions, prompt);
			function = mentioned.isEmpty() ? functions.get(0) : mentioned.get(0);
		}
		return new RealtimeReply(null, function.name(),
				SchemaValues.arguments(function.parameters(), prompt, function.param()), inputTokens);
	}

	private static List<Tools.Function> functions(JsonNode tools) {
		List<Tools.Function> functions = new ArrayList<>();
		for (int i = 0; i < tools.size(); i++) {
			JsonNode tool = tools.get(i);
			if ("function".equals(tool.path("type").asString("function")) && tool.path("name").isString()) {
				functions.add(new Tools.Function(tool.path("name").asString(), tool.path("parameters"),
						"tools[" + i + "].parameters"));
			}
		}
		return functions;
	}

	/** The text of an item: its texts and transcripts, or a function's output. */
	static String text(JsonNode item) {
		if ("function_call_output".equals(item.path("type").asString(""))) {
			return item.path("output").asString("");
		}
		StringBuilder text = new StringBuilder();
		for (JsonNode part : item.path("content")) {
			String value = part.path("text").isString() ? part.path("text").asString()
					: part.path("transcript").asString("");
			if (!value.isEmpty()) {
				text.append((text.length() > 0) ? " " : "").append(value);
			}
		}
		return text.toString();
	}

}
