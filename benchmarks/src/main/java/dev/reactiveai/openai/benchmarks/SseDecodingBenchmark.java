package dev.reactiveai.openai.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.reactiveai.openai.core.internal.sse.SseDecoder;
import dev.reactiveai.openai.json.OpenAiJson;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ReactiveHttpInputMessage;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.codec.ServerSentEventHttpMessageReader;
import org.springframework.http.codec.json.JacksonJsonDecoder;

/**
 * Decoding a streamed chat completion: the project's {@link SseDecoder} against Spring
 * Framework's {@link ServerSentEventHttpMessageReader}, with draining the bytes as the
 * ceiling.
 * <p>
 * One operation decodes the whole transcript of {@value #EVENTS} events (3.0 MB), which
 * arrives as {@value #BUFFER_SIZE}-byte buffers cut wherever the bytes fall, as a network
 * read would cut them: events/s is ops/s &times; {@value #EVENTS}. Every operation wraps
 * fresh buffers around the same bytes, and whoever consumes a buffer releases it.
 * <p>
 * The {@code Events} benchmarks stop at the decoded event (our {@code byte[]} data,
 * Spring's {@code String} data); the {@code Typed} ones go on to a {@link Chunk} with the
 * same Jackson 3 mapper, the client's own, which is what an application receives.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SseDecodingBenchmark {

	/** Events in the transcript: one operation decodes them all. */
	public static final int EVENTS = 10_000;

	/** Bytes in each buffer of the body. */
	public static final int BUFFER_SIZE = 8 * 1024;

	private static final int MAX_EVENT_SIZE = 256 * 1024;

	private static final ResolvableType EVENT_OF_STRING = ResolvableType.forClassWithGenerics(ServerSentEvent.class,
			String.class);

	private static final ResolvableType EVENT_OF_CHUNK = ResolvableType.forClassWithGenerics(ServerSentEvent.class,
			Chunk.class);

	/** Tokens as a model streams them: short, mostly ASCII, some escapes and UTF-8. */
	private static final String[] TOKENS = { "Hello", "!", " Here", " is", " a", " short", " answer", ":", "\\n\\n",
			"1", ".", " The", " caf\u00e9", " on", " the", " corner", " serves", " \\\"the", " best\\\"",
			" cr\u00eapes", " in", " town", " \u2014", " try", " them", " \uD83D\uDE0A", ",", " and", " then", " walk",
			" along", " the", " river", ".", "\\n" };

	private final DataBufferFactory bufferFactory = DefaultDataBufferFactory.sharedInstance;

	private final HttpHeaders headers = new HttpHeaders();

	private final JsonMapper mapper = OpenAiJson.mapper();

	private final SseDecoder ownDecoder = new SseDecoder(MAX_EVENT_SIZE);

	private final ServerSentEventHttpMessageReader springReader = new ServerSentEventHttpMessageReader();

	private final ServerSentEventHttpMessageReader springJsonReader = new ServerSentEventHttpMessageReader(
			new JacksonJsonDecoder(this.mapper));

	private byte[][] buffers = new byte[0][];

	/**
	 * Build the transcript, cut it into buffers, and check that every benchmark sees all
	 * the events and, where they parse them, the same content.
	 */
	@Setup
	public void setUp() {
		byte[] transcript = transcript(EVENTS);
		int count = (transcript.length + BUFFER_SIZE - 1) / BUFFER_SIZE;
		this.buffers = new byte[count][];
		for (int i = 0; i < count; i++) {
			int from = i * BUFFER_SIZE;
			this.buffers[i] = Arrays.copyOfRange(transcript, from, Math.min(from + BUFFER_SIZE, transcript.length));
		}
		check("drainBytes", drainBytes(), transcript.length);
		check("ownDecoderEvents", block(this.ownDecoder.decode(body()).count()), EVENTS);
		check("springReaderEvents", block(springEvents(this.springReader, EVENT_OF_STRING).count()), EVENTS);
		check("ownDecoderTyped", block(ownChunks().count()), EVENTS);
		check("springReaderTyped", block(springChunks().count()), EVENTS);
		check("springReaderTyped", springReaderTyped(), ownDecoderTyped());
	}

	/**
	 * The ceiling: read nothing, only count and release the bytes.
	 * @return the bytes in the body
	 */
	@Benchmark
	public long drainBytes() {
		return block(body().reduce(0L, (total, buffer) -> {
			long sum = total + buffer.readableByteCount();
			DataBufferUtils.release(buffer);
			return sum;
		}));
	}

	/**
	 * Our decoder, to events with their data as bytes.
	 * @return the bytes of data in all events
	 */
	@Benchmark
	public long ownDecoderEvents() {
		return block(this.ownDecoder.decode(body()).reduce(0L, (total, event) -> total + event.data().length));
	}

	/**
	 * Spring's reader, to {@code ServerSentEvent<String>}.
	 * @return the characters of data in all events
	 */
	@Benchmark
	public long springReaderEvents() {
		return block(springEvents(this.springReader, EVENT_OF_STRING).reduce(0L,
				(total, event) -> total + ((String) data(event)).length()));
	}

	/**
	 * Our decoder, then Jackson from the event's bytes to a {@link Chunk}.
	 * @return the characters of content in all chunks
	 */
	@Benchmark
	public long ownDecoderTyped() {
		return block(ownChunks().reduce(0L, (total, chunk) -> total + chunk.contentLength()));
	}

	/**
	 * Spring's reader with a Jackson decoder, to {@code ServerSentEvent<Chunk>}.
	 * @return the characters of content in all chunks
	 */
	@Benchmark
	public long springReaderTyped() {
		return block(springChunks().reduce(0L, (total, chunk) -> total + chunk.contentLength()));
	}

	private Flux<Chunk> ownChunks() {
		return this.ownDecoder.decode(body()).map((event) -> this.mapper.readValue(event.data(), Chunk.class));
	}

	private Flux<Chunk> springChunks() {
		return springEvents(this.springJsonReader, EVENT_OF_CHUNK).map((event) -> (Chunk) data(event));
	}

	private Flux<ServerSentEvent<?>> springEvents(ServerSentEventHttpMessageReader reader, ResolvableType type) {
		return reader.read(type, new Body(body(), this.headers), Map.of()).map((event) -> (ServerSentEvent<?>) event);
	}

	/**
	 * A body as the network would hand it over: new buffers around the transcript's
	 * bytes.
	 */
	private Flux<DataBuffer> body() {
		return Flux.fromArray(this.buffers).map((bytes) -> this.bufferFactory.wrap(bytes));
	}

	private static Object data(ServerSentEvent<?> event) {
		Object data = event.data();
		if (data == null) {
			throw new IllegalStateException("An event without data: " + event);
		}
		return data;
	}

	private static long block(Mono<Long> result) {
		Long value = result.block();
		if (value == null) {
			throw new IllegalStateException("No result");
		}
		return value;
	}

	private static void check(String benchmark, long actual, long expected) {
		if (actual != expected) {
			throw new IllegalStateException(benchmark + " gave " + actual + ", expected " + expected);
		}
	}

	/**
	 * A streamed chat completion as the API sends it, one {@code data:} line and a blank
	 * line per event, with no {@code [DONE]} so that every event parses as a
	 * {@link Chunk}.
	 * @param events the number of events
	 * @return the body's bytes
	 */
	static byte[] transcript(int events) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(events * 256);
		for (int i = 0; i < events; i++) {
			String event = "data: {\"id\":\"chatcmpl-BQ3v5Yd2XkqQ8fNw1LmZ7rT0aHcE\",\"object\":\"chat.completion.chunk\","
					+ "\"created\":1761091200,\"model\":\"gpt-4o-2024-08-06\",\"service_tier\":\"default\","
					+ "\"system_fingerprint\":\"fp_cbf1785567\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
					+ TOKENS[i % TOKENS.length] + "\"},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null}\n\n";
			out.writeBytes(event.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	/**
	 * A streamed chat completion chunk, as far as the benchmark reads it.
	 *
	 * @param id the completion's id
	 * @param choices the choices
	 */
	public record Chunk(String id, List<Choice> choices) {

		long contentLength() {
			long length = 0;
			for (Choice choice : this.choices) {
				String content = choice.delta().content();
				length += (content != null) ? content.length() : 0;
			}
			return length;
		}

	}

	/**
	 * One choice of a chunk.
	 *
	 * @param index the choice's index
	 * @param delta what the chunk adds to the message
	 * @param finishReason why the model stopped, on the last chunk only
	 */
	public record Choice(int index, Delta delta, @Nullable String finishReason) {

	}

	/**
	 * What a chunk adds to the message.
	 *
	 * @param role the role, on the first chunk only
	 * @param content the text added
	 */
	public record Delta(@Nullable String role, @Nullable String content) {

	}

	/**
	 * A response whose body is the given buffers.
	 */
	private static final class Body implements ReactiveHttpInputMessage {

		private final Flux<DataBuffer> body;

		private final HttpHeaders headers;

		Body(Flux<DataBuffer> body, HttpHeaders headers) {
			this.body = body;
			this.headers = headers;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return this.body;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

	}

}
