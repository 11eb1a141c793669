package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Chat completions: answers derived from the last user message, streamed one token per
 * chunk; a call of a function tool when tools are offered and the last message is not a
 * tool's result; usage counts; and, with {@code store: true}, completions kept for
 * listing, retrieval, update and deletion.
 */
final class ChatCompletionsHandler implements ResourceHandler {

	private final Simulation simulation;

	private final Map<String, Stored> stored = new ConcurrentHashMap<>();

	ChatCompletionsHandler(Simulation simulation) {
		this.simulation = simulation;
	}

	@Override
	public void register(Routes routes) {
		routes.add("POST", "/chat/completions", "createChatCompletion", this::create);
		routes.add("GET", "/chat/completions", "listChatCompletions", this::list);
		routes.add("GET", "/chat/completions/{completion_id}", "getChatCompletion", this::retrieve);
		routes.add("POST", "/chat/completions/{completion_id}", "updateChatCompletion", this::update);
		routes.add("DELETE", "/chat/completions/{completion_id}", "deleteChatCompletion", this::delete);
		routes.add("GET", "/chat/completions/{completion_id}/messages", "getChatCompletionMessages", this::messages);
	}

	@Override
	public void reset() {
		this.stored.clear();
	}

	private Mono<SimulatorResponse> create(Call call) {
		JsonNode request = call.json();
		if (!request.path("model").isString() || request.path("model").asString().isBlank()) {
			return Mono.just(SimulatorResponse.invalidRequest("you must provide a model parameter", "model"));
		}
		JsonNode messages = request.path("messages");
		if (!messages.isArray() || messages.isEmpty()) {
			return Mono.just(SimulatorResponse.invalidRequest("[] is too short - 'messages'", "messages"));
		}
		String model = request.path("model").asString();
		String id = this.simulation.ids().next("chatcmpl-");
		long created = this.simulation.now();
		Reply reply = reply(request);
		long promptTokens = AnswerText.countTokens(allText(messages));
		long completionTokens = AnswerText
			.countTokens((reply.text != null) ? reply.text : reply.toolName + reply.arguments);
		Map<String, Object> usage = usage(promptTokens, completionTokens);
		Map<String, @Nullable Object> completion = JsonObjects.object("id", id, "object", "chat.completion", "created",
				created, "model", model, "choices",
				List.of(JsonObjects.object("index", 0, "message", message(reply), "logprobs", null, "finish_reason",
						reply.finishReason())),
				"usage", usage, "service_tier", "default", "system_fingerprint", "fp_simulator");
		if (request.path("store").asBoolean(false)) {
			this.stored.put(id, new Stored(id, created, model, completion, messages, metadata(request)));
		}
		if (!request.path("stream").asBoolean(false)) {
			return Mono.just(SimulatorResponse.ok(completion));
		}
		boolean includeUsage = request.path("stream_options").path("include_usage").asBoolean(false);
		return Mono.just(new SimulatorResponse.Sse(chunks(id, created, model, reply, includeUsage ? usage : null)));
	}

