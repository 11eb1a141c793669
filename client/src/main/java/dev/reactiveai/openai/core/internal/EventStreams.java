package dev.reactiveai.openai.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dev.reactiveai.openai.core.internal.sse.SseDecoder;
import dev.reactiveai.openai.core.internal.sse.SseEvent;
import dev.reactiveai.openai.error.OpenAiStreamException;
import dev.reactiveai.openai.json.internal.DirectReader;
import dev.reactiveai.openai.json.internal.RepeatedStrings;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * Reads an answer of server-sent events as typed events: {@code [DONE]} ends it, and an
 * {@code error} event, or data with an {@code error} member, fails it with
 * {@link OpenAiStreamException} after the events before it.
 */
final class EventStreams {

	/** How much of an answer that should have been an event stream an error quotes. */
	private static final int NOT_A_STREAM_EXCERPT = 512;

	/** What ends the items of a stream: its {@code [DONE]}. */
	private static final Object END = new Object();

	private final JsonMapper mapper;

	private final ErrorDecoder errors;

	private final SseDecoder decoder;

	/**
	 * The readers of the plain event types, made once per type: finding a type's direct
	 * reader visits the deserializer of each of its variants.
	 */
	private final Map<Class<?>, EventReader<?>> plainReaders = new ConcurrentHashMap<>();

	EventStreams(JsonMapper mapper, ErrorDecoder errors, MemoryBudget budget, int maxEventSize) {
		this.mapper = mapper;
		this.errors = errors;
		this.decoder = new SseDecoder(maxEventSize, budget);
	}

	/**
	 * Reads the data of each event as the event type.
	 * @param <E> the event type
	 * @param eventType the event type
	 * @return the reader
	 */
	@SuppressWarnings("unchecked")
	<E> EventReader<E> plain(Class<E> eventType) {
		return (EventReader<E>) this.plainReaders.computeIfAbsent(eventType, this::newPlain);
	}

	private <E> EventReader<E> newPlain(Class<E> eventType) {
		ObjectReader reader = this.mapper.readerFor(eventType);
		// An event that a batch fails to read is read again alone, without the attribute.
		ObjectReader batchReader = reader.withAttribute(UnionDeserializer.READ_IN_PLACE, Boolean.TRUE);
		return new EventReader<>(eventType, (event) -> reader.readValue(event.bytes(), event.offset(), event.length()),
				batchReader, DirectReader.of(this.mapper, eventType));
	}

	/**
	 * Reads each event as {@code {"event": name, "data": data}}, the shape the API
	 * description gives the events that the SSE {@code event:} line names, such as the
	 * Assistants runs' ({@code thread.run.created}, ...).
	 * @param <E> the event type
	 * @param eventType the event type
	 * @return the reader
	 */
	<E> EventReader<E> named(Class<E> eventType) {
		ObjectReader reader = this.mapper.readerFor(eventType);
		return new EventReader<>(eventType, (event) -> {
			ObjectNode envelope = this.mapper.createObjectNode();
			envelope.put("event", event.event());
			envelope.set("data", event.isDone() ? this.mapper.getNodeFactory().stringNode("[DONE]")
					: this.mapper.readTree(event.bytes(), event.offset(), event.length()));
			return reader.readValue(envelope);
		}, null, null);
	}

	/**
	 * The events of a successful answer.
	 * @param <E> the event type
	 * @param request the request answered
	 * @param response the answer
	 * @param activity what to run when bytes arrive, comments included
	 * @param reader how to read an event
	 * @return the events
	 */
	<E> Flux<E> events(ApiRequest request, ClientResponse response, Runnable activity, EventReader<E> reader) {
		String requestId = response.headers().asHttpHeaders().getFirst("x-request-id");
		if (!isEventStream(response)) {
			return this.<E>notAnEventStream(request, response, requestId).flux();
		}
		// Any bytes, comments included, show that the stream is alive.
		RepeatedStrings repeats = new RepeatedStrings();
		return this.decoder
			.readBatches(response.body(BodyExtractors.toDataBuffers()).doOnNext((buffer) -> activity.run()),
					(batch) -> read(batch, reader, requestId, repeats))
			.concatMapIterable(Function.identity())
			.handle((item, sink) -> {
				if (item == END) {
					sink.complete();
				}
				else if (item instanceof Failed failed) {
					sink.error(failed.error());
				}
				else {
					sink.next(reader.type().cast(item));
				}
			});
	}

