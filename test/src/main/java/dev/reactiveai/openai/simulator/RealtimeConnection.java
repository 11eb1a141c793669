package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated realtime session: its settings, its conversation, and the response in
 * progress. Client events are handled on the socket's event loop, one at a time; what the
 * session sends goes out in order through one queue, a response's deltas paced as the
 * simulator's streams are.
 */
final class RealtimeConnection {

	/** The least audio a commit takes, as the API: 100 ms of PCM16 at 24 kHz. */
	private static final int MIN_COMMIT_BYTES = 4800;

	/** The audio of one token of speech: 60 ms of PCM16 at 24 kHz. */
	private static final double SECONDS_PER_TOKEN = 0.06;

	private final RealtimeSimulator simulator;

	private final JsonMapper mapper;

	private final WebsocketInbound inbound;

	private final WebsocketOutbound outbound;

	private final ObjectNode session;

	private final List<ObjectNode> items = new ArrayList<>();

	private final String conversationId;

	private final Sinks.Many<Flux<ObjectNode>> outgoing = Sinks.many().unicast().onBackpressureBuffer();

	private final AtomicReference<@Nullable Active> active = new AtomicReference<>();

	private long bufferedAudio;

	RealtimeConnection(RealtimeSimulator simulator, JsonMapper mapper, String model, WebsocketInbound inbound,
			WebsocketOutbound outbound) {
		this.simulator = simulator;
		this.mapper = mapper;
		this.inbound = inbound;
		this.outbound = outbound;
		this.conversationId = simulator.id("conv_");
		this.session = newSession(model);
	}

	Mono<Void> run() {
		emit(Flux.just(event("session.created").set("session", this.session.deepCopy())));
		Mono<Void> receive = this.inbound.aggregateFrames(RealtimeSimulator.MAX_MESSAGE_SIZE)
			.receiveFrames()
			.doOnNext(this::onFrame)
			.then()
			.onErrorResume((ex) -> Mono.empty())
			.doFinally((signal) -> {
				this.outgoing.tryEmitComplete();
			});
		// Each event flushed as it is written: one left in a batch would look like a
		// stalled model.
		Mono<Void> send = this.outbound
			.sendObject(this.outgoing.asFlux()
				.concatMap((events) -> events, 1)
				.map((event) -> new TextWebSocketFrame(this.mapper.writeValueAsString(event))), (frame) -> true)
			.then()
			.onErrorResume((ex) -> Mono.empty());
		return Mono.when(receive, send);
	}

	private void emit(Flux<ObjectNode> events) {
		this.outgoing.tryEmitNext(events);
	}

	private void emit(ObjectNode event) {
		emit(Flux.just(event));
	}

	private void onFrame(WebSocketFrame frame) {
		if (!(frame instanceof TextWebSocketFrame text)) {
			emit(error("invalid_request_error", "invalid_frame",
					"The realtime API takes JSON events in text frames; a binary frame was received.", null, null));
			return;
		}
		String json = text.text();
		JsonNode event;
		try {
			event = this.mapper.readTree(json);
		}
		catch (JacksonException ex) {
			this.simulator.record(this.mapper.getNodeFactory().stringNode(json));
			emit(error("invalid_request_error", "invalid_json",
					"The server could not parse the event as JSON: " + ex.getOriginalMessage(), null, null));
			return;
		}
		this.simulator.record(event);
		String eventId = event.path("event_id").isString() ? event.path("event_id").asString() : null;
		if (!event.isObject() || !event.path("type").isString()) {
			emit(error("invalid_request_error", "missing_required_parameter", "Missing required parameter: 'type'.",
					"type", eventId));
			return;
		}
		try {
			handle(event.path("type").asString(), event, eventId);
		}
		catch (SimulatorException ex) {
			emit(error("invalid_request_error", "invalid_value", ex.getMessage(), null, eventId));
		}
	}

