package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The items of responses and conversations: input as the API accepts it (a string, easy
 * messages, typed items, item references) turned into the resources it lists (every item
 * with an {@code id} and a {@code status}, message content as typed parts), and the text
 * a model would read from them.
 */
final class ResponseItems {

	private ResponseItems() {
	}

	/**
	 * The items of a request's {@code input}.
	 * @param input a string (one user message) or an array of items
	 * @param param the request's parameter, for errors, such as {@code input}
	 * @param ids the identifiers of new items
	 * @param references finds the item an {@code item_reference} names, {@code null} when
	 * none has its id
	 * @return the items as resources
	 * @throws InvalidItemException when an item is not one the API accepts
	 */
	static List<JsonNode> fromInput(JsonNode input, String param, Ids ids,
			Function<String, @Nullable JsonNode> references) {
		if (input.isString()) {
			return List.of(message(ids.next("msg_"), "user", input.asString()));
		}
		if (!input.isArray()) {
			throw new InvalidItemException("Invalid type for '" + param + "': expected a string or an array of items.",
					param);
		}
		List<JsonNode> items = new ArrayList<>();
		int index = 0;
		for (JsonNode item : input) {
			items.add(item(item, param + "[" + index++ + "]", ids, references));
		}
		return items;
	}

	/**
	 * A message resource with one text part.
	 * @param id the item's id
	 * @param role the role, such as {@code user}
	 * @param text the text
	 * @return the message
	 */
	static JsonNode message(String id, String role, String text) {
		return tree(JsonObjects.object("id", id, "type", "message", "status", "completed", "role", role, "content",
				List.of(textPart(role, text))));
	}

	/**
	 * An assistant's output message, as a response's output and a conversation's item.
	 * @param id the item's id
	 * @param text the text
	 * @param status the item's status
	 * @return the message
	 */
	static Map<String, @Nullable Object> outputMessage(String id, @Nullable String text, String status) {
		return outputMessage(id, text, List.of(), status);
	}

	/**
	 * An assistant's output message whose text has annotations, such as file citations.
	 * @param id the item's id
	 * @param text the text, {@code null} for a message without content yet
	 * @param annotations the annotations of the text
	 * @param status the item's status
	 * @return the message
	 */
	static Map<String, @Nullable Object> outputMessage(String id, @Nullable String text, List<?> annotations,
			String status) {
		return JsonObjects.object("id", id, "type", "message", "status", status, "role", "assistant", "content",
				(text != null) ? List.of(outputText(text, annotations)) : List.of());
	}

	/**
	 * An {@code output_text} content part.
	 * @param text the text
	 * @return the part
	 */
	static Map<String, @Nullable Object> outputText(String text) {
		return outputText(text, List.of());
	}

	/**
	 * An {@code output_text} content part with annotations.
	 * @param text the text
	 * @param annotations the annotations
	 * @return the part
	 */
	static Map<String, @Nullable Object> outputText(String text, List<?> annotations) {
		return JsonObjects.object("type", "output_text", "annotations", annotations, "logprobs", List.of(), "text",
				text);
	}

	/**
	 * A file search call item.
	 * @param id the item's id
	 * @param queries the queries searched
	 * @param results the results, or {@code null} when the request did not include them
	 * @param status the item's status
	 * @return the item
	 */
	static Map<String, @Nullable Object> fileSearchCall(String id, List<String> queries, @Nullable List<?> results,
			String status) {
		return JsonObjects.object("id", id, "type", "file_search_call", "status", status, "queries", queries, "results",
				results);
	}

	/**
	 * A function call item.
	 * @param id the item's id
	 * @param callId the call's id, which the tool's output names
	 * @param name the function's name
	 * @param arguments the arguments, a JSON object as text
	 * @param status the item's status
	 * @return the item
	 */
	static Map<String, @Nullable Object> functionCall(String id, String callId, String name, String arguments,
			String status) {
		return JsonObjects.object("id", id, "type", "function_call", "status", status, "arguments", arguments,
				"call_id", callId, "name", name);
	}

	/**
	 * The text a model reads from an item: a message's text, a tool's output, a call's
	 * name and arguments.
	 * @param item the item
	 * @return the text, empty for none
	 */
	static String text(JsonNode item) {
		return switch (item.path("type").asString("")) {
			case "message" -> ChatCompletionsHandler.text(item.path("content"));
			case "function_call_output", "custom_tool_call_output" -> outputText(item.path("output"));
			case "function_call" -> item.path("name").asString("") + item.path("arguments").asString("");
			default -> "";
		};
	}

	/**
	 * The text of a tool's output: a string, or the text of its parts.
	 * @param output the output
	 * @return the text
	 */
	static String outputText(JsonNode output) {
		return ChatCompletionsHandler.text(output);
	}

