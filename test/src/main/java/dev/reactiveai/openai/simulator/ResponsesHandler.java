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
 * Responses, and the {@link ConversationsHandler conversations} they write to.
 * <p>
 * A response answers the newest input: text derived from the newest user message (or a
 * scripted reply), a call of a function tool when function tools are offered and the
 * newest input is not a tool's output, or JSON for a {@code json_schema} text format.
 * Streamed, it sends the API's typed events one token per delta, each named with
 * {@code event:} and numbered with {@code sequence_number}. Responses are stored unless
 * {@code store} is {@code false}: retrieved (streamed again with {@code stream=true}),
 * deleted, their input items listed; {@code previous_response_id} continues from a stored
 * response's input and output, {@code conversation} reads and appends a conversation's
 * items. A {@code background} response is {@code queued} until retrieved, and only it can
 * be cancelled. Usage counts about four characters per token; {@code
 * /responses/input_tokens} counts the input the same way.
 */
final class ResponsesHandler implements ResourceHandler {

	private final Simulation simulation;

	private final ConversationsHandler conversations;

	private final Map<String, Stored> stored = new ConcurrentHashMap<>();

	ResponsesHandler(Simulation simulation) {
		this.simulation = simulation;
		this.conversations = new ConversationsHandler(simulation);
	}

	@Override
	public void register(Routes routes) {
		routes.add("POST", "/responses", "createResponse", this::create);
		routes.add("POST", "/responses/input_tokens", "Getinputtokencounts", this::countInputTokens);
		routes.add("GET", "/responses/{response_id}", "getResponse", this::retrieve);
		routes.add("DELETE", "/responses/{response_id}", "deleteResponse", this::delete);
		routes.add("POST", "/responses/{response_id}/cancel", "cancelResponse", this::cancel);
		routes.add("GET", "/responses/{response_id}/input_items", "listInputItems", this::inputItems);
		this.conversations.register(routes);
	}

	@Override
	public void reset() {
		this.stored.clear();
		this.conversations.reset();
	}

	private Mono<SimulatorResponse> create(Call call) {
		JsonNode request = call.json();
		JsonNode model = request.path("model");
		if (!model.isString() || model.asString().isBlank()) {
			return Mono.just(SimulatorResponse.error(400, "invalid_request_error",
					"Missing required parameter: 'model'.", "model", "missing_required_parameter"));
		}
		if (!request.has("input") && !request.has("prompt")) {
			return Mono.just(SimulatorResponse.error(400, "invalid_request_error",
					"Missing required parameter: 'input'.", "input", "missing_required_parameter"));
		}
		Input input;
		try {
			input = input(request);
		}
		catch (RequestException ex) {
			return Mono.just(ex.response);
		}
		catch (ResponseItems.InvalidItemException ex) {
			return Mono.just(ex.response());
		}
		Reply reply = reply(request, input);
		Generated generated = generate(request, input, reply);
		boolean stream = request.path("stream").asBoolean(false);
		boolean background = request.path("background").asBoolean(false);
		Stored response = new Stored(generated, input.chain(), background,
				(background && !stream) ? "queued" : "completed");
		if (request.path("store").asBoolean(true)) {
			this.stored.put(generated.id, response);
		}
		if (input.conversationId != null) {
			List<JsonNode> appended = new ArrayList<>(input.items);
			generated.output.forEach((item) -> appended.add(ResponseItems.tree(item)));
			this.conversations.append(input.conversationId, appended);
		}
		if (stream) {
			return Mono.just(new SimulatorResponse.Sse(Flux.fromIterable(events(generated))
				.map((event) -> new SimulatorResponse.Event((String) event.get("type"),
						OpenAiJson.mapper().writeValueAsString(event)))));
		}
		return Mono.just(SimulatorResponse.ok(response.json()));
	}

	private Mono<SimulatorResponse> countInputTokens(Call call) {
		JsonNode request = call.json();
		try {
			Input input = input(request);
			return Mono.just(SimulatorResponse
				.ok(JsonObjects.object("object", "response.input_tokens", "input_tokens", inputTokens(input))));
		}
		catch (RequestException ex) {
			return Mono.just(ex.response);
		}
		catch (ResponseItems.InvalidItemException ex) {
			return Mono.just(ex.response());
		}
	}

