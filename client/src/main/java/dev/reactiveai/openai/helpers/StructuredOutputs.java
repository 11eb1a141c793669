package dev.reactiveai.openai.helpers;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.chat.ChatCompletionsService;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.responses.ResponsesService;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.Response;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured outputs in one call: the request asks for JSON of a Java type, and the
 * answer comes back as that type, or as the model's refusal.
 *
 * <pre class="code">
 * StructuredOutputs structured = StructuredOutputs.of(client);
 * structured.create(chatRequest, Recipe.class)         // Mono&lt;StructuredResult&lt;Recipe, ChatCompletion&gt;&gt;
 *     .map(StructuredResult::orElseThrow);
 * structured.create(responseRequest, Recipe.class);    // Mono&lt;StructuredResult&lt;Recipe, Response&gt;&gt;
 * </pre>
 *
 * Why a facade: a {@code create(request, Recipe.class)} on the services themselves would
 * have to be generated into them, for two operations out of 241; this class instead holds
 * the two services and the mapper of their client, and keeps the {@link StructuredOutput}
 * of each type it is asked for, so that each schema is derived once. Everything it does
 * is {@link StructuredOutput#applyTo} before the call and {@link StructuredOutput#parse}
 * after: use those directly for per-call options, raw responses, or streaming
 * ({@code createStream(output.applyTo(request))
 * .as(ChatCompletionAccumulator.accumulate()).map(output::parse)}).
 * <p>
 * A type that a strict schema cannot describe fails at once, with an
 * {@link UnsupportedSchemaException}, before anything is sent; an answer that is not JSON
 * of the type fails the {@code Mono} with a {@link StructuredOutputException}.
 */
public final class StructuredOutputs {

	private final ChatCompletionsService chat;

	private final ResponsesService responses;

	private final JsonMapper mapper;

	private final Map<Class<?>, StructuredOutput<?>> outputs = new ConcurrentHashMap<>();

	private StructuredOutputs(ChatCompletionsService chat, ResponsesService responses, JsonMapper mapper) {
		this.chat = Objects.requireNonNull(chat, "'chat' must not be null");
		this.responses = Objects.requireNonNull(responses, "'responses' must not be null");
		this.mapper = Objects.requireNonNull(mapper, "'mapper' must not be null");
	}

	/**
	 * Structured outputs through a client's services, read with its mapper.
	 * @param client the client
	 * @return the structured outputs
	 */
	public static StructuredOutputs of(OpenAiClient client) {
		return new StructuredOutputs(client.chat().completions(), client.responses(), client.transport().jsonMapper());
	}

	/**
	 * Structured outputs through the given services (the Spring beans, say), read with
	 * the API's default mapper.
	 * @param chat the chat completions service
	 * @param responses the responses service
	 * @return the structured outputs
	 */
	public static StructuredOutputs of(ChatCompletionsService chat, ResponsesService responses) {
		return new StructuredOutputs(chat, responses, OpenAiJson.mapper());
	}

	/**
	 * The structured output of a type, derived on first use and kept.
	 * @param <T> the type
	 * @param type a record or class
	 * @return its structured output
	 * @throws UnsupportedSchemaException if a strict schema cannot describe the type
	 */
	@SuppressWarnings("unchecked")
	public <T> StructuredOutput<T> output(Class<T> type) {
		StructuredOutput<?> output = this.outputs.get(type);
		if (output == null) {
			// Derived outside computeIfAbsent: a failure must not leave anything behind,
			// and
			// deriving twice in a race is harmless.
			output = StructuredOutput.of(type, this.mapper);
			StructuredOutput<?> raced = this.outputs.putIfAbsent(type, output);
			output = (raced != null) ? raced : output;
		}
		return (StructuredOutput<T>) output;
	}

	/**
	 * Creates a chat completion whose answer is JSON of a type, read back (from the first
	 * choice).
	 * @param <T> the type
	 * @param request the request; its {@code response_format} is replaced
	 * @param type a record or class
	 * @return the value, or the model's refusal
	 * @throws UnsupportedSchemaException if a strict schema cannot describe the type
	 */
	public <T> Mono<StructuredResult<T, ChatCompletion>> create(CreateChatCompletionRequest request, Class<T> type) {
		StructuredOutput<T> output = output(type);
		return this.chat.create(output.applyTo(request)).map(output::parse);
	}

	/**
	 * Creates a response whose answer is JSON of a type, read back.
	 * @param <T> the type
	 * @param request the request; its {@code text.format} is replaced
	 * @param type a record or class
	 * @return the value, or the model's refusal
	 * @throws UnsupportedSchemaException if a strict schema cannot describe the type
	 */
	public <T> Mono<StructuredResult<T, Response>> create(CreateResponse request, Class<T> type) {
		StructuredOutput<T> output = output(type);
		return this.responses.create(output.applyTo(request)).map(output::parse);
	}

}