	/**
	 * The text of the newest user message, else of the newest item.
	 * @param items the items, oldest first
	 * @return the text, empty when there are no items
	 */
	static String lastUserText(List<JsonNode> items) {
		for (int i = items.size() - 1; i >= 0; i--) {
			JsonNode item = items.get(i);
			if ("message".equals(item.path("type").asString()) && "user".equals(item.path("role").asString())) {
				return text(item);
			}
		}
		return items.isEmpty() ? "" : text(items.get(items.size() - 1));
	}

	/**
	 * The text of all the items, one line each.
	 * @param items the items
	 * @return the text
	 */
	static String allText(List<JsonNode> items) {
		StringBuilder text = new StringBuilder();
		items.forEach((item) -> text.append(text(item)).append('\n'));
		return text.toString();
	}

	static JsonNode tree(Object value) {
		return OpenAiJson.mapper().valueToTree(value);
	}

	private static JsonNode item(JsonNode item, String param, Ids ids,
			Function<String, @Nullable JsonNode> references) {
		if (!item.isObject()) {
			throw new InvalidItemException("Invalid type for '" + param + "': expected an object.", param);
		}
		String type = item.path("type").asString(item.has("role") ? "message" : "");
		return switch (type) {
			case "message" -> inputMessage(item, param, ids);
			case "item_reference" -> reference(item, param, references);
			case "function_call_output" -> {
				require(item, "call_id", param);
				require(item, "output", param);
				yield tree(JsonObjects.object("id", id(item, "fco_", ids), "type", type, "status", "completed",
						"call_id", item.path("call_id").asString(), "output", item.path("output")));
			}
			case "function_call" -> {
				require(item, "call_id", param);
				require(item, "name", param);
				yield tree(functionCall(id(item, "fc_", ids), item.path("call_id").asString(),
						item.path("name").asString(), item.path("arguments").asString("{}"), "completed"));
			}
			case "" ->
				throw new InvalidItemException("Missing required parameter: '" + param + ".type'.", param + ".type");
			default -> {
				Map<String, @Nullable Object> copy = new LinkedHashMap<>();
				copy.put("id", id(item, "item_", ids));
				item.properties().forEach((entry) -> copy.put(entry.getKey(), entry.getValue()));
				copy.putIfAbsent("status", "completed");
				yield tree(copy);
			}
		};
	}

	private static JsonNode inputMessage(JsonNode item, String param, Ids ids) {
		String role = item.path("role").asString("");
		if (!List.of("user", "assistant", "system", "developer").contains(role)) {
			throw new InvalidItemException("Invalid value for '" + param + ".role': expected one of 'user', "
					+ "'assistant', 'system' or 'developer'.", param + ".role");
		}
		JsonNode content = item.path("content");
		List<Object> parts = new ArrayList<>();
		if (content.isString()) {
			parts.add(textPart(role, content.asString()));
		}
		else if (content.isArray()) {
			for (JsonNode part : content) {
				if ("output_text".equals(part.path("type").asString())) {
					parts.add(outputText(part.path("text").asString("")));
				}
				else {
					parts.add(part);
				}
			}
		}
		else {
			throw new InvalidItemException("Missing required parameter: '" + param + ".content'.", param + ".content");
		}
		return tree(JsonObjects.object("id", id(item, "msg_", ids), "type", "message", "status", "completed", "role",
				role, "content", parts));
	}

	private static JsonNode reference(JsonNode item, String param, Function<String, @Nullable JsonNode> references) {
		String id = item.path("id").asString("");
		JsonNode referenced = references.apply(id);
		if (referenced == null) {
			throw new InvalidItemException("Item with id '" + id + "' not found.", param + ".id");
		}
		return referenced;
	}

	private static Map<String, @Nullable Object> textPart(String role, String text) {
		return "assistant".equals(role) ? outputText(text) : JsonObjects.object("type", "input_text", "text", text);
	}

	private static String id(JsonNode item, String prefix, Ids ids) {
		String id = item.path("id").asString(null);
		return (id != null && !id.isBlank()) ? id : ids.next(prefix);
	}

	private static void require(JsonNode item, String name, String param) {
		if (item.path(name).isMissingNode() || item.path(name).isNull()) {
			throw new InvalidItemException("Missing required parameter: '" + param + "." + name + "'.",
					param + "." + name);
		}
	}

	/**
	 * An item the API would refuse with a 400.
	 */
	static final class InvalidItemException extends SimulatorException {

		private static final long serialVersionUID = 1L;

		InvalidItemException(String message, String param) {
			super(SimulatorResponse.invalidRequest(message, param));
		}

	}

}