	private Mono<SimulatorResponse> retrieve(Call call) {
		String id = call.variable("response_id");
		Stored response = this.stored.get(id);
		if (response == null) {
			return Mono.just(notFound(id));
		}
		response.runIfQueued();
		if (!"true".equals(call.query("stream"))) {
			return Mono.just(SimulatorResponse.ok(response.json()));
		}
		String startingAfter = call.query("starting_after");
		long after = (startingAfter != null) ? Long.parseLong(startingAfter) : -1;
		return Mono.just(new SimulatorResponse.Sse(Flux.fromIterable(events(response.generated))
			.filter((event) -> ((Number) event.get("sequence_number")).longValue() > after)
			.map((event) -> new SimulatorResponse.Event((String) event.get("type"),
					OpenAiJson.mapper().writeValueAsString(event)))));
	}

	private Mono<SimulatorResponse> delete(Call call) {
		String id = call.variable("response_id");
		if (this.stored.remove(id) == null) {
			return Mono.just(notFound(id));
		}
		return Mono
			.just(SimulatorResponse.ok(JsonObjects.object("id", id, "object", "response.deleted", "deleted", true)));
	}

	private Mono<SimulatorResponse> cancel(Call call) {
		String id = call.variable("response_id");
		Stored response = this.stored.get(id);
		if (response == null) {
			return Mono.just(notFound(id));
		}
		if (!response.background) {
			return Mono.just(SimulatorResponse
				.invalidRequest("Only responses created with background mode can be cancelled.", null));
		}
		if (!response.cancelIfQueued() && !"cancelled".equals(response.status)) {
			return Mono.just(SimulatorResponse
				.invalidRequest("Cannot cancel a response with status '" + response.status + "'.", null));
		}
		return Mono.just(SimulatorResponse.ok(response.json()));
	}

	private Mono<SimulatorResponse> inputItems(Call call) {
		String id = call.variable("response_id");
		Stored response = this.stored.get(id);
		if (response == null) {
			return Mono.just(notFound(id));
		}
		return Mono.just(SimulatorResponse
			.ok(Pages.page(call, response.inputItems, (item) -> item.path("id").asString(), (item) -> item, "desc")));
	}

	/**
	 * The input of a request: the items before it (of the previous response or the
	 * conversation) and its own.
	 */
	private Input input(JsonNode request) {
		String previousId = request.path("previous_response_id").asString(null);
		JsonNode conversation = request.path("conversation");
		String conversationId = conversation.isObject() ? conversation.path("id").asString(null)
				: conversation.asString(null);
		if (previousId != null && conversationId != null) {
			throw new RequestException(SimulatorResponse.invalidRequest("Mutually exclusive parameters: Ensure you "
					+ "are only providing one of: 'previous_response_id' or 'conversation'.", "conversation"));
		}
		List<JsonNode> history = List.of();
		if (previousId != null) {
			Stored previous = this.stored.get(previousId);
			if (previous == null) {
				throw new RequestException(SimulatorResponse.error(400, "invalid_request_error",
						"Previous response with id '" + previousId + "' not found.", "previous_response_id",
						"previous_response_not_found"));
			}
			List<JsonNode> chain = new ArrayList<>(previous.inputItems);
			previous.generated.output.forEach((item) -> chain.add(ResponseItems.tree(item)));
			history = chain;
		}
		else if (conversationId != null) {
			List<JsonNode> items = this.conversations.items(conversationId);
			if (items == null) {
				throw new RequestException(ConversationsHandler.conversationNotFound(conversationId));
			}
			history = items;
		}
		JsonNode input = request.path("input");
		List<JsonNode> items = (input.isMissingNode() || input.isNull()) ? List.of()
				: ResponseItems.fromInput(input, "input", this.simulation.ids(), this::findItem);
		return new Input(history, items, request.path("instructions").asString(null), previousId, conversationId);
	}

	private @Nullable JsonNode findItem(String id) {
		for (Stored response : this.stored.values()) {
			for (JsonNode item : response.inputItems) {
				if (id.equals(item.path("id").asString())) {
					return item;
				}
			}
			for (Map<String, @Nullable Object> item : response.generated.output) {
				if (id.equals(item.get("id"))) {
					return ResponseItems.tree(item);
				}
			}
		}
		return this.conversations.findItem(id);
	}

