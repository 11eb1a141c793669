package dev.reactiveai.openai.helpers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.ChatCompletionMessageToolCall;
import dev.reactiveai.openai.types.ChatCompletionMessageToolCallChunk;
import dev.reactiveai.openai.types.ChatCompletionResponseMessage;
import dev.reactiveai.openai.types.ChatCompletionStreamResponseDelta;
import dev.reactiveai.openai.types.ChatCompletionTokenLogprob;
import dev.reactiveai.openai.types.ChatCompletionToolCall;
import dev.reactiveai.openai.types.CompletionUsage;
import dev.reactiveai.openai.types.ServiceTier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Puts the chunks of a streamed chat completion together into the completion the same
 * request would have answered unstreamed: for every choice index, its content and refusal
 * concatenated, its tool calls merged by their index with the arguments concatenated (the
 * id, type and name come in a call's first chunk), its log probabilities in order and its
 * finish reason; the usage of the last chunk (with {@code stream_options.include_usage});
 * id, model, creation time, service tier and fingerprint as the chunks carry them (the
 * deprecated {@code system_fingerprint} and {@code function_call} too, as long as the API
 * sends them).
 * <p>
 * As an operator, when only the final completion matters:
 *
 * <pre class="code">
 * Mono&lt;ChatCompletion&gt; completion = chat.completions().createStream(request)
 *     .as(ChatCompletionAccumulator.accumulate());
 * </pre>
 *
 * To show the deltas as they come and have the completion too, from one request:
 *
 * <pre class="code">
 * ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
 * Flux&lt;String&gt; text = chat.completions().createStream(request)
 *     .transform(accumulator::tap)                  // passes the chunks on, adding each
 *     .transform(OutputText::chatDeltas);
 * accumulator.result().subscribe(this::save);       // once the stream has ended
 * </pre>
 *
 * One accumulator per stream. Chunks are added one at a time, as Reactor delivers them;
 * the accumulator may be read from another thread.
 */
public final class ChatCompletionAccumulator {

	private final StreamTap<ChatCompletionChunk, ChatCompletion> tap = new StreamTap<>("ChatCompletionAccumulator");

	private final Map<Long, ChoiceParts> choices = new TreeMap<>();

	private @Nullable String id;

	private @Nullable Long created;

	private @Nullable String model;

	private @Nullable ServiceTier serviceTier;

	private @Nullable String systemFingerprint;

	private @Nullable CompletionUsage usage;

	private int chunks;

	private ChatCompletionAccumulator() {
	}

	/**
	 * A new accumulator, for one stream.
	 * @return the accumulator
	 */
	public static ChatCompletionAccumulator create() {
		return new ChatCompletionAccumulator();
	}

	/**
	 * The operator that turns a stream of chunks into the completion, once the stream has
	 * ended: {@code createStream(request).as(ChatCompletionAccumulator.accumulate())}.
	 * Each subscription accumulates afresh.
	 * @return the operator
	 */
	public static Function<Flux<ChatCompletionChunk>, Mono<ChatCompletion>> accumulate() {
		return (chunks) -> chunks.reduceWith(ChatCompletionAccumulator::new, (accumulator, chunk) -> {
			accumulator.add(chunk);
			return accumulator;
		}).map(ChatCompletionAccumulator::completion);
	}

	/**
	 * Passes a stream on unchanged, adding every chunk; when it completes,
	 * {@link #result()} gives the completion. Use with
	 * {@code flux.transform(accumulator::tap)}; subscribe to it once.
	 * @param chunks the stream
	 * @return the same chunks
	 */
	public Flux<ChatCompletionChunk> tap(Flux<ChatCompletionChunk> chunks) {
		return this.tap.tap(chunks, this::add, this::completion);
	}

	/**
	 * The completion of the stream passed through {@link #tap}: it comes when the stream
	 * completes, and fails when the stream fails or is cancelled, or when its chunks do
	 * not make a completion.
	 * @return the completion
	 */
	public Mono<ChatCompletion> result() {
		return this.tap.result();
	}

	/**
	 * Adds a chunk.
	 * @param chunk the next chunk of the stream
	 * @return the chunk, for use in {@code map}
	 */
	@SuppressWarnings("deprecation")
	public synchronized ChatCompletionChunk add(ChatCompletionChunk chunk) {
		this.chunks++;
		this.id = (chunk.id() != null) ? chunk.id() : this.id;
		this.created = (chunk.created() != null) ? chunk.created() : this.created;
		this.model = (chunk.model() != null) ? chunk.model() : this.model;
		this.serviceTier = (chunk.serviceTier() != null) ? chunk.serviceTier() : this.serviceTier;
		this.systemFingerprint = (chunk.systemFingerprint() != null) ? chunk.systemFingerprint()
				: this.systemFingerprint;
		this.usage = (chunk.usage() != null) ? chunk.usage() : this.usage;
		if (chunk.choices() != null) {
			for (ChatCompletionChunk.Choice choice : chunk.choices()) {
				this.choices.computeIfAbsent(choice.index(), ChoiceParts::new).add(choice);
			}
		}
		return chunk;
	}

	/**
	 * The completion of the chunks added so far, once every choice has its finish reason.
	 * @return the completion
	 * @throws IllegalStateException if no chunk was added, or a choice has not finished
	 */
	@SuppressWarnings("deprecation")
	public synchronized ChatCompletion completion() {
		if (this.chunks == 0 || this.id == null || this.created == null || this.model == null) {
			throw new IllegalStateException((this.chunks == 0) ? "The stream had no chunk: there is no completion"
					: "The stream's chunks had no id, created or model: they are not chat completion chunks");
		}
		List<ChatCompletion.Choice> finished = new ArrayList<>();
		for (ChoiceParts choice : this.choices.values()) {
			finished.add(choice.build());
		}
		return ChatCompletion.builder()
			.id(this.id)
			.created(this.created)
			.model(this.model)
			.serviceTier(this.serviceTier)
			.systemFingerprint(this.systemFingerprint)
			.usage(this.usage)
			.choices(finished)
			.build();
	}

	/** What the chunks of one choice have said so far. */
	private static final class ChoiceParts {

		private final long index;

		private @Nullable StringBuilder content;

		private @Nullable StringBuilder refusal;

		private @Nullable String functionName;

		private @Nullable StringBuilder functionArguments;

		private final Map<Long, ToolCallParts> toolCalls = new TreeMap<>();

		private @Nullable List<ChatCompletionTokenLogprob> contentLogprobs;

		private @Nullable List<ChatCompletionTokenLogprob> refusalLogprobs;

		private @Nullable String finishReason;

		ChoiceParts(long index) {
			this.index = index;
		}

		@SuppressWarnings("deprecation")
		void add(ChatCompletionChunk.Choice choice) {
			ChatCompletionStreamResponseDelta delta = choice.delta();
			if (delta != null) {
				this.content = append(this.content, delta.content());
				this.refusal = append(this.refusal, delta.refusal());
				if (delta.functionCall() != null) {
					this.functionName = first(this.functionName, delta.functionCall().name());
					this.functionArguments = append(this.functionArguments, delta.functionCall().arguments());
				}
				if (delta.toolCalls() != null) {
					for (ChatCompletionMessageToolCallChunk call : delta.toolCalls()) {
						this.toolCalls.computeIfAbsent(call.index(), (key) -> new ToolCallParts()).add(call);
					}
				}
			}
			if (choice.logprobs() != null) {
				this.contentLogprobs = concat(this.contentLogprobs, choice.logprobs().content());
				this.refusalLogprobs = concat(this.refusalLogprobs, choice.logprobs().refusal());
			}
			if (choice.finishReason() != null) {
				this.finishReason = choice.finishReason().value();
			}
		}

		@SuppressWarnings("deprecation")
		ChatCompletion.Choice build() {
			if (this.finishReason == null) {
				throw new IllegalStateException("Choice " + this.index + " of the stream has no finish_reason: "
						+ "the stream ended before the choice finished");
			}
			List<ChatCompletionToolCall> calls = null;
			if (!this.toolCalls.isEmpty()) {
				calls = new ArrayList<>();
				for (Map.Entry<Long, ToolCallParts> call : this.toolCalls.entrySet()) {
					calls.add(call.getValue().build(this.index, call.getKey()));
				}
			}
			ChatCompletionResponseMessage.Builder message = ChatCompletionResponseMessage.builder()
				.content(text(this.content))
				.refusal(text(this.refusal))
				.toolCalls(calls);
			if (this.functionName != null) {
				message.functionCall(ChatCompletionResponseMessage.FunctionCall.builder()
					.name(this.functionName)
					.arguments((this.functionArguments != null) ? this.functionArguments.toString() : "")
					.build());
			}
			ChatCompletion.Choice.Logprobs logprobs = (this.contentLogprobs != null || this.refusalLogprobs != null)
					? ChatCompletion.Choice.Logprobs.builder()
						.content(copy(this.contentLogprobs))
						.refusal(copy(this.refusalLogprobs))
						.build()
					: null;
			return ChatCompletion.Choice.builder()
				.index(this.index)
				.finishReason(this.finishReason)
				.message(message.build())
				.logprobs(logprobs)
				.build();
		}

	}

	/** What the chunks of one tool call have said so far. */
	private static final class ToolCallParts {

		private @Nullable String id;

		private @Nullable String name;

		private final StringBuilder arguments = new StringBuilder();

		void add(ChatCompletionMessageToolCallChunk call) {
			this.id = first(this.id, call.id());
			if (call.function() != null) {
				this.name = first(this.name, call.function().name());
				if (call.function().arguments() != null) {
					this.arguments.append(call.function().arguments());
				}
			}
		}

		ChatCompletionMessageToolCall build(long choice, long index) {
			if (this.id == null || this.name == null) {
				throw new IllegalStateException("Tool call " + index + " of choice " + choice + " has no "
						+ ((this.id == null) ? "id" : "function name") + " in any of its chunks");
			}
			ChatCompletionMessageToolCall.Builder call = ChatCompletionMessageToolCall.builder()
				.id(this.id)
				.function(ChatCompletionMessageToolCall.Function.builder()
					.name(this.name)
					.arguments(this.arguments.toString())
					.build());
			return call.build();
		}

	}

	private static @Nullable StringBuilder append(@Nullable StringBuilder text, @Nullable String part) {
		if (part == null) {
			return text;
		}
		return ((text != null) ? text : new StringBuilder()).append(part);
	}

	private static @Nullable String text(@Nullable StringBuilder text) {
		return (text != null) ? text.toString() : null;
	}

	private static @Nullable String first(@Nullable String current, @Nullable String next) {
		return (current != null) ? current : next;
	}

	private static @Nullable List<ChatCompletionTokenLogprob> copy(@Nullable List<ChatCompletionTokenLogprob> list) {
		return (list != null) ? List.copyOf(list) : null;
	}

	private static @Nullable List<ChatCompletionTokenLogprob> concat(@Nullable List<ChatCompletionTokenLogprob> list,
			@Nullable List<ChatCompletionTokenLogprob> more) {
		if (more == null) {
			return list;
		}
		List<ChatCompletionTokenLogprob> all = (list != null) ? list : new ArrayList<>();
		all.addAll(more);
		return all;
	}

}
