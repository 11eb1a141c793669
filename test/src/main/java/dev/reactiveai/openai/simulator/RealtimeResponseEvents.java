package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of one simulated realtime response, in the API's order:
 * {@code response.created}, the output item and its content part added, the deltas (text,
 * or audio transcript and PCM16 audio, or function call arguments), each part and item
 * done, {@code response.done} with usage, and {@code rate_limits.updated}. A cancelled
 * response ends early with status {@code cancelled}; a fault closes the socket after the
 * first delta, or stalls after {@code response.created}.
 */
final class RealtimeResponseEvents {

	private final RealtimeConnection connection;

	private final RealtimeConnection.Active active;

	private final RealtimeReply reply;

	private final boolean outOfBand;

	private final JsonNode modalities;

	private final boolean audio;

	private final RealtimeSimulator.@Nullable Fault fault;

	private final StringBuilder said = new StringBuilder();

	RealtimeResponseEvents(RealtimeConnection connection, RealtimeConnection.Active active, RealtimeReply reply,
			boolean outOfBand, JsonNode modalities, boolean audio, RealtimeSimulator.@Nullable Fault fault) {
		this.connection = connection;
		this.active = active;
		this.reply = reply;
		this.outOfBand = outOfBand;
		this.modalities = modalities;
		this.audio = audio;
		this.fault = fault;
	}

	Flux<ObjectNode> events() {
		RealtimeSimulator.Fault planned = this.fault;
		if (planned != null && planned.stalls()) {
			// The response stays active and nothing more of it comes; the session still
			// answers other events, as when the model hangs.
			return Flux.just(created());
		}
		ObjectNode item = (this.reply.function() != null) ? functionItem() : messageItem();
		Flux<ObjectNode> head = Flux.defer(() -> Flux.fromIterable(head(item)));
		Flux<ObjectNode> deltas = deltas(item);
		if (planned != null) {
			return head.concatWith(deltas.take(1))
				.concatWith(this.connection.closeSocket(planned.code(), planned.reason()).then(Mono.empty()))
				.doFinally((signal) -> this.connection.finished(this.active));
		}
		return head.concatWith(deltas.takeWhile((delta) -> !this.active.cancelled().get()))
			.concatWith(Flux.defer(() -> Flux.fromIterable(tail(item))));
	}

	private List<ObjectNode> head(ObjectNode item) {
		List<ObjectNode> events = new ArrayList<>();
		events.add(created());
		String before = null;
		if (!this.outOfBand) {
			List<ObjectNode> items = this.connection.items();
			before = items.isEmpty() ? null : items.get(items.size() - 1).path("id").asString();
			items.add(item);
		}
		events.add(event("response.output_item.added").put("output_index", 0).set("item", item.deepCopy()));
		if (!this.outOfBand) {
			events.add(this.connection.event("conversation.item.added")
				.put("previous_item_id", before)
				.set("item", item.deepCopy()));
		}
		if (this.reply.function() == null) {
			ObjectNode part = this.connection.mapper().createObjectNode().put("type", this.audio ? "audio" : "text");
			part.put(this.audio ? "transcript" : "text", "");
			events.add(content("response.content_part.added", item).set("part", part));
		}
		return events;
	}

	private Flux<ObjectNode> deltas(ObjectNode item) {
		Flux<ObjectNode> deltas;
		if (this.reply.function() != null) {
			String arguments = (this.reply.arguments() != null) ? this.reply.arguments() : "{}";
			int half = arguments.length() / 2;
			deltas = Flux.just(arguments.substring(0, half), arguments.substring(half))
				.filter((chunk) -> !chunk.isEmpty())
				.map((chunk) -> event("response.function_call_arguments.delta").put("item_id", id(item))
					.put("output_index", 0)
					.put("call_id", item.path("call_id").asString())
					.put("delta", chunk));
		}
		else {
			String text = (this.reply.text() != null) ? this.reply.text() : "";
			deltas = Flux.fromIterable(AnswerText.tokens(text)).concatMap((token) -> {
				this.said.append(token);
				if (!this.audio) {
					return Flux.just(content("response.output_text.delta", item).put("delta", token));
				}
				return Flux.just(content("response.output_audio_transcript.delta", item).put("delta", token),
						content("response.output_audio.delta", item).put("delta",
								RealtimeConnection.base64Audio(token)));
			});
		}
		Duration delay = this.connection.simulator().tokenDelay();
		return delay.isZero() ? deltas : deltas.delayElements(delay);
	}