	private Reply reply(JsonNode request, Input input) {
		Script.Reply scripted = this.simulation.script().takeReply();
		if (scripted != null) {
			return (scripted.text() != null) ? Reply.text(scripted.text())
					: Reply.toolCall(scripted.toolName(), scripted.arguments());
		}
		List<JsonNode> all = input.all();
		String prompt = ResponseItems.lastUserText(all);
		JsonNode newest = input.items.isEmpty() ? null : input.items.get(input.items.size() - 1);
		boolean toolAnswered = newest != null && newest.path("type").asString("").endsWith("_call_output");
		JsonNode tool = FunctionTools.forResponse(request);
		if (tool != null && !toolAnswered) {
			return Reply.toolCall(tool.path("name").asString(),
					ToolArguments.fromSchema(tool.path("parameters"), prompt));
		}
		JsonNode format = request.path("text").path("format");
		if ("json_schema".equals(format.path("type").asString())) {
			return Reply.text(ToolArguments.fromSchema(format.path("schema"), prompt));
		}
		String answer = AnswerText.answer(prompt);
		if (toolAnswered) {
			return Reply.text("The tool answered: " + ResponseItems.text(newest) + ". " + answer);
		}
		return Reply.text(answer);
	}

	private Generated generate(JsonNode request, Input input, Reply reply) {
		String id = this.simulation.ids().next("resp_");
		Map<String, @Nullable Object> item = (reply.text != null)
				? ResponseItems.outputMessage(this.simulation.ids().next("msg_"), reply.text, "completed")
				: ResponseItems.functionCall(this.simulation.ids().next("fc_"), this.simulation.ids().next("call_"),
						reply.toolName, reply.arguments, "completed");
		long inputTokens = inputTokens(input);
		long outputTokens = AnswerText
			.countTokens((reply.text != null) ? reply.text : reply.toolName + reply.arguments);
		Map<String, @Nullable Object> usage = JsonObjects.object("input_tokens", inputTokens, "input_tokens_details",
				JsonObjects.object("cached_tokens", 0), "output_tokens", outputTokens, "output_tokens_details",
				JsonObjects.object("reasoning_tokens", 0), "total_tokens", inputTokens + outputTokens);
		return new Generated(id, this.simulation.now(), request, input, List.of(item), usage);
	}

	private static long inputTokens(Input input) {
		String instructions = (input.instructions != null) ? input.instructions + "\n" : "";
		return AnswerText.countTokens(instructions + ResponseItems.allText(input.all()));
	}

	/**
	 * The events of a streamed response, in the order the API sends them.
	 */
	private static List<Map<String, @Nullable Object>> events(Generated generated) {
		Events events = new Events();
		events.add("response.created", "response", generated.json("in_progress", null));
		events.add("response.in_progress", "response", generated.json("in_progress", null));
		Map<String, @Nullable Object> item = generated.output.get(0);
		String itemId = (String) item.get("id");
		if ("message".equals(item.get("type"))) {
			String text = textOf(item);
			events.add("response.output_item.added", "output_index", 0, "item",
					ResponseItems.outputMessage(itemId, null, "in_progress"));
			events.add("response.content_part.added", "item_id", itemId, "output_index", 0, "content_index", 0, "part",
					ResponseItems.outputText(""));
			for (String token : AnswerText.tokens(text)) {
				events.add("response.output_text.delta", "item_id", itemId, "output_index", 0, "content_index", 0,
						"delta", token, "logprobs", List.of());
			}
			events.add("response.output_text.done", "item_id", itemId, "output_index", 0, "content_index", 0, "text",
					text, "logprobs", List.of());
			events.add("response.content_part.done", "item_id", itemId, "output_index", 0, "content_index", 0, "part",
					ResponseItems.outputText(text));
		}
		else {
			String name = (String) item.get("name");
			String arguments = (String) item.get("arguments");
			events.add("response.output_item.added", "output_index", 0, "item",
					ResponseItems.functionCall(itemId, (String) item.get("call_id"), name, "", "in_progress"));
			for (String token : AnswerText.tokens(arguments)) {
				events.add("response.function_call_arguments.delta", "item_id", itemId, "output_index", 0, "delta",
						token);
			}
			events.add("response.function_call_arguments.done", "item_id", itemId, "name", name, "output_index", 0,
					"arguments", arguments);
		}
		events.add("response.output_item.done", "output_index", 0, "item", item);
		events.add("response.completed", "response", generated.json("completed", null));
		return events.list;
	}

	private static String textOf(Map<String, @Nullable Object> message) {
		@SuppressWarnings("unchecked")
		List<Map<String, @Nullable Object>> content = (List<Map<String, @Nullable Object>>) message.get("content");
		return (String) content.get(0).get("text");
	}

	private static SimulatorResponse notFound(String id) {
		return SimulatorResponse.error(404, "invalid_request_error", "Response with id '" + id + "' not found.", null,
				null);
	}

