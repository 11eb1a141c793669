package dev.reactiveai.openai.realtime.websocket;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.reactiveai.openai.core.internal.Redactor;
import dev.reactiveai.openai.core.internal.ServerText;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.error.RealtimeErrorEventException;
import dev.reactiveai.openai.helpers.ToolDefinition;
import dev.reactiveai.openai.helpers.ToolLoop;
import dev.reactiveai.openai.helpers.ToolLoopException;
import dev.reactiveai.openai.types.RealtimeClientEvent;
import dev.reactiveai.openai.types.RealtimeClientEventConversationItemCreate;
import dev.reactiveai.openai.types.RealtimeClientEventResponseCreate;
import dev.reactiveai.openai.types.RealtimeConversationItem;
import dev.reactiveai.openai.types.RealtimeConversationItemFunctionCall;
import dev.reactiveai.openai.types.RealtimeConversationItemFunctionCallOutput;
import dev.reactiveai.openai.types.RealtimeConversationItemMessageUser;
import dev.reactiveai.openai.types.RealtimeFunctionTool;
import dev.reactiveai.openai.types.RealtimeResponse;
import dev.reactiveai.openai.types.RealtimeResponseCreateParams;
import dev.reactiveai.openai.types.RealtimeServerEvent;
import dev.reactiveai.openai.types.RealtimeServerEventError;
import dev.reactiveai.openai.types.RealtimeServerEventResponseAudioTranscriptDelta;
import dev.reactiveai.openai.types.RealtimeServerEventResponseDone;
import dev.reactiveai.openai.types.RealtimeServerEventResponseTextDelta;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The conversation helpers of a session: a user message, a response, its deltas, and the
 * rounds of function calls in between.
 */
final class RealtimeTurns {

	private final RealtimeSession session;

	private final Redactor redactor;

	RealtimeTurns(RealtimeSession session, Redactor redactor) {
		this.session = session;
		this.redactor = redactor;
	}

	Flux<String> reply(String userText, @Nullable ToolLoop tools) {
		if (userText.isEmpty()) {
			return Flux.error(new IllegalArgumentException("'userText' must not be empty: give the user's message"));
		}
		return round(List.of(userMessage(userText), responseCreate(tools)), tools, 1);
	}

	private Flux<String> round(List<RealtimeClientEvent> toSend, @Nullable ToolLoop tools, int round) {
		return Flux.defer(() -> {
			AtomicReference<@Nullable RealtimeServerEventResponseDone> done = new AtomicReference<>();
			// Subscribed to the events before the first event is sent, so that no answer
			// is missed: merge subscribes to its sources in order.
			Flux<RealtimeServerEvent> answer = Flux.merge(this.session.events(),
					this.session.send(Flux.fromIterable(toSend)).then(Mono.empty()));
			return answer.takeUntil(RealtimeServerEventResponseDone.class::isInstance).<String>handle((event, sink) -> {
				if (event instanceof RealtimeServerEventResponseTextDelta text) {
					sink.next(text.delta());
				}
				else if (event instanceof RealtimeServerEventResponseAudioTranscriptDelta transcript) {
					sink.next(transcript.delta());
				}
				else if (event instanceof RealtimeServerEventError error) {
					sink.error(errorEvent(error));
				}
				else if (event instanceof RealtimeServerEventResponseDone finished) {
					done.set(finished);
				}
			}).concatWith(Flux.defer(() -> next(done.get(), tools, round)));
		});
	}

	private Flux<String> next(@Nullable RealtimeServerEventResponseDone done, @Nullable ToolLoop tools, int round) {
		if (done == null) {
			return Flux.error(this.session.closedError("finish the reply"));
		}
		RealtimeResponse response = done.response();
		if (response.status() != null && "failed".equals(response.status().value())) {
			return Flux.error(new OpenAiException("The realtime response " + response.id() + " failed: "
					+ failure(response) + "; the session is still open"));
		}
		List<RealtimeConversationItemFunctionCall> calls = (response.output() != null) ? response.output()
			.stream()
			.filter(RealtimeConversationItemFunctionCall.class::isInstance)
			.map(RealtimeConversationItemFunctionCall.class::cast)
			.toList() : List.of();
		if (tools == null || calls.isEmpty()) {
			return Flux.empty();
		}
		if (round >= tools.maxRounds()) {
			return Flux.error(new ToolLoopException("The model still asked for tools "
					+ calls.stream().map(RealtimeConversationItemFunctionCall::name).toList() + " after " + round
					+ " rounds; raise ToolLoop.builder().maxRounds(..) if it needs more"));
		}
		return Flux.fromIterable(calls)
			.concatMap(
					(call) -> tools.call(call.name(), call.arguments()).map((output) -> functionOutput(call, output)))
			.collectList()
			.flatMapMany((outputs) -> {
				List<RealtimeClientEvent> toSend = new ArrayList<>(outputs);
				toSend.add(responseCreate(tools));
				return round(toSend, tools, round + 1);
			});
	}

	private String failure(RealtimeResponse response) {
		RealtimeResponse.StatusDetails details = response.statusDetails();
		if (details == null || details.error() == null) {
			return "no reason given";
		}
		RealtimeResponse.StatusDetails.Error error = details.error();
		return ServerText.quote(this.redactor.redact(String.valueOf(error.code()) + ": " + error.type()),
				ServerText.MAX_TEXT);
	}

	private RealtimeErrorEventException errorEvent(RealtimeServerEventError event) {
		RealtimeServerEventError.Error error = event.error();
		StringBuilder message = new StringBuilder("The realtime session answered with an error event: ")
			.append(ServerText.quote(this.redactor.redact(String.valueOf(error.message())), ServerText.MAX_TEXT))
			.append(" (type=")
			.append(error.type())
			.append(", code=")
			.append(error.code());
		if (error.eventId() != null) {
			message.append(", about client event ").append(error.eventId());
		}
		return new RealtimeErrorEventException(message.append(')').toString(), event);
	}

	static RealtimeClientEvent userMessage(String text) {
		return RealtimeClientEventConversationItemCreate.builder()
			.item(RealtimeConversationItemMessageUser.builder()
				.addContent(RealtimeConversationItemMessageUser.ContentItem.builder()
					.type(RealtimeConversationItemMessageUser.ContentItem.Type.INPUT_TEXT)
					.text(text)
					.build())
				.build())
			.build();
	}

	private static RealtimeClientEvent functionOutput(RealtimeConversationItemFunctionCall call, String output) {
		RealtimeConversationItem item = RealtimeConversationItemFunctionCallOutput.builder()
			.callId(call.callId())
			.output(output)
			.build();
		return RealtimeClientEventConversationItemCreate.builder().item(item).build();
	}

	private static RealtimeClientEvent responseCreate(@Nullable ToolLoop tools) {
		RealtimeClientEventResponseCreate.Builder create = RealtimeClientEventResponseCreate.builder();
		if (tools != null) {
			RealtimeResponseCreateParams.Builder params = RealtimeResponseCreateParams.builder();
			for (ToolDefinition<?> tool : tools.definitions()) {
				params.addTool(RealtimeFunctionTool.builder()
					.name(tool.name())
					.description(tool.description())
					.parameters(tool.parameters())
					.build());
			}
			create.response(params.build());
		}
		return create.build();
	}

}