	private List<ObjectNode> tail(ObjectNode item) {
		// Not active any more before response.done goes out, so that a response.create
		// sent on reading it is accepted.
		this.connection.finished(this.active);
		boolean cancelled = this.active.cancelled().get();
		String status = cancelled ? "incomplete" : "completed";
		List<ObjectNode> events = new ArrayList<>();
		String function = this.reply.function();
		String text = this.said.toString();
		if (function != null) {
			String arguments = (this.reply.arguments() != null) ? this.reply.arguments() : "{}";
			item.put("arguments", arguments).put("status", status);
			events.add(event("response.function_call_arguments.done").put("item_id", id(item))
				.put("output_index", 0)
				.put("call_id", item.path("call_id").asString())
				.put("name", function)
				.put("arguments", arguments));
		}
		else {
			if (this.audio) {
				events.add(content("response.output_audio.done", item));
				events.add(content("response.output_audio_transcript.done", item).put("transcript", text));
			}
			else {
				events.add(content("response.output_text.done", item).put("text", text));
			}
			ObjectNode part = this.connection.mapper().createObjectNode().put("type", this.audio ? "audio" : "text");
			part.put(this.audio ? "transcript" : "text", text);
			events.add(content("response.content_part.done", item).set("part", part));
			item.put("status", status);
			item.putArray("content")
				.addObject()
				.put("type", this.audio ? "output_audio" : "output_text")
				.put(this.audio ? "transcript" : "text", text);
		}
		events.add(event("response.output_item.done").put("output_index", 0).set("item", item.deepCopy()));
		if (!this.outOfBand) {
			events.add(this.connection.event("conversation.item.done").set("item", item.deepCopy()));
		}
		ObjectNode response = response(cancelled ? "cancelled" : "completed");
		response.putArray("output").add(item.deepCopy());
		if (cancelled) {
			response.putObject("status_details").put("type", "cancelled").put("reason", "client_cancelled");
		}
		long output = AnswerText.countTokens((function != null) ? String.valueOf(this.reply.arguments()) : text);
		long audioTokens = this.audio ? output * 3 : 0;
		ObjectNode usage = response.putObject("usage")
			.put("total_tokens", this.reply.inputTokens() + output + audioTokens)
			.put("input_tokens", this.reply.inputTokens())
			.put("output_tokens", output + audioTokens);
		ObjectNode input = usage.putObject("input_token_details")
			.put("text_tokens", this.reply.inputTokens())
			.put("audio_tokens", 0)
			.put("image_tokens", 0)
			.put("cached_tokens", 0);
		input.putObject("cached_tokens_details").put("text_tokens", 0).put("audio_tokens", 0).put("image_tokens", 0);
		usage.putObject("output_token_details").put("text_tokens", output).put("audio_tokens", audioTokens);
		events.add(this.connection.event("response.done").set("response", response));
		ObjectNode limits = this.connection.event("rate_limits.updated");
		limits.putArray("rate_limits")
			.add(this.connection.mapper()
				.createObjectNode()
				.put("name", "requests")
				.put("limit", 5000)
				.put("remaining", 4999)
				.put("reset_seconds", 0.012))
			.add(this.connection.mapper()
				.createObjectNode()
				.put("name", "tokens")
				.put("limit", 400_000)
				.put("remaining", 400_000 - this.reply.inputTokens() - output)
				.put("reset_seconds", 0.3));
		events.add(limits);
		return events;
	}

	private ObjectNode created() {
		ObjectNode response = response("in_progress");
		response.putArray("output");
		response.putNull("usage");
		return this.connection.event("response.created").set("response", response);
	}

	private ObjectNode response(String status) {
		ObjectNode response = this.connection.mapper()
			.createObjectNode()
			.put("object", "realtime.response")
			.put("id", this.active.id())
			.put("status", status)
			.putNull("status_details")
			.put("conversation_id", this.outOfBand ? null : this.connection.conversationId());
		response.set("output_modalities", this.modalities.deepCopy());
		response.put("max_output_tokens", "inf");
		response.putObject("audio")
			.putObject("output")
			.put("voice", "alloy")
			.putObject("format")
			.put("type", "audio/pcm")
			.put("rate", 24_000);
		response.putNull("metadata");
		return response;
	}

	private ObjectNode messageItem() {
		ObjectNode item = this.connection.mapper()
			.createObjectNode()
			.put("id", this.connection.simulator().id("item_"))
			.put("object", "realtime.item")
			.put("type", "message")
			.put("status", "in_progress")
			.put("role", "assistant");
		item.putArray("content");
		return item;
	}

	private ObjectNode functionItem() {
		return this.connection.mapper()
			.createObjectNode()
			.put("id", this.connection.simulator().id("item_"))
			.put("object", "realtime.item")
			.put("type", "function_call")
			.put("status", "in_progress")
			.put("name", this.reply.function())
			.put("call_id", this.connection.simulator().id("call_"))
			.put("arguments", "");
	}

	private ObjectNode event(String type) {
		return this.connection.event(type).put("response_id", this.active.id());
	}

	private ObjectNode content(String type, ObjectNode item) {
		return event(type).put("item_id", id(item)).put("output_index", 0).put("content_index", 0);
	}

	private static String id(ObjectNode item) {
		return item.path("id").asString();
	}

}
