package dev.reactiveai.openai.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.simulator.GeneratedResponse.Input;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Responses, and the {@link ConversationsHandler conversations} they write to.
 * <p>
 * A response answers the newest input with the {@link Replies reply} of the simulated
 * model: text derived from the newest user message (JSON for a {@code json_object} or
 * {@code json_schema} text format), a call of a function tool, a {@code file_search} of
 * vector stores followed by text that cites the files found (the call's results shown
 * when {@code include} has {@code file_search_call.results}), or text that quotes a
 * tool's output. Streamed, it sends the API's typed {@link ResponseEvents events}.
 * Responses are stored unless {@code store} is {@code false}: retrieved (streamed again
 * with {@code stream=true}), deleted, their input items listed;
 * {@code previous_response_id} continues from a stored response's input and output,
 * {@code conversation} reads and appends a conversation's items. A {@code background}
 * response is {@code queued} until retrieved, and only it can be cancelled. Usage counts
 * about four characters per token; {@code /responses/input_tokens} counts the input the
 * same way.
 */
final class ResponsesHandler implements ResourceHandler {

	private static final String FILE_SEARCH_RESULTS = "file_search_call.results";

	private final Simulation simulation;

	private final Replies replies;

	private final ConversationsHandler conversations;

	private final ResourceStore<Stored> stored = new ResourceStore<>((response) -> response.generated.id(),
			Comparator.comparingLong((Stored response) -> response.generated.createdAt())
				.thenComparing((response) -> response.generated.id()),
			ResponsesHandler::notFound);

	ResponsesHandler(Simulation simulation) {
		this.simulation = simulation;
		this.replies = new Replies(simulation);
		this.conversations = new ConversationsHandler(simulation);
	}

	@Override
	public void register(Routes routes) {
		routes.add("createResponse", this::create);
		routes.add("Getinputtokencounts", this::countInputTokens);
		routes.add("getResponse", this::retrieve);
		routes.add("deleteResponse", this::delete);
		routes.add("cancelResponse", this::cancel);
		routes.add("listInputItems", this::inputItems);
		this.conversations.register(routes);
	}

	@Override
	public void reset() {
		this.stored.clear();
		this.conversations.reset();
	}

	private SimulatorResponse create(Call call) {
		JsonNode request = call.json();
		JsonNode model = request.path("model");
		if (!model.isString() || model.asString().isBlank()) {
			return SimulatorResponse.error(400, "invalid_request_error", "Missing required parameter: 'model'.",
					"model", "missing_required_parameter");
		}
		if (!request.has("input") && !request.has("prompt")) {
			return SimulatorResponse.error(400, "invalid_request_error", "Missing required parameter: 'input'.",
					"input", "missing_required_parameter");
		}
		Input input = input(request);
		Reply reply = this.replies.reply(turn(request, input));
		GeneratedResponse generated = generate(request, input, reply);
		boolean stream = request.path("stream").asBoolean(false);
		boolean background = request.path("background").asBoolean(false);
		Stored response = new Stored(generated, input.chain(), background,
				(background && !stream) ? "queued" : "completed");
		if (request.path("store").asBoolean(true)) {
			this.stored.put(response);
		}
		if (input.conversationId() != null) {
			List<JsonNode> appended = new ArrayList<>(input.items());
			generated.output().forEach((item) -> appended.add(ResponseItems.tree(item)));
			this.conversations.append(input.conversationId(), appended);
		}
		if (stream) {
			return new SimulatorResponse.Sse(ResponseEvents.stream(ResponseEvents.of(generated)));
		}
		return SimulatorResponse.ok(response.json());
	}

	private SimulatorResponse countInputTokens(Call call) {
		Input input = input(call.json());
		return SimulatorResponse
			.ok(JsonObjects.object("object", "response.input_tokens", "input_tokens", inputTokens(input)));
	}

	private SimulatorResponse retrieve(Call call) {
		Stored response = this.stored.get(call.variable("response_id"));
		response.runIfQueued();
		if (!"true".equals(call.query("stream"))) {
			return SimulatorResponse.ok(response.json());
		}
		String startingAfter = call.query("starting_after");
		long after = (startingAfter != null) ? Long.parseLong(startingAfter) : -1;
		return new SimulatorResponse.Sse(ResponseEvents.stream(ResponseEvents.of(response.generated)
			.stream()
			.filter((event) -> ((Number) event.get("sequence_number")).longValue() > after)
			.toList()));
	}

	private SimulatorResponse delete(Call call) {
		String id = this.stored.remove(call.variable("response_id")).generated.id();
		return SimulatorResponse.ok(JsonObjects.object("id", id, "object", "response.deleted", "deleted", true));
	}

	private SimulatorResponse cancel(Call call) {
		Stored response = this.stored.get(call.variable("response_id"));
		if (!response.background) {
			return SimulatorResponse.invalidRequest("Only responses created with background mode can be cancelled.",
					null);
		}
		if (!response.cancelIfQueued() && !"cancelled".equals(response.status)) {
			return SimulatorResponse.invalidRequest("Cannot cancel a response with status '" + response.status + "'.",
					null);
		}
		return SimulatorResponse.ok(response.json());
	}

