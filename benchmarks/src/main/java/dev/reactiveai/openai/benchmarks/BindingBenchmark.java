package dev.reactiveai.openai.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import dev.reactiveai.openai.benchmarks.server.Payloads;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.json.internal.DirectReader;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.ChatCompletionRequestSystemMessage;
import dev.reactiveai.openai.types.ChatCompletionRequestUserMessage;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.Reasoning;
import dev.reactiveai.openai.types.ReasoningEffort;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import dev.reactiveai.openai.types.ResponseTextDeltaEvent;
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
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding alone, from bytes to the model an application receives and from the request it
 * sends to bytes: the generated records' own deserializers and serializers
 * ({@code generated*}) against Jackson's reflective bean deserializer and serializer with
 * the same settings ({@code reflective*}), in the same JVM. One operation reads one
 * value: a chat completion chunk, a Responses API text delta event (through its union,
 * {@link ResponseStreamEvent}), or a whole chat completion; or writes one request
 * ({@code *Write*}): a chat completion request, a Responses API create request. The
 * {@code direct*} ones read a stream's event as streams read it, straight from its bytes
 * ({@link DirectReader}), to the value the generated binding reads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BindingBenchmark {

	private static final byte[] CHUNK = ("{\"id\":\"chatcmpl-BQ3v5Yd2XkqQ8fNw1LmZ7rT0aHcE\",\"object\":\"chat.completion.chunk\","
			+ "\"created\":1761091200,\"model\":\"gpt-4o-mini-2024-07-18\",\"service_tier\":\"default\","
			+ "\"system_fingerprint\":\"fp_cbf1785567\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\" caf\u00e9\"},"
			+ "\"logprobs\":null,\"finish_reason\":null}],\"usage\":null,\"obfuscation\":\"q8Yz\"}")
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] TEXT_DELTA = Payloads.responseTextDeltaJson(7, " caf\u00e9")
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] COMPLETION = Payloads.chatCompletion();

	/** A chat completion request with a system and a user message and a few options. */
	private static final CreateChatCompletionRequest CHAT_REQUEST = CreateChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.addMessage(ChatCompletionRequestSystemMessage.builder().content("You answer in one sentence.").build())
		.addMessage(ChatCompletionRequestUserMessage.builder()
			.content("What is the capital of France, and why is it caf\u00e9-famous?")
			.build())
		.temperature(0.2)
		.maxCompletionTokens(256L)
		.user("user-1234")
		.store(false)
		.build();

	/** A Responses API create request with instructions, an input and a few options. */
	private static final CreateResponse RESPONSE_REQUEST = CreateResponse.builder()
		.model("gpt-5-mini")
		.instructions("You answer in one sentence.")
		.input("What is the capital of France, and why is it caf\u00e9-famous?")
		.reasoning(Reasoning.builder().effort(ReasoningEffort.LOW).build())
		.maxOutputTokens(512L)
		.store(false)
		.build();

	private final JsonMapper generated = OpenAiJson.mapper();

	private final JsonMapper reflective = OpenAiJson.reflectiveMapperBuilder().build();

	private ObjectReader generatedChunk = this.generated.readerFor(ChatCompletionChunk.class);

	private ObjectReader reflectiveChunk = this.reflective.readerFor(ChatCompletionChunk.class);

	private ObjectReader generatedEvent = this.generated.readerFor(ResponseStreamEvent.class);

	private ObjectReader reflectiveEvent = this.reflective.readerFor(ResponseStreamEvent.class);

	private ObjectReader generatedCompletion = this.generated.readerFor(ChatCompletion.class);

	private ObjectReader reflectiveCompletion = this.reflective.readerFor(ChatCompletion.class);

	private final DirectReader<ChatCompletionChunk> directChunk = direct(ChatCompletionChunk.class);

	private final DirectReader<ResponseStreamEvent> directEvent = direct(ResponseStreamEvent.class);

	private ObjectWriter generatedChatRequest = this.generated.writerFor(CreateChatCompletionRequest.class);

	private ObjectWriter reflectiveChatRequest = this.reflective.writerFor(CreateChatCompletionRequest.class);

	private ObjectWriter generatedResponseRequest = this.generated.writerFor(CreateResponse.class);

	private ObjectWriter reflectiveResponseRequest = this.reflective.writerFor(CreateResponse.class);

	/**
	 * Check that both bindings read the same values and write the same bytes.
	 */
	@Setup
	public void setUp() {
		check(generatedChunk(), reflectiveChunk());
		check(generatedTextDelta(), reflectiveTextDelta());
		check(generatedCompletion(), reflectiveCompletion());
		check(directChunk(), generatedChunk());
		check(directTextDelta(), generatedTextDelta());
		checkBytes(generatedWriteChatRequest(), reflectiveWriteChatRequest());
		checkBytes(generatedWriteResponseRequest(), reflectiveWriteResponseRequest());
		if (!(generatedTextDelta() instanceof ResponseTextDeltaEvent)) {
			throw new IllegalStateException("The text delta was read as " + generatedTextDelta());
		}
	}

	private <T> DirectReader<T> direct(Class<T> type) {
		DirectReader<T> reader = DirectReader.of(this.generated, type);
		if (reader == null) {
			throw new IllegalStateException("No direct reader of " + type.getName());
		}
		return reader;
	}

	private static void check(@Nullable Object generated, Object reflective) {
		if (!generated.equals(reflective)) {
			throw new IllegalStateException("Generated " + generated + " but reflective " + reflective);
		}
	}

	private static void checkBytes(byte[] generated, byte[] reflective) {
		if (!Arrays.equals(generated, reflective)) {
			throw new IllegalStateException("Generated " + new String(generated, StandardCharsets.UTF_8)
					+ " but reflective " + new String(reflective, StandardCharsets.UTF_8));
		}
	}

	/**
	 * A chat completion chunk, generated binding.
	 * @return the chunk
	 */
	@Benchmark
	public ChatCompletionChunk generatedChunk() {
		return this.generatedChunk.readValue(CHUNK);
	}

	/**
	 * A chat completion chunk, read straight from its bytes as a stream reads it.
	 * @return the chunk, or null if it was not read directly (which the setup rules out)
	 */
	@Benchmark
	public @Nullable ChatCompletionChunk directChunk() {
		return this.directChunk.read(CHUNK, 0, CHUNK.length);
	}

	/**
	 * A Responses API text delta event, read straight from its bytes as a stream reads
	 * it.
	 * @return the event, or null if it was not read directly (which the setup rules out)
	 */
	@Benchmark
	public @Nullable ResponseStreamEvent directTextDelta() {
		return this.directEvent.read(TEXT_DELTA, 0, TEXT_DELTA.length);
	}

	/**
	 * A chat completion chunk, reflective binding.
	 * @return the chunk
	 */
	@Benchmark
	public ChatCompletionChunk reflectiveChunk() {
		return this.reflectiveChunk.readValue(CHUNK);
	}

	/**
	 * A Responses API text delta event, generated binding.
	 * @return the event
	 */
	@Benchmark
	public ResponseStreamEvent generatedTextDelta() {
		return this.generatedEvent.readValue(TEXT_DELTA);
	}

	/**
	 * A Responses API text delta event, reflective binding.
	 * @return the event
	 */
	@Benchmark
	public ResponseStreamEvent reflectiveTextDelta() {
		return this.reflectiveEvent.readValue(TEXT_DELTA);
	}

	/**
	 * A chat completion of about 1 KB, generated binding.
	 * @return the completion
	 */
	@Benchmark
	public ChatCompletion generatedCompletion() {
		return this.generatedCompletion.readValue(COMPLETION);
	}

	/**
	 * A chat completion of about 1 KB, reflective binding.
	 * @return the completion
	 */
	@Benchmark
	public ChatCompletion reflectiveCompletion() {
		return this.reflectiveCompletion.readValue(COMPLETION);
	}

	/**
	 * A chat completion request, written by the generated serializers.
	 * @return the JSON
	 */
	@Benchmark
	public byte[] generatedWriteChatRequest() {
		return this.generatedChatRequest.writeValueAsBytes(CHAT_REQUEST);
	}

	/**
	 * A chat completion request, written reflectively.
	 * @return the JSON
	 */
	@Benchmark
	public byte[] reflectiveWriteChatRequest() {
		return this.reflectiveChatRequest.writeValueAsBytes(CHAT_REQUEST);
	}

	/**
	 * A Responses API create request, written by the generated serializers.
	 * @return the JSON
	 */
	@Benchmark
	public byte[] generatedWriteResponseRequest() {
		return this.generatedResponseRequest.writeValueAsBytes(RESPONSE_REQUEST);
	}

	/**
	 * A Responses API create request, written reflectively.
	 * @return the JSON
	 */
	@Benchmark
	public byte[] reflectiveWriteResponseRequest() {
		return this.reflectiveResponseRequest.writeValueAsBytes(RESPONSE_REQUEST);
	}

}
