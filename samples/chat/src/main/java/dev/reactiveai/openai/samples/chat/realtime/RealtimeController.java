package dev.reactiveai.openai.samples.chat.realtime;

import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.realtime.websocket.RealtimeConnector;
import dev.reactiveai.openai.realtime.websocket.RealtimeSessionRequest;
import dev.reactiveai.openai.types.RealtimeClientEventSessionUpdate;
import dev.reactiveai.openai.types.RealtimeSessionCreateRequestGA;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Answers a message through a realtime session: the server opens a WebSocket to the
 * realtime API, asks for text only, sends the message, and passes each delta of the reply
 * on to the page as a server-sent event ({@code delta}, then {@code done} with the whole
 * text, or {@code error}). The session closes when the reply is done, or when the page
 * goes away (cancelling closes the socket).
 */
@RestController
@RequestMapping("/api/realtime")
class RealtimeController {

	private static final int MAX_MESSAGE_LENGTH = 4000;

	private final RealtimeConnector realtime;

	private final String model;

	RealtimeController(RealtimeConnector realtime, @Value("${sample.realtime-model:gpt-realtime}") String model) {
		this.realtime = realtime;
		this.model = model;
	}

	@PostMapping(path = "/messages", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<EventData>> send(@RequestBody NewMessage message) {
		String text = (message.text() != null) ? message.text().strip() : "";
		if (text.isEmpty() || text.length() > MAX_MESSAGE_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A message has 1 to " + MAX_MESSAGE_LENGTH + " characters");
		}
		RealtimeClientEventSessionUpdate textOnly = RealtimeClientEventSessionUpdate.builder()
			.session(RealtimeSessionCreateRequestGA.builder().addOutputModality("text").build())
			.build();
		StringBuilder reply = new StringBuilder();
		return this.realtime
			.withSession(RealtimeSessionRequest.model(this.model),
					(session) -> session.send(textOnly).thenMany(session.replyDeltas(text)))
			.map((delta) -> {
				reply.append(delta);
				return event("delta", delta);
			})
			.concatWith(Mono.fromSupplier(() -> event("done", reply.toString())))
			.onErrorResume(OpenAiException.class, (ex) -> Mono.just(event("error", ex.getMessage())));
	}

	private static ServerSentEvent<EventData> event(String name, String text) {
		return ServerSentEvent.builder(new EventData(text)).event(name).build();
	}

	/**
	 * A message from the page.
	 *
	 * @param text the message
	 */
	record NewMessage(@Nullable String text) {
	}

	/**
	 * The data of an event.
	 *
	 * @param text a delta, the whole reply, or what went wrong
	 */
	record EventData(String text) {
	}

}