	private Flux<SimulatorResponse.Event> chunks(String id, long created, String model, Reply reply,
			@Nullable Map<String, Object> usage) {
		List<Map<String, @Nullable Object>> deltas = new ArrayList<>();
		if (reply.text != null) {
			deltas.add(JsonObjects.object("role", "assistant", "content", "", "refusal", null));
			AnswerText.tokens(reply.text).forEach((token) -> deltas.add(JsonObjects.object("content", token)));
		}
		else {
			deltas.add(JsonObjects.object("role", "assistant", "content", null, "tool_calls",
					List.of(JsonObjects.object("index", 0, "id", reply.callId, "type", "function", "function",
							JsonObjects.object("name", reply.toolName, "arguments", "")))));
			AnswerText.tokens(reply.arguments)
				.forEach((token) -> deltas.add(JsonObjects.object("tool_calls",
						List.of(JsonObjects.object("index", 0, "function", JsonObjects.object("arguments", token))))));
		}
		List<Object> chunks = new ArrayList<>();
		for (Map<String, @Nullable Object> delta : deltas) {
			chunks.add(chunk(id, created, model, delta, null, usage != null));
		}
		chunks.add(chunk(id, created, model, Map.of(), reply.finishReason(), usage != null));
		if (usage != null) {
			chunks.add(JsonObjects.object("id", id, "object", "chat.completion.chunk", "created", created, "model",
					model, "system_fingerprint", "fp_simulator", "choices", List.of(), "usage", usage));
		}
		return Flux.fromIterable(chunks)
			.map((chunk) -> new SimulatorResponse.Event(null, OpenAiJson.mapper().writeValueAsString(chunk)))
			.concatWith(Mono.just(new SimulatorResponse.Event(null, "[DONE]")));
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

	private Reply reply(JsonNode request) {
		Script.Reply scripted = this.simulation.script().takeReply();
		if (scripted != null) {
			return (scripted.text() != null) ? Reply.text(scripted.text())
					: Reply.toolCall(this.simulation.ids().next("call_"), scripted.toolName(), scripted.arguments());
		}
		JsonNode messages = request.path("messages");
		JsonNode last = messages.get(messages.size() - 1);
		JsonNode tool = FunctionTools.forChatCompletion(request);
		if (tool != null && !"tool".equals(last.path("role").asString())) {
			return Reply.toolCall(this.simulation.ids().next("call_"), tool.path("name").asString(),
					ToolArguments.fromSchema(tool.path("parameters"), lastUserText(messages)));
		}
		if ("tool".equals(last.path("role").asString())) {
			String result = text(last.path("content"));
			return Reply.text("The tool answered: " + result + ". " + AnswerText.answer(lastUserText(messages)));
		}
		return Reply.text(AnswerText.answer(lastUserText(messages)));
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

	private static Map<String, @Nullable Object> message(Reply reply) {
		if (reply.text != null) {
			return JsonObjects.object("role", "assistant", "content", reply.text, "refusal", null, "annotations",
					List.of());
		}
		return JsonObjects.object("role", "assistant", "content", null, "refusal", null, "tool_calls",
				List.of(JsonObjects.object("id", reply.callId, "type", "function", "function",
						JsonObjects.object("name", reply.toolName, "arguments", reply.arguments))));
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

	private static Map<String, String> metadata(JsonNode request) {
		Map<String, String> metadata = new LinkedHashMap<>();
		request.path("metadata")
			.properties()
			.forEach((entry) -> metadata.put(entry.getKey(), entry.getValue().asString()));
		return metadata;
	}

	private Mono<SimulatorResponse> list(Call call) {
		String model = call.query("model");
		List<Stored> matching = this.stored.values()
			.stream()
			.filter((completion) -> model == null || completion.model.equals(model))
			.filter((completion) -> matchesMetadata(call, completion))
			.sorted((a, b) -> (a.created != b.created) ? Long.compare(a.created, b.created) : a.id.compareTo(b.id))
			.toList();
		return Mono.just(SimulatorResponse.ok(Pages.page(call, matching, Stored::id, Stored::json, "asc")));
	}

	private static boolean matchesMetadata(Call call, Stored completion) {
		for (Map.Entry<String, List<String>> parameter : call.request().query().entrySet()) {
			String name = parameter.getKey();
			if (name.startsWith("metadata[") && name.endsWith("]")) {
				String key = name.substring("metadata[".length(), name.length() - 1);
				if (!parameter.getValue().contains(completion.metadata.get(key))) {
					return false;
				}
			}
		}
		return true;
	}

	private Mono<SimulatorResponse> retrieve(Call call) {
		Stored completion = this.stored.get(call.variable("completion_id"));
		return Mono.just((completion != null) ? SimulatorResponse.ok(completion.json())
				: SimulatorResponse.notFound("chat completion", call.variable("completion_id")));
	}

	private Mono<SimulatorResponse> update(Call call) {
		String id = call.variable("completion_id");
		Stored completion = this.stored.get(id);
		if (completion == null) {
			return Mono.just(SimulatorResponse.notFound("chat completion", id));
		}
		Stored updated = new Stored(id, completion.created, completion.model, completion.completion,
				completion.messages, metadata(call.json()));
		this.stored.put(id, updated);
		return Mono.just(SimulatorResponse.ok(updated.json()));
	}

	private Mono<SimulatorResponse> delete(Call call) {
		String id = call.variable("completion_id");
		if (this.stored.remove(id) == null) {
			return Mono.just(SimulatorResponse.notFound("chat completion", id));
		}
		return Mono.just(SimulatorResponse
			.ok(JsonObjects.object("object", "chat.completion.deleted", "id", id, "deleted", true)));
	}

	private Mono<SimulatorResponse> messages(Call call) {
		String id = call.variable("completion_id");
		Stored completion = this.stored.get(id);
		if (completion == null) {
			return Mono.just(SimulatorResponse.notFound("chat completion", id));
		}
		List<Map<String, @Nullable Object>> messages = new ArrayList<>();
		int index = 0;
		for (JsonNode message : completion.messages) {
			messages.add(JsonObjects.object("id", id + "-" + index++, "role", message.path("role").asString(),
					"content", text(message.path("content")), "refusal", null, "annotations", List.of()));
		}
		return Mono.just(SimulatorResponse
			.ok(Pages.page(call, messages, (message) -> (String) message.get("id"), (message) -> message, "asc")));
	}

	private record Stored(String id, long created, String model, Map<String, @Nullable Object> completion,
			JsonNode messages, Map<String, String> metadata) {

		Map<String, @Nullable Object> json() {
			Map<String, @Nullable Object> json = new LinkedHashMap<>(this.completion);
			json.put("metadata", this.metadata);
			return json;
		}

	}

	/** The answer: text, or a call of a function tool. */
	private record Reply(@Nullable String text, @Nullable String callId, @Nullable String toolName,
			@Nullable String arguments) {

		static Reply text(String text) {
			return new Reply(text, null, null, null);
		}

		static Reply toolCall(String callId, @Nullable String name, @Nullable String arguments) {
			return new Reply(null, callId, name, (arguments != null) ? arguments : "{}");
		}

		String finishReason() {
			return (this.text != null) ? "stop" : "tool_calls";
		}

	}

}
