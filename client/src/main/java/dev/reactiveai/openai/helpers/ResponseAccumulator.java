package dev.reactiveai.openai.helpers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.FunctionToolCall;
import dev.reactiveai.openai.types.OutputContent;
import dev.reactiveai.openai.types.OutputItem;
import dev.reactiveai.openai.types.OutputMessage;
import dev.reactiveai.openai.types.OutputMessageContent;
import dev.reactiveai.openai.types.OutputTextContent;
import dev.reactiveai.openai.types.RefusalContent;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ResponseCompletedEvent;
import dev.reactiveai.openai.types.ResponseContentPartAddedEvent;
import dev.reactiveai.openai.types.ResponseContentPartDoneEvent;
import dev.reactiveai.openai.types.ResponseCreatedEvent;
import dev.reactiveai.openai.types.ResponseFailedEvent;
import dev.reactiveai.openai.types.ResponseFunctionCallArgumentsDeltaEvent;
import dev.reactiveai.openai.types.ResponseInProgressEvent;
import dev.reactiveai.openai.types.ResponseIncompleteEvent;
import dev.reactiveai.openai.types.ResponseOutputItemAddedEvent;
import dev.reactiveai.openai.types.ResponseOutputItemDoneEvent;
import dev.reactiveai.openai.types.ResponseQueuedEvent;
import dev.reactiveai.openai.types.ResponseRefusalDeltaEvent;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import dev.reactiveai.openai.types.ResponseTextDeltaEvent;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the events of a streamed response together into the final {@link Response}. The
 * API sends the whole response in the last event ({@code response.completed},
 * {@code response.failed} or {@code response.incomplete}), which is taken as it is. A
 * stream that ends without one (a server that leaves it out, or {@link #response()} asked
 * mid-stream) gives the last response announced ({@code response.created},
 * {@code in_progress}, {@code queued}) with the output items so far: each item as
 * {@code response.output_item.done} gave it, or, for one not done yet, as it was added
 * with the text, refusal and function-call argument deltas that came for it.
 * <p>
 * As an operator:
 * {@code responses.createStream(request).as(ResponseAccumulator.accumulate())}; to see
 * the events and have the response too, {@code .transform(accumulator::tap)} and
 * {@link #result()}, as with {@link ChatCompletionAccumulator}. One accumulator per
 * stream.
 */
public final class ResponseAccumulator {

	private static final JsonMapper MAPPER = OpenAiJson.mapper();

	private final StreamTap<ResponseStreamEvent, Response> tap = new StreamTap<>("ResponseAccumulator");

	private @Nullable Response terminal;

	private @Nullable Response latest;

	private final Map<Long, OutputItem> added = new TreeMap<>();

	private final Map<Long, OutputItem> done = new TreeMap<>();

	private final Map<Long, Map<Long, OutputContent>> parts = new TreeMap<>();

	private final Map<Long, Map<Long, StringBuilder>> texts = new TreeMap<>();

	private final Map<Long, Map<Long, StringBuilder>> refusals = new TreeMap<>();

	private final Map<Long, StringBuilder> arguments = new TreeMap<>();

	private ResponseAccumulator() {
	}

	/**
	 * A new accumulator, for one stream.
	 * @return the accumulator
	 */
	public static ResponseAccumulator create() {
		return new ResponseAccumulator();
	}

	/**
	 * The operator that turns a stream of events into the final response, once the stream
	 * has ended. Each subscription accumulates afresh.
	 * @return the operator
	 */
	public static Function<Flux<ResponseStreamEvent>, Mono<Response>> accumulate() {
		return (events) -> events.reduceWith(ResponseAccumulator::new, (accumulator, event) -> {
			accumulator.add(event);
			return accumulator;
		}).map(ResponseAccumulator::response);
	}

	/**
	 * Passes a stream on unchanged, adding every event; when it completes,
	 * {@link #result()} gives the response. Use with
	 * {@code flux.transform(accumulator::tap)}; subscribe to it once.
	 * @param events the stream
	 * @return the same events
	 */
	public Flux<ResponseStreamEvent> tap(Flux<ResponseStreamEvent> events) {
		return this.tap.tap(events, this::add, this::response);
	}

	/**
	 * The response of the stream passed through {@link #tap}: it comes when the stream
	 * completes, and fails when the stream fails or is cancelled, or had no response.
	 * @return the response
	 */
	public Mono<Response> result() {
		return this.tap.result();
	}

	/**
	 * Adds an event.
	 * @param event the next event of the stream
	 * @return the event, for use in {@code map}
	 */
	public synchronized ResponseStreamEvent add(ResponseStreamEvent event) {
		if (event instanceof ResponseCompletedEvent completed) {
			this.terminal = completed.response();
		}
		else if (event instanceof ResponseFailedEvent failed) {
			this.terminal = failed.response();
		}
		else if (event instanceof ResponseIncompleteEvent incomplete) {
			this.terminal = incomplete.response();
		}
		else if (event instanceof ResponseCreatedEvent created) {
			this.latest = created.response();
		}
		else if (event instanceof ResponseInProgressEvent inProgress) {
			this.latest = inProgress.response();
		}
		else if (event instanceof ResponseQueuedEvent queued) {
			this.latest = queued.response();
		}
		else if (event instanceof ResponseOutputItemAddedEvent itemAdded) {
			this.added.put(itemAdded.outputIndex(), itemAdded.item());
		}
		else if (event instanceof ResponseOutputItemDoneEvent itemDone) {
			this.done.put(itemDone.outputIndex(), itemDone.item());
		}
		else if (event instanceof ResponseContentPartAddedEvent partAdded) {
			this.parts.computeIfAbsent(partAdded.outputIndex(), (key) -> new TreeMap<>())
				.putIfAbsent(partAdded.contentIndex(), partAdded.part());
		}
		else if (event instanceof ResponseContentPartDoneEvent partDone) {
			this.parts.computeIfAbsent(partDone.outputIndex(), (key) -> new TreeMap<>())
				.put(partDone.contentIndex(), partDone.part());
			textOf(this.texts, partDone.outputIndex(), partDone.contentIndex()).setLength(0);
			textOf(this.refusals, partDone.outputIndex(), partDone.contentIndex()).setLength(0);
		}
		else if (event instanceof ResponseTextDeltaEvent delta) {
			textOf(this.texts, delta.outputIndex(), delta.contentIndex()).append(delta.delta());
		}
		else if (event instanceof ResponseRefusalDeltaEvent delta) {
			textOf(this.refusals, delta.outputIndex(), delta.contentIndex()).append(delta.delta());
		}
		else if (event instanceof ResponseFunctionCallArgumentsDeltaEvent delta) {
			this.arguments.computeIfAbsent(delta.outputIndex(), (key) -> new StringBuilder()).append(delta.delta());
		}
		return event;
	}

	/**
	 * The final response, or, before the last event, the response so far.
	 * @return the response
	 * @throws IllegalStateException if no event carried a response
	 */
	public synchronized Response response() {
		if (this.terminal != null) {
			return this.terminal;
		}
		if (this.latest == null) {
			throw new IllegalStateException("The stream had no response event (response.created, "
					+ "response.completed, ...): there is no response to put together");
		}
		TreeSet<Long> indexes = new TreeSet<>(this.added.keySet());
		indexes.addAll(this.done.keySet());
		List<OutputItem> output = new ArrayList<>();
		for (Long index : indexes) {
			OutputItem item = this.done.get(index);
			// An index is in done or in added: what is not done was added.
			output.add((item != null) ? item : unfinished(index, Objects.requireNonNull(this.added.get(index))));
		}
		// Through JSON rather than the builder: a response as announced keeps its nulls
		// (error, say), which the builder would refuse; output_text is computed afresh.
		ObjectNode json = MAPPER.valueToTree(this.latest);
		json.set("output", MAPPER.valueToTree(output));
		json.remove("output_text");
		return MAPPER.treeToValue(json, Response.class);
	}

	private OutputItem unfinished(Long index, OutputItem item) {
		if (item instanceof OutputMessage message) {
			List<OutputMessageContent> content = new ArrayList<>();
			Map<Long, OutputContent> messageParts = this.parts.getOrDefault(index, Map.of());
			TreeSet<Long> contentIndexes = new TreeSet<>(messageParts.keySet());
			contentIndexes.addAll(this.texts.getOrDefault(index, Map.of()).keySet());
			contentIndexes.addAll(this.refusals.getOrDefault(index, Map.of()).keySet());
			for (Long contentIndex : contentIndexes) {
				OutputMessageContent part = part(messageParts.get(contentIndex),
						this.texts.getOrDefault(index, Map.of()).get(contentIndex),
						this.refusals.getOrDefault(index, Map.of()).get(contentIndex));
				if (part != null) {
					content.add(part);
				}
			}
			return message.toBuilder().content(content).build();
		}
		if (item instanceof FunctionToolCall call && this.arguments.containsKey(index)) {
			return call.toBuilder().arguments(this.arguments.get(index).toString()).build();
		}
		return item;
	}

	private static @Nullable OutputMessageContent part(@Nullable OutputContent part, @Nullable StringBuilder text,
			@Nullable StringBuilder refusal) {
		boolean hasText = text != null && text.length() > 0;
		boolean hasRefusal = refusal != null && refusal.length() > 0;
		if (part instanceof OutputTextContent textPart) {
			return hasText ? textPart.toBuilder().text(textPart.text() + text).build() : textPart;
		}
		if (part instanceof RefusalContent refusalPart) {
			return hasRefusal ? refusalPart.toBuilder().refusal(refusalPart.refusal() + refusal).build() : refusalPart;
		}
		if (part == null && text != null && hasText) {
			return OutputTextContent.builder().text(text.toString()).annotations(List.of()).logprobs(List.of()).build();
		}
		if (part == null && refusal != null && hasRefusal) {
			return RefusalContent.builder().refusal(refusal.toString()).build();
		}
		return (part instanceof OutputMessageContent content) ? content : null;
	}

	private static StringBuilder textOf(Map<Long, Map<Long, StringBuilder>> texts, Long outputIndex,
			Long contentIndex) {
		return texts.computeIfAbsent(outputIndex, (key) -> new TreeMap<>())
			.computeIfAbsent(contentIndex, (key) -> new StringBuilder());
	}

}
