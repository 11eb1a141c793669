package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a response answered, and everything its JSON shows: the request's settings echoed,
 * its output items and usage.
 *
 * @param id the response's id
 * @param createdAt when it was created, in seconds since the epoch
 * @param request the request
 * @param input the request's input with the items before it
 * @param output the output items
 * @param usage the usage counts
 */
record GeneratedResponse(String id, long createdAt, JsonNode request, Input input,
		List<Map<String, @Nullable Object>> output, Map<String, @Nullable Object> usage) {

	/**
	 * The response in the API's shape.
	 * @param status its status; only a {@code completed} response shows its output and
	 * usage
	 * @param completedAt when it completed, {@code null} for when it was created
	 * @return the JSON object
	 */
	Map<String, @Nullable Object> json(String status, @Nullable Long completedAt) {
		boolean done = "completed".equals(status);
		JsonNode text = this.request.path("text");
		return JsonObjects.object("id", this.id, "object", "response", "created_at", this.createdAt, "status", status,
				"background", this.request.path("background").asBoolean(false), "completed_at",
				done ? ((completedAt != null) ? completedAt : this.createdAt) : null, "conversation",
				(this.input.conversationId() != null) ? JsonObjects.object("id", this.input.conversationId()) : null,
				"error", null, "incomplete_details", null, "instructions", this.input.instructions(),
				"max_output_tokens", valueOrNull(this.request.path("max_output_tokens")), "max_tool_calls",
				valueOrNull(this.request.path("max_tool_calls")), "model", this.request.path("model").asString(),
				"output", done ? this.output : List.of(), "parallel_tool_calls",
				this.request.path("parallel_tool_calls").asBoolean(true), "previous_response_id",
				this.input.previousResponseId(), "prompt_cache_key", valueOrNull(this.request.path("prompt_cache_key")),
				"reasoning", valueOrNull(this.request.path("reasoning")), "safety_identifier",
				valueOrNull(this.request.path("safety_identifier")), "service_tier", "default", "store",
				this.request.path("store").asBoolean(true), "temperature",
				this.request.path("temperature").asDouble(1.0), "text",
				JsonObjects.object("format",
						text.path("format").isObject() ? text.path("format") : JsonObjects.object("type", "text"),
						"verbosity", text.path("verbosity").asString("medium")),
				"tool_choice", this.request.has("tool_choice") ? this.request.path("tool_choice") : "auto", "tools",
				this.request.path("tools").isArray() ? this.request.path("tools") : List.of(), "top_logprobs",
				this.request.path("top_logprobs").asInt(0), "top_p", this.request.path("top_p").asDouble(1.0),
				"truncation", this.request.path("truncation").asString("disabled"), "usage", done ? this.usage : null,
				"user", valueOrNull(this.request.path("user")), "metadata",
				this.request.path("metadata").isObject() ? this.request.path("metadata") : Map.of());
	}

	private static @Nullable Object valueOrNull(JsonNode node) {
		return (node.isMissingNode() || node.isNull()) ? null : node;
	}

	/**
	 * The input of a response.
	 *
	 * @param history the items before this request's, oldest first
	 * @param items this request's items
	 * @param instructions the instructions, not carried over from a previous response
	 * @param previousResponseId the previous response's id, or {@code null}
	 * @param conversationId the conversation's id, or {@code null}
	 */
	record Input(List<JsonNode> history, List<JsonNode> items, @Nullable String instructions,
			@Nullable String previousResponseId, @Nullable String conversationId) {

		List<JsonNode> all() {
			List<JsonNode> all = new ArrayList<>(this.history);
			all.addAll(this.items);
			return all;
		}

		/**
		 * The items {@code input_items} lists: a chain's items with those of the previous
		 * responses, a conversation's response only its own.
		 */
		List<JsonNode> chain() {
			return (this.previousResponseId != null) ? all() : this.items;
		}

	}

}
