package dev.reactiveai.openai.helpers;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.reactiveai.openai.core.internal.ServerText;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.CreateChatCompletionRequest;
import dev.reactiveai.openai.types.CreateResponse;
import dev.reactiveai.openai.types.OutputItem;
import dev.reactiveai.openai.types.OutputMessage;
import dev.reactiveai.openai.types.OutputMessageContent;
import dev.reactiveai.openai.types.RefusalContent;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.ResponseFormatJsonSchema;
import dev.reactiveai.openai.types.ResponseTextParam;
import dev.reactiveai.openai.types.TextResponseFormatJsonSchema;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A structured output: the answer of the model as JSON of a Java type, which strict mode
 * makes follow the type's schema. Define it once per type and keep it (deriving the
 * schema costs reflection); it is immutable and thread-safe.
 *
 * <pre class="code">
 * record Recipe(String title, List&lt;String&gt; steps, Optional&lt;String&gt; note) {}
 * static final StructuredOutput&lt;Recipe&gt; RECIPE = StructuredOutput.of(Recipe.class);
 *
 * chat.completions().create(RECIPE.applyTo(request))       // sets response_format
 *     .map(RECIPE::parse)                                  // Parsed(recipe) or Refused(text)
 * responses.create(RECIPE.applyTo(createResponse)).map(RECIPE::parse);
 *
 * // Streaming: the deltas as they come, then the value.
 * chat.completions().createStream(RECIPE.applyTo(request))
 *     .as(ChatCompletionAccumulator.accumulate())
 *     .map(RECIPE::parse);
 * </pre>
 *
 * Requests and answers are the generated models, so the same value works on any service
 * instance, with per-call options or raw responses; {@link StructuredOutputs} wraps the
 * common calls in one step. The schema is that of {@link StrictJsonSchema}: a type a
 * strict schema cannot describe fails here, when the output is defined. The answer is
 * read with the mapper the schema was named for (by default the API's mapper,
 * {@link OpenAiJson#mapper()}, whose snake_case names the schema uses).
 *
 * @param <T> the type of the answer
 */
public final class StructuredOutput<T> {

	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

	private static final JsonMapper DEFAULT_MAPPER = OpenAiJson.mapper();

	private final Class<T> type;

	private final String name;

	private final @Nullable String description;

	private final Map<String, Object> schema;

	private final JsonMapper mapper;

	private StructuredOutput(Class<T> type, String name, @Nullable String description, Map<String, Object> schema,
			JsonMapper mapper) {
		this.type = type;
		this.name = name;
		this.description = description;
		this.schema = schema;
		this.mapper = mapper;
	}

	/**
	 * The structured output of a type, read with the API's default mapper.
	 * @param <T> the type
	 * @param type a record or class (not a {@code Map}, a {@code List} or a scalar: wrap
	 * those in a record)
	 * @return the structured output, named after the class, described by its
	 * {@code @JsonClassDescription}
	 * @throws UnsupportedSchemaException if a strict schema cannot describe the type
	 */
	public static <T> StructuredOutput<T> of(Class<T> type) {
		return of(type, DEFAULT_MAPPER);
	}

	/**
	 * The structured output of a type, read with the given mapper (the client's, when it
	 * was built with one of its own: {@code client.transport().jsonMapper()}).
	 * @param <T> the type
	 * @param type a record or class
	 * @param mapper the mapper that reads the answer
	 * @return the structured output
	 * @throws UnsupportedSchemaException if a strict schema cannot describe the type
	 */
	public static <T> StructuredOutput<T> of(Class<T> type, JsonMapper mapper) {
		Objects.requireNonNull(type, "'type' must not be null");
		Objects.requireNonNull(mapper, "'mapper' must not be null");
		ObjectNode tree = StrictJsonSchema.tree(type, mapper);
		String description = tree.path("description").asString(null);
		return new StructuredOutput<>(type, defaultName(type), description, StrictJsonSchema.toMap(mapper, tree),
				mapper);
	}

	/**
	 * This output under another name, which the model sees.
	 * @param name letters, digits, underscores and dashes, at most 64
	 * @return the output
	 */
	public StructuredOutput<T> withName(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A structured output's name must be 1 to 64 letters, digits, "
					+ "underscores or dashes, not " + ((name != null) ? "'" + name + "'" : "null"));
		}
		return new StructuredOutput<>(this.type, name, this.description, this.schema, this.mapper);
	}

	/**
	 * This output with another description, which tells the model what the answer is for.
	 * @param description the description, or null for none
	 * @return the output
	 */
	public StructuredOutput<T> withDescription(@Nullable String description) {
		return new StructuredOutput<>(this.type, this.name, description, this.schema, this.mapper);
	}

	/**
	 * The type of the answer.
	 * @return the type
	 */
	public Class<T> type() {
		return this.type;
	}

	/**
	 * The name the model sees: the class's simple name unless set.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * What the answer is for: the class's {@code @JsonClassDescription} unless set.
	 * @return the description, or null
	 */
	public @Nullable String description() {
		return this.description;
	}

	/**
	 * The strict JSON schema of the type.
	 * @return the schema, unmodifiable
	 */
	public Map<String, Object> schema() {
		return this.schema;
	}

	/**
	 * The chat completions {@code response_format} that asks for this output.
	 * @return the response format, strict
	 */
	public ResponseFormatJsonSchema responseFormat() {
		return ResponseFormatJsonSchema.builder()
			.jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
				.name(this.name)
				.description(this.description)
				.schema(this.schema)
				.strict(true)
				.build())
			.build();
	}

	/**
	 * The responses {@code text.format} that asks for this output.
	 * @return the text format, strict
	 */
	public TextResponseFormatJsonSchema textFormat() {
		return TextResponseFormatJsonSchema.builder()
			.name(this.name)
			.description(this.description)
			.schema(this.schema)
			.strict(true)
			.build();
	}

	/**
	 * The chat completion request with its {@code response_format} set to this output.
	 * @param request the request
	 * @return the request that asks for this output
	 */
	public CreateChatCompletionRequest applyTo(CreateChatCompletionRequest request) {
		return request.toBuilder().responseFormat(responseFormat()).build();
	}

	/**
	 * The response request with its {@code text.format} set to this output; the rest of
	 * its {@code text} (the verbosity) is kept.
	 * @param request the request
	 * @return the request that asks for this output
	 */
	public CreateResponse applyTo(CreateResponse request) {
		ResponseTextParam text = request.text();
		ResponseTextParam.Builder builder = (text != null) ? text.toBuilder() : ResponseTextParam.builder();
		return request.toBuilder().text(builder.format(textFormat()).build()).build();
	}

	/**
	 * The value of a JSON text, read with this output's mapper.
	 * @param json the text
	 * @return the value
	 * @throws StructuredOutputException if the text is not JSON of the type, naming the
	 * type and quoting the text
	 */
	public T read(String json) {
		return read(json, "");
	}

	/**
	 * The answer of the first choice of a chat completion.
	 * @param completion the completion, asked for with {@link #applyTo} or
	 * {@link #responseFormat()}
	 * @return the value, or the model's refusal
	 * @throws StructuredOutputException if the answer has no content or is not JSON of
	 * the type
	 */
	public StructuredResult<T, ChatCompletion> parse(ChatCompletion completion) {
		return parse(completion, 0);
	}

	/**
	 * The answer of one choice of a chat completion (asked for with {@code n}).
	 * @param completion the completion
	 * @param index the index of the choice
	 * @return the value, or the model's refusal
	 * @throws StructuredOutputException if the completion has no such choice, or its
	 * answer has no content or is not JSON of the type
	 */
	public StructuredResult<T, ChatCompletion> parse(ChatCompletion completion, int index) {
		ChatCompletion.Choice choice = null;
		for (ChatCompletion.Choice each : completion.choices()) {
			if (each.index() != null && each.index() == index) {
				choice = each;
			}
		}
		if (choice == null) {
			throw new StructuredOutputException("The chat completion has no choice " + index + " to read a "
					+ this.type.getSimpleName() + " from (it has " + completion.choices().size() + ")", null);
		}
		String refusal = choice.message().refusal();
		if (refusal != null) {
			return new StructuredResult.Refused<>(refusal, this.type, completion);
		}
		String reason = String.valueOf(choice.finishReason());
		String content = choice.message().content();
		if (content == null) {
			throw new StructuredOutputException("The chat completion's choice " + index + " has no content to read a "
					+ this.type.getSimpleName() + " from (finish_reason " + reason + ")", null);
		}
		String hint = switch (reason) {
			case "length" ->
				" The answer was cut at the token limit (finish_reason length): raise " + "max_completion_tokens.";
			case "content_filter" -> " The answer was cut by the content filter (finish_reason content_filter).";
			default -> "";
		};
		return new StructuredResult.Parsed<>(read(content, hint), completion);
	}

	/**
	 * The answer of a response: the text of its output message, or its refusal.
	 * @param response the response, asked for with {@link #applyTo} or
	 * {@link #textFormat()}
	 * @return the value, or the model's refusal
	 * @throws StructuredOutputException if the response has no output text or it is not
	 * JSON of the type
	 */
	public StructuredResult<T, Response> parse(Response response) {
		String text = response.outputText();
		if (text == null) {
			String refusal = refusal(response.output());
			if (refusal != null) {
				return new StructuredResult.Refused<>(refusal, this.type, response);
			}
			throw new StructuredOutputException("The response has no output text to read a " + this.type.getSimpleName()
					+ " from (status " + response.status() + statusDetail(response) + ")", null);
		}
		String hint = (response.incompleteDetails() != null && response.incompleteDetails().reason() != null)
				? " The response is incomplete (" + response.incompleteDetails().reason() + ")"
						+ ("max_output_tokens".equals(String.valueOf(response.incompleteDetails().reason()))
								? ": raise max_output_tokens." : ".")
				: "";
		return new StructuredResult.Parsed<>(read(text, hint), response);
	}

	private T read(String json, String hint) {
		try {
			T value = this.mapper.readValue(json, this.type);
			if (value == null) {
				throw new StructuredOutputException(
						"The answer is null, not a " + this.type.getSimpleName() + "." + hint, null);
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new StructuredOutputException(
					"The answer is not JSON of " + this.type.getName() + " (" + ex.getOriginalMessage() + ")." + hint
							+ " It reads: " + ServerText.quote(json, ServerText.MAX_TEXT),
					ex);
		}
	}

	private static @Nullable String refusal(List<OutputItem> output) {
		for (OutputItem item : output) {
			if (item instanceof OutputMessage message) {
				for (OutputMessageContent content : message.content()) {
					if (content instanceof RefusalContent refusal) {
						return refusal.refusal();
					}
				}
			}
		}
		return null;
	}

	private static String statusDetail(Response response) {
		if (response.error() != null) {
			return ": " + ServerText.quote(String.valueOf(response.error().message()), ServerText.MAX_TEXT);
		}
		if (response.incompleteDetails() != null) {
			return ": " + response.incompleteDetails().reason();
		}
		return "";
	}

	private static String defaultName(Class<?> type) {
		String name = type.getSimpleName().replaceAll("[^a-zA-Z0-9_-]", "_");
		return name.isEmpty() ? "output" : name.substring(0, Math.min(name.length(), 64));
	}

	@Override
	public String toString() {
		return "StructuredOutput[" + this.type.getName() + " as '" + this.name + "']";
	}

}