	private void handle(String type, JsonNode event, @Nullable String eventId) {
		switch (type) {
			case "session.update" -> updateSession(event, eventId);
			case "conversation.item.create" -> createItem(event.path("item"), event.path("previous_item_id"), eventId);
			case "conversation.item.retrieve" ->
				emit(event("conversation.item.retrieved").set("item", item(event, eventId).deepCopy()));
			case "conversation.item.delete" -> {
				ObjectNode item = item(event, eventId);
				this.items.remove(item);
				emit(event("conversation.item.deleted").put("item_id", item.path("id").asString()));
			}
			case "conversation.item.truncate" -> {
				ObjectNode item = item(event, eventId);
				emit(event("conversation.item.truncated").put("item_id", item.path("id").asString())
					.put("content_index", event.path("content_index").asInt(0))
					.put("audio_end_ms", event.path("audio_end_ms").asInt(0)));
			}
			case "input_audio_buffer.append" -> appendAudio(event, eventId);
			case "input_audio_buffer.commit" -> commitAudio(eventId);
			case "input_audio_buffer.clear" -> {
				this.bufferedAudio = 0;
				emit(event("input_audio_buffer.cleared"));
			}
			case "output_audio_buffer.clear" -> emit(event("output_audio_buffer.cleared").put("response_id",
					(this.active.get() != null) ? this.active.get().id() : ""));
			case "response.create" -> createResponse(event.path("response"), eventId);
			case "response.cancel" -> {
				Active current = this.active.get();
				if (current == null) {
					emit(error("invalid_request_error", "response_cancel_not_active",
							"Cancellation failed: no active response found.", null, eventId));
				}
				else {
					current.cancelled().set(true);
				}
			}
			default -> emit(error("invalid_request_error", "invalid_value",
					"Invalid value: '" + type
							+ "'. Supported values are: 'session.update', 'input_audio_buffer.append', "
							+ "'input_audio_buffer.commit', 'input_audio_buffer.clear', 'conversation.item.create', "
							+ "'conversation.item.truncate', 'conversation.item.delete', 'conversation.item.retrieve', "
							+ "'response.create', 'response.cancel' and 'output_audio_buffer.clear'.",
					"type", eventId));
		}
	}

	private void updateSession(JsonNode event, @Nullable String eventId) {
		JsonNode update = event.path("session");
		if (!update.isObject()) {
			emit(error("invalid_request_error", "missing_required_parameter", "Missing required parameter: 'session'.",
					"session", eventId));
			return;
		}
		if (!"realtime".equals(update.path("type").asString(null))) {
			emit(error("invalid_request_error", "invalid_value",
					"Invalid value for 'session.type': this is a " + "realtime session, so it must be 'realtime'.",
					"session.type", eventId));
			return;
		}
		for (Map.Entry<String, JsonNode> property : update.properties()) {
			this.session.set(property.getKey(), property.getValue().deepCopy());
		}
		emit(event("session.updated").set("session", this.session.deepCopy()));
	}

	private ObjectNode item(JsonNode event, @Nullable String eventId) {
		String id = event.path("item_id").asString("");
		return this.items.stream()
			.filter((item) -> id.equals(item.path("id").asString()))
			.findFirst()
			.orElseThrow(() -> SimulatorException
				.invalidRequest("Conversation item with item_id '" + id + "' does not exist.", "item_id"));
	}

	private void createItem(JsonNode given, JsonNode previous, @Nullable String eventId) {
		if (!given.isObject()) {
			emit(error("invalid_request_error", "missing_required_parameter", "Missing required parameter: 'item'.",
					"item", eventId));
			return;
		}
		ObjectNode item = (ObjectNode) given.deepCopy();
		String type = item.path("type").asString("");
		String problem = switch (type) {
			case "message" -> List.of("user", "assistant", "system").contains(item.path("role").asString(""))
					? (item.path("content").isArray() ? null : "item.content") : "item.role";
			case "function_call_output" ->
				(item.path("call_id").isString() && item.path("output").isString()) ? null : "item.call_id";
			case "function_call" -> item.path("name").isString() ? null : "item.name";
			default -> "item.type";
		};
		if (problem != null) {
			emit(error("invalid_request_error", "invalid_value",
					"Invalid value for '" + problem + "' of a conversation item of type '" + type + "'.", problem,
					eventId));
			return;
		}
		if (!item.path("id").isString()) {
			item.put("id", this.simulator.id("item_"));
		}
		item.put("object", "realtime.item");
		item.put("status", "completed");
		String previousId = previous.isString() ? previous.asString() : null;
		int index = this.items.size();
		if (previousId != null) {
			if ("root".equals(previousId)) {
				index = 0;
			}
			else {
				index = indexOf(previousId) + 1;
				if (index == 0) {
					emit(error("invalid_request_error", "invalid_value",
							"Invalid 'previous_item_id': no item '" + previousId + "' in the conversation.",
							"previous_item_id", eventId));
					return;
				}
			}
		}
		String before = (index > 0) ? this.items.get(index - 1).path("id").asString() : null;
		this.items.add(index, item);
		emit(event("conversation.item.added").put("previous_item_id", before).set("item", item.deepCopy()));
		emit(event("conversation.item.done").put("previous_item_id", before).set("item", item.deepCopy()));
	}

	private int indexOf(String id) {
		for (int i = 0; i < this.items.size(); i++) {
			if (id.equals(this.items.get(i).path("id").asString())) {
				return i;
			}
		}
		return -1;
	}

	private void appendAudio(JsonNode event, @Nullable String eventId) {
		try {
			this.bufferedAudio += Base64.getDecoder().decode(event.path("audio").asString("")).length;
		}
		catch (IllegalArgumentException ex) {
			emit(error("invalid_request_error", "invalid_value", "Invalid 'audio': it is not base64.", "audio",
					eventId));
		}
	}

