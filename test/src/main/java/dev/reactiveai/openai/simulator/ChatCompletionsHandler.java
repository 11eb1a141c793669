package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * Chat completions: the {@link Replies reply} to the messages (text derived from the last
 * user message, JSON for {@code response_format} {@code json_object} or
 * {@code json_schema}, a call of a function tool, or text that quotes a tool's result),
 * streamed one token per chunk; usage counts; and, with {@code store: true}, completions
 * kept for listing, retrieval, update and deletion.
 */
final class ChatCompletionsHandler implements ResourceHandler {

	private final Simulation simulation;

	private final Replies replies;

	private final ResourceStore<Stored> stored = new ResourceStore<>(Stored::id,
			Comparator.comparingLong(Stored::created).thenComparing(Stored::id),
			(id) -> SimulatorResponse.notFound("chat completion", id));

	ChatCompletionsHandler(Simulation simulation) {
		this.simulation = simulation;
		this.replies = new Replies(simulation);
	}

	@Override
	public void register(Routes routes) {
		routes.add("createChatCompletion", this::create);
		routes.add("listChatCompletions", this::list);
		routes.add("getChatCompletion", this::retrieve);
		routes.add("updateChatCompletion", this::update);
		routes.add("deleteChatCompletion", this::delete);
		routes.add("getChatCompletionMessages", this::messages);
	}

	@Override
	public void reset() {
		this.stored.clear();
	}

	private SimulatorResponse create(Call call) {
		JsonNode request = call.json();
		if (!request.path("model").isString() || request.path("model").asString().isBlank()) {
			return SimulatorResponse.invalidRequest("you must provide a model parameter", "model");
		}
		JsonNode messages = request.path("messages");
		if (!messages.isArray() || messages.isEmpty()) {
			return SimulatorResponse.invalidRequest("[] is too short - 'messages'", "messages");
		}
		String model = request.path("model").asString();
		Reply reply = this.replies.reply(turn(request));
		String id = this.simulation.ids().next("chatcmpl-");
		long created = this.simulation.now();
		List<String> callIds = new ArrayList<>();
		if (reply instanceof Reply.ToolCalls calls) {
			calls.calls().forEach((ignored) -> callIds.add(this.simulation.ids().next("call_")));
		}
		Map<String, Object> usage = usage(AnswerText.countTokens(allText(messages)),
				AnswerText.countTokens(reply.written()));
		Map<String, @Nullable Object> completion = JsonObjects.object("id", id, "object", "chat.completion", "created",
				created, "model", model, "choices",
				List.of(JsonObjects.object("index", 0, "message", message(reply, callIds), "logprobs", null,
						"finish_reason", finishReason(reply))),
				"usage", usage, "service_tier", "default", "system_fingerprint", "fp_simulator");
		if (request.path("store").asBoolean(false)) {
			this.stored
				.put(new Stored(id, created, model, completion, messages, Metadata.of(request.path("metadata"))));
		}
		if (!request.path("stream").asBoolean(false)) {
			return SimulatorResponse.ok(completion);
		}
		boolean includeUsage = request.path("stream_options").path("include_usage").asBoolean(false);
		return new SimulatorResponse.Sse(chunks(id, created, model, reply, callIds, includeUsage ? usage : null));
	}

	private static Turn turn(JsonNode request) {
		JsonNode messages = request.path("messages");
		// The tool messages that end the conversation answer the calls of the last turn.
		List<String> toolOutputs = new ArrayList<>();
		for (int i = messages.size() - 1; i >= 0 && "tool".equals(messages.get(i).path("role").asString()); i--) {
			toolOutputs.add(0, text(messages.get(i).path("content")));
		}
		return new Turn(lastUserText(messages), toolOutputs, Tools.ofChatCompletion(request),
				OutputFormat.ofChatCompletion(request));
	}

	private Flux<SimulatorResponse.Event> chunks(String id, long created, String model, Reply reply,
			List<String> callIds, @Nullable Map<String, Object> usage) {
		List<Map<String, @Nullable Object>> deltas = new ArrayList<>();
		if (reply instanceof Reply.ToolCalls calls) {
			// As the API streams parallel calls: one after the other, each opened with
			// its
			// id and name, its arguments in pieces; the first delta also says the role.
			for (int index = 0; index < calls.calls().size(); index++) {
				Reply.Call call = calls.calls().get(index);
				Map<String, @Nullable Object> opening = JsonObjects.object("tool_calls",
						List.of(JsonObjects.object("index", index, "id", callIds.get(index), "type", "function",
								"function", JsonObjects.object("name", call.name(), "arguments", ""))));
				if (index == 0) {
					opening.put("role", "assistant");
					opening.put("content", null);
				}
				deltas.add(opening);
				int callIndex = index;
				AnswerText.tokens(call.arguments())
					.forEach((token) -> deltas.add(JsonObjects.object("tool_calls", List.of(JsonObjects.object("index",
							callIndex, "function", JsonObjects.object("arguments", token))))));
			}
		}
		else {
			deltas.add(JsonObjects.object("role", "assistant", "content", "", "refusal", null));
			AnswerText.tokens(reply.written()).forEach((token) -> deltas.add(JsonObjects.object("content", token)));
		}
		List<Object> chunks = new ArrayList<>();
		for (Map<String, @Nullable Object> delta : deltas) {
			chunks.add(chunk(id, created, model, delta, null, usage != null));
		}
		chunks.add(chunk(id, created, model, Map.of(), finishReason(reply), usage != null));
		if (usage != null) {
			chunks.add(JsonObjects.object("id", id, "object", "chat.completion.chunk", "created", created, "model",
					model, "system_fingerprint", "fp_simulator", "choices", List.of(), "usage", usage));
		}
		return Flux.fromIterable(chunks)
			.map((chunk) -> new SimulatorResponse.Event(null, OpenAiJson.mapper().writeValueAsString(chunk)))
			.concatWithValues(new SimulatorResponse.Event(null, "[DONE]"));
	}

	private static Map<String, @Nullable Object> chunk(String id, long created, String model, Map<String, ?> delta,
			@Nullable String finishReason, boolean withUsage) {
		Map<String, @Nullable Object> chunk = JsonObjects.object("id", id, "object", "chat.completion.chunk", "created",
				created, "model", model, "system_fingerprint", "fp_simulator", "choices", List.of(JsonObjects
					.object("index", 0, "delta", delta, "logprobs", null, "finish_reason", finishReason)));
		if (withUsage) {
			chunk.put("usage", null);
		}
		return chunk;
	}

	private static String lastUserText(JsonNode messages) {
		for (int i = messages.size() - 1; i >= 0; i--) {
			if ("user".equals(messages.get(i).path("role").asString())) {
				return text(messages.get(i).path("content"));
			}
		}
		return text(messages.get(messages.size() - 1).path("content"));
	}

	private static String allText(JsonNode messages) {
		StringBuilder text = new StringBuilder();
		messages.forEach((message) -> text.append(text(message.path("content"))).append('\n'));
		return text.toString();
	}

	/** The text of a message's content: a string, or the text of its parts. */
	static String text(JsonNode content) {
		if (content.isString()) {
			return content.asString();
		}
		StringBuilder text = new StringBuilder();
		for (JsonNode part : content) {
			if (part.has("text")) {
				text.append((text.length() > 0) ? " " : "").append(part.path("text").asString());
			}
		}
		return text.toString();
	}

	private static Map<String, @Nullable Object> message(Reply reply, List<String> callIds) {
		if (reply instanceof Reply.ToolCalls calls) {
			List<Map<String, @Nullable Object>> toolCalls = new ArrayList<>();
			for (int index = 0; index < calls.calls().size(); index++) {
				Reply.Call call = calls.calls().get(index);
				toolCalls.add(JsonObjects.object("id", callIds.get(index), "type", "function", "function",
						JsonObjects.object("name", call.name(), "arguments", call.arguments())));
			}
			return JsonObjects.object("role", "assistant", "content", null, "refusal", null, "tool_calls", toolCalls);
		}
		return JsonObjects.object("role", "assistant", "content", reply.written(), "refusal", null, "annotations",
				List.of());
	}

	private static String finishReason(Reply reply) {
		return (reply instanceof Reply.ToolCalls) ? "tool_calls" : "stop";
	}

	static Map<String, Object> usage(long promptTokens, long completionTokens) {
		Map<String, Object> usage = new LinkedHashMap<>();
		usage.put("prompt_tokens", promptTokens);
		usage.put("completion_tokens", completionTokens);
		usage.put("total_tokens", promptTokens + completionTokens);
		usage.put("prompt_tokens_details", Map.of("cached_tokens", 0, "audio_tokens", 0));
		usage.put("completion_tokens_details", Map.of("reasoning_tokens", 0, "audio_tokens", 0,
				"accepted_prediction_tokens", 0, "rejected_prediction_tokens", 0));
		return usage;
	}

	private SimulatorResponse list(Call call) {
		String model = call.query("model");
		return SimulatorResponse
			.ok(this.stored.page(call, (completion) -> (model == null || completion.model().equals(model))
					&& matchesMetadata(call, completion), Stored::json, "asc"));
	}

	private static boolean matchesMetadata(Call call, Stored completion) {
		for (Map.Entry<String, List<String>> parameter : call.request().query().entrySet()) {
			String name = parameter.getKey();
			if (name.startsWith("metadata[") && name.endsWith("]")) {
				String key = name.substring("metadata[".length(), name.length() - 1);
				if (!parameter.getValue().contains(completion.metadata().get(key))) {
					return false;
				}
			}
		}
		return true;
	}

	private SimulatorResponse retrieve(Call call) {
		return SimulatorResponse.ok(this.stored.get(call.variable("completion_id")).json());
	}

	private SimulatorResponse update(Call call) {
		Stored completion = this.stored.get(call.variable("completion_id"));
		Stored updated = this.stored.put(new Stored(completion.id(), completion.created(), completion.model(),
				completion.completion(), completion.messages(), Metadata.of(call.json().path("metadata"))));
		return SimulatorResponse.ok(updated.json());
	}

	private SimulatorResponse delete(Call call) {
		String id = this.stored.remove(call.variable("completion_id")).id();
		return SimulatorResponse.ok(JsonObjects.object("object", "chat.completion.deleted", "id", id, "deleted", true));
	}

	private SimulatorResponse messages(Call call) {
		Stored completion = this.stored.get(call.variable("completion_id"));
		List<Map<String, @Nullable Object>> messages = new ArrayList<>();
		int index = 0;
		for (JsonNode message : completion.messages()) {
			messages
				.add(JsonObjects.object("id", completion.id() + "-" + index++, "role", message.path("role").asString(),
						"content", text(message.path("content")), "refusal", null, "annotations", List.of()));
		}
		return SimulatorResponse
			.ok(Pages.page(call, messages, (message) -> (String) message.get("id"), (message) -> message, "asc"));
	}

	private record Stored(String id, long created, String model, Map<String, @Nullable Object> completion,
			JsonNode messages, Map<String, String> metadata) {

		Map<String, @Nullable Object> json() {
			Map<String, @Nullable Object> json = new LinkedHashMap<>(this.completion);
			json.put("metadata", this.metadata);
			return json;
		}

	}

}