	private SimulatorResponse inputItems(Call call) {
		Stored response = this.stored.get(call.variable("response_id"));
		return SimulatorResponse
			.ok(Pages.page(call, response.inputItems, (item) -> item.path("id").asString(), (item) -> item, "desc"));
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
			throw SimulatorException.invalidRequest("Mutually exclusive parameters: Ensure you "
					+ "are only providing one of: 'previous_response_id' or 'conversation'.", "conversation");
		}
		List<JsonNode> history = List.of();
		if (previousId != null) {
			Stored previous = this.stored.find(previousId);
			if (previous == null) {
				throw new SimulatorException(SimulatorResponse.error(400, "invalid_request_error",
						"Previous response with id '" + previousId + "' not found.", "previous_response_id",
						"previous_response_not_found"));
			}
			List<JsonNode> chain = new ArrayList<>(previous.inputItems);
			previous.generated.output().forEach((item) -> chain.add(ResponseItems.tree(item)));
			history = chain;
		}
		else if (conversationId != null) {
			List<JsonNode> items = this.conversations.items(conversationId);
			if (items == null) {
				throw new SimulatorException(ConversationsHandler.conversationNotFound(conversationId));
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
			for (Map<String, @Nullable Object> item : response.generated.output()) {
				if (id.equals(item.get("id"))) {
					return ResponseItems.tree(item);
				}
			}
		}
		return this.conversations.findItem(id);
	}

	private static Turn turn(JsonNode request, Input input) {
		// The tool outputs that end the input answer the calls of the last turn.
		List<String> toolOutputs = new ArrayList<>();
		for (int i = input.items().size() - 1; i >= 0
				&& input.items().get(i).path("type").asString("").endsWith("_call_output"); i--) {
			toolOutputs.add(0, ResponseItems.text(input.items().get(i)));
		}
		return new Turn(ResponseItems.lastUserText(input.all()), toolOutputs, Tools.ofResponse(request),
				OutputFormat.ofResponse(request));
	}

	private GeneratedResponse generate(JsonNode request, Input input, Reply reply) {
		Ids ids = this.simulation.ids();
		String id = ids.next("resp_");
		List<Map<String, @Nullable Object>> output;
		if (reply instanceof Reply.ToolCalls calls) {
			output = new ArrayList<>();
			for (Reply.Call call : calls.calls()) {
				output.add(ResponseItems.functionCall(ids.next("fc_"), ids.next("call_"), call.name(), call.arguments(),
						"completed"));
			}
		}
		else if (reply instanceof Reply.FileSearch search) {
			output = List.of(
					ResponseItems.fileSearchCall(ids.next("fs_"), search.queries(),
							includes(request, FILE_SEARCH_RESULTS) ? results(search) : null, "completed"),
					ResponseItems.outputMessage(ids.next("msg_"), search.text(), citations(search), "completed"));
		}
		else {
			output = List.of(ResponseItems.outputMessage(ids.next("msg_"), reply.written(), "completed"));
		}
		long inputTokens = inputTokens(input);
		long outputTokens = AnswerText.countTokens(reply.written());
		Map<String, @Nullable Object> usage = JsonObjects.object("input_tokens", inputTokens, "input_tokens_details",
				JsonObjects.object("cached_tokens", 0), "output_tokens", outputTokens, "output_tokens_details",
				JsonObjects.object("reasoning_tokens", 0), "total_tokens", inputTokens + outputTokens);
		return new GeneratedResponse(id, this.simulation.now(), request, input, output, usage);
	}

	private static boolean includes(JsonNode request, String value) {
		return JsonObjects.strings(request.path("include")).contains(value);
	}

	private static List<Map<String, @Nullable Object>> results(Reply.FileSearch search) {
		return search.hits()
			.stream()
			.map((hit) -> JsonObjects.object("file_id", hit.file().fileId(), "filename", hit.file().filename(), "score",
					hit.roundedScore(), "text", hit.text(), "attributes", hit.file().attributes()))
			.toList();
	}

	private static List<Map<String, @Nullable Object>> citations(Reply.FileSearch search) {
		return search.citations()
			.stream()
			.map((citation) -> JsonObjects.object("type", "file_citation", "file_id", citation.fileId(), "filename",
					citation.filename(), "index", citation.index()))
			.toList();
	}

	private static long inputTokens(Input input) {
		String instructions = (input.instructions() != null) ? input.instructions() + "\n" : "";
		return AnswerText.countTokens(instructions + ResponseItems.allText(input.all()));
	}

	private static SimulatorResponse notFound(String id) {
		return SimulatorResponse.error(404, "invalid_request_error", "Response with id '" + id + "' not found.", null,
				null);
	}

	/**
	 * A stored response.
	 */
	private static final class Stored {

		private final GeneratedResponse generated;

		private final List<JsonNode> inputItems;

		private final boolean background;

		private volatile String status;

		Stored(GeneratedResponse generated, List<JsonNode> inputItems, boolean background, String status) {
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

}