	private void commitAudio(@Nullable String eventId) {
		if (this.bufferedAudio < MIN_COMMIT_BYTES) {
			emit(error("invalid_request_error", "input_audio_buffer_commit_empty",
					"Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, but "
							+ "buffer only has " + (this.bufferedAudio / 48) + ".00ms of audio.",
					null, eventId));
			return;
		}
		long milliseconds = this.bufferedAudio / 48;
		this.bufferedAudio = 0;
		ObjectNode item = this.mapper.createObjectNode()
			.put("id", this.simulator.id("item_"))
			.put("type", "message")
			.put("role", "user");
		item.putArray("content")
			.addObject()
			.put("type", "input_audio")
			.put("transcript", "(" + milliseconds + " ms of audio)");
		String before = this.items.isEmpty() ? null : this.items.get(this.items.size() - 1).path("id").asString();
		emit(event("input_audio_buffer.committed").put("previous_item_id", before)
			.put("item_id", item.path("id").asString()));
		createItem(item, this.mapper.getNodeFactory().missingNode(), eventId);
	}

	private void createResponse(JsonNode params, @Nullable String eventId) {
		if (this.active.get() != null) {
			emit(error("invalid_request_error", "conversation_already_has_active_response",
					"Conversation already has an active response in progress: " + this.active.get().id()
							+ ". Wait until the response is finished before creating a new one.",
					null, eventId));
			return;
		}
		Active response = new Active(this.simulator.id("resp_"), new AtomicBoolean());
		List<JsonNode> context = params.path("input").isArray() ? params.path("input").valueStream().toList()
				: List.copyOf(this.items);
		boolean outOfBand = "none".equals(params.path("conversation").asString(null));
		JsonNode modalities = params.path("output_modalities").isArray() ? params.path("output_modalities")
				: this.session.path("output_modalities");
		boolean audio = modalities.valueStream().anyMatch((modality) -> "audio".equals(modality.asString("")));
		JsonNode tools = params.path("tools").isArray() ? params.path("tools") : this.session.path("tools");
		JsonNode choice = params.has("tool_choice") ? params.path("tool_choice") : this.session.path("tool_choice");
		RealtimeReply reply = RealtimeReply.of(context, tools, choice, this.simulator.script());
		this.active.set(response);
		RealtimeSimulator.Fault fault = this.simulator.takeFault();
		emit(new RealtimeResponseEvents(this, response, reply, outOfBand, modalities, audio, fault).events());
	}

	List<ObjectNode> items() {
		return this.items;
	}

	String conversationId() {
		return this.conversationId;
	}

	RealtimeSimulator simulator() {
		return this.simulator;
	}

	JsonMapper mapper() {
		return this.mapper;
	}

	Mono<Void> closeSocket(int code, @Nullable String reason) {
		return this.outbound.sendClose(code, reason).onErrorResume((ex) -> Mono.empty());
	}

	void finished(Active response) {
		this.active.compareAndSet(response, null);
	}

	ObjectNode event(String type) {
		return this.mapper.createObjectNode().put("type", type).put("event_id", this.simulator.id("event_"));
	}

	private ObjectNode error(String type, String code, String message, @Nullable String param,
			@Nullable String eventId) {
		ObjectNode event = event("error");
		event.putObject("error")
			.put("type", type)
			.put("code", code)
			.put("message", message)
			.put("param", param)
			.put("event_id", eventId);
		return event;
	}

	private ObjectNode newSession(String model) {
		ObjectNode created = this.mapper.createObjectNode()
			.put("type", "realtime")
			.put("object", "realtime.session")
			.put("id", this.simulator.id("sess_"))
			.put("model", model);
		created.putArray("output_modalities").add("audio");
		created.put("instructions", "You are the OpenAI simulator's realtime model: you answer the same words to the "
				+ "same message, without a network.");
		created.putArray("tools");
		created.put("tool_choice", "auto").put("max_output_tokens", "inf").putNull("tracing").putNull("prompt");
		created.put("expires_at", Instant.now().plus(Duration.ofHours(1)).getEpochSecond());
		ObjectNode audio = created.putObject("audio");
		ObjectNode input = audio.putObject("input");
		input.putObject("format").put("type", "audio/pcm").put("rate", 24_000);
		input.putNull("transcription").putNull("noise_reduction").putNull("turn_detection");
		ObjectNode output = audio.putObject("output");
		output.putObject("format").put("type", "audio/pcm").put("rate", 24_000);
		output.put("voice", "alloy").put("speed", 1.0);
		return created;
	}

	static String base64Audio(String text) {
		byte[] pcm = Wav.tone(Math.max(1, AnswerText.countTokens(text)) * SECONDS_PER_TOKEN,
				220 + Math.floorMod(text.hashCode(), 220));
		return Base64.getEncoder().encodeToString(pcm);
	}

	/**
	 * The response in progress.
	 *
	 * @param id its id
	 * @param cancelled whether {@code response.cancel} asked to stop it
	 */
	record Active(String id, AtomicBoolean cancelled) {
	}

}