	/** A request the API refuses, found while reading its input. */
	private static final class RequestException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient SimulatorResponse response;

		RequestException(SimulatorResponse response) {
			super(null, null, false, false);
			this.response = response;
		}

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
	private record Input(List<JsonNode> history, List<JsonNode> items, @Nullable String instructions,
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

	/**
	 * What a response answered, and everything its JSON shows.
	 */
	private record Generated(String id, long createdAt, JsonNode request, Input input,
			List<Map<String, @Nullable Object>> output, Map<String, @Nullable Object> usage) {

		Map<String, @Nullable Object> json(String status, @Nullable Long completedAt) {
			boolean done = "completed".equals(status);
			JsonNode text = this.request.path("text");
			Map<String, @Nullable Object> json = JsonObjects.object("id", this.id, "object", "response", "created_at",
					this.createdAt, "status", status, "background", this.request.path("background").asBoolean(false),
					"completed_at", done ? ((completedAt != null) ? completedAt : this.createdAt) : null,
					"conversation",
					(this.input.conversationId != null) ? JsonObjects.object("id", this.input.conversationId) : null,
					"error", null, "incomplete_details", null, "instructions", this.input.instructions,
					"max_output_tokens", valueOrNull(this.request.path("max_output_tokens")), "max_tool_calls",
					valueOrNull(this.request.path("max_tool_calls")), "model", this.request.path("model").asString(),
					"output", done ? this.output : List.of(), "parallel_tool_calls",
					this.request.path("parallel_tool_calls").asBoolean(true), "previous_response_id",
					this.input.previousResponseId, "prompt_cache_key",
					valueOrNull(this.request.path("prompt_cache_key")), "reasoning",
					valueOrNull(this.request.path("reasoning")), "safety_identifier",
					valueOrNull(this.request.path("safety_identifier")), "service_tier", "default", "store",
					this.request.path("store").asBoolean(true), "temperature",
					this.request.path("temperature").asDouble(1.0), "text",
					JsonObjects.object("format",
							text.path("format").isObject() ? text.path("format") : JsonObjects.object("type", "text"),
							"verbosity", text.path("verbosity").asString("medium")),
					"tool_choice", this.request.has("tool_choice") ? this.request.path("tool_choice") : "auto", "tools",
					this.request.path("tools").isArray() ? this.request.path("tools") : List.of(), "top_logprobs",
					this.request.path("top_logprobs").asInt(0), "top_p", this.request.path("top_p").asDouble(1.0),
					"truncation", this.request.path("truncation").asString("disabled"), "usage",
					done ? this.usage : null, "user", valueOrNull(this.request.path("user")), "metadata",
					this.request.path("metadata").isObject() ? this.request.path("metadata") : Map.of());
			return json;
		}

		private static @Nullable Object valueOrNull(JsonNode node) {
			return (node.isMissingNode() || node.isNull()) ? null : node;
		}

	}

	/**
	 * A stored response.
	 */
	private static final class Stored {

		private final Generated generated;

		private final List<JsonNode> inputItems;

		private final boolean background;

		private volatile String status;

		Stored(Generated generated, List<JsonNode> inputItems, boolean background, String status) {
			this.generated = generated;
			this.inputItems = List.copyOf(inputItems);
			this.background = background;
			this.status = status;
		}

		synchronized void runIfQueued() {
			if ("queued".equals(this.status)) {
				this.status = "completed";
			}
		}

		synchronized boolean cancelIfQueued() {
			if ("queued".equals(this.status)) {
				this.status = "cancelled";
				return true;
			}
			return false;
		}

		Map<String, @Nullable Object> json() {
			return this.generated.json(this.status, null);
		}

	}

	/**
	 * The events of a stream, numbered as they are added.
	 */
	private static final class Events {

		private final List<Map<String, @Nullable Object>> list = new ArrayList<>();

		void add(String type, @Nullable Object... namesAndValues) {
			Map<String, @Nullable Object> event = new LinkedHashMap<>();
			event.put("type", type);
			event.put("sequence_number", this.list.size());
			event.putAll(JsonObjects.object(namesAndValues));
			this.list.add(event);
		}

	}

	/** The answer: text, or a call of a function tool. */
	private record Reply(@Nullable String text, @Nullable String toolName, @Nullable String arguments) {

		static Reply text(String text) {
			return new Reply(text, null, null);
		}

		static Reply toolCall(@Nullable String name, @Nullable String arguments) {
			return new Reply(null, (name != null) ? name : "tool", (arguments != null) ? arguments : "{}");
		}

	}

}