	/**
	 * Read the events that arrived together, in order: each as its type, up to
	 * {@code [DONE]} ({@link #END}) or to the first that fails the stream
	 * ({@link Failed}), whose error the events before it precede.
	 */
	private <E> List<Object> read(List<SseEvent> events, EventReader<E> reader, @Nullable String requestId,
			RepeatedStrings repeats) {
		List<Object> items = new ArrayList<>(events.size());
		ObjectReader batchReader = reader.batchReader();
		EventBatch batch = (reader.direct() == null && batchReader != null && events.size() > 1)
				? EventBatch.of(batchReader, events) : null;
		try {
			for (int i = 0; i < events.size(); i++) {
				SseEvent event = events.get(i);
				if (event.isDone() && !"done".equals(event.event())) {
					items.add(END);
					return items;
				}
				Object item = read(event, i, batch, reader, requestId, repeats);
				items.add(item);
				if (item instanceof Failed) {
					return items;
				}
			}
			return items;
		}
		finally {
			if (batch != null) {
				batch.close();
			}
		}
	}

	private <E> Object read(SseEvent event, int index, @Nullable EventBatch batch, EventReader<E> reader,
			@Nullable String requestId, RepeatedStrings repeats) {
		try {
			E value = "error".equals(event.event()) ? null : readFast(event, index, batch, reader.direct(), repeats);
			// Most events' values show that they report no error, without a search of
			// their bytes.
			if (value != null && ErrorMembers.certainlyNoneIn(value)) {
				return value;
			}
			OpenAiStreamException error = this.errors.streamError(event, requestId);
			if (error != null) {
				return new Failed(error);
			}
			return (value != null) ? value : reader.parser().read(event);
		}
		catch (JacksonException ex) {
			return new Failed(this.errors
				.unreadable("stream event '" + event.event() + "' as " + reader.type().getSimpleName(), ex, requestId));
		}
		catch (RuntimeException ex) {
			return new Failed(ex);
		}
	}

	/**
	 * Read an event the fast way that the reader has, or answer null to have it read
	 * alone.
	 */
	private static <E> @Nullable E readFast(SseEvent event, int index, @Nullable EventBatch batch,
			@Nullable DirectReader<E> direct, RepeatedStrings repeats) {
		if (direct != null) {
			return direct.read(event.bytes(), event.offset(), event.length(), repeats);
		}
		return (batch != null) ? batch.read(index) : null;
	}

	private static boolean isEventStream(ClientResponse response) {
		return response.headers()
			.contentType()
			.map((type) -> type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM))
			.orElse(false);
	}

	/**
	 * A proxy's or captive portal's page must not pass for a stream without events: the
	 * error quotes the start of what came instead.
	 */
	private <E> Mono<E> notAnEventStream(ApiRequest request, ClientResponse response, @Nullable String requestId) {
		String contentType = response.headers().asHttpHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
		return response.body(BodyExtractors.toDataBuffers()).next().map((buffer) -> {
			try {
				int length = Math.min(buffer.readableByteCount(), NOT_A_STREAM_EXCERPT);
				byte[] start = new byte[length];
				buffer.read(start);
				return new String(start, StandardCharsets.UTF_8);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		})
			.defaultIfEmpty("")
			.flatMap((start) -> Mono
				.error(this.errors.notAnEventStream(request, contentType, start.strip(), requestId)));
	}

	/**
	 * How the events of a stream are read.
	 *
	 * @param <E> the event type
	 * @param type the event type, named in errors
	 * @param parser reads one event
	 * @param batchReader reads the data of events that arrived together with one parser,
	 * or null to read each with {@code parser}
	 * @param direct reads the data straight from its bytes where it can, or null; used
	 * instead of the batch reader
	 */
	record EventReader<E>(Class<E> type, Parser<E> parser, @Nullable ObjectReader batchReader,
			@Nullable DirectReader<E> direct) {

	}

	/** An event that fails the stream, after the events before it. */
	private record Failed(RuntimeException error) {

	}

	/**
	 * Reads one event.
	 *
	 * @param <E> the event type
	 */
	@FunctionalInterface
	interface Parser<E> {

		E read(SseEvent event);

	}

}
