package dev.reactiveai.openai.helpers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.reactiveai.openai.core.internal.ServerText;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.ChatCompletionMessageToolCall;
import dev.reactiveai.openai.types.ChatCompletionTool;
import dev.reactiveai.openai.types.FunctionObject;
import dev.reactiveai.openai.types.FunctionTool;
import dev.reactiveai.openai.types.FunctionToolCall;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A function tool whose arguments are a Java type: the definition the model sees (name,
 * description, strict JSON schema of the arguments) for chat completions and responses,
 * and the arguments of the model's calls read back into the type. Define it once per tool
 * and keep it; it is immutable and thread-safe.
 *
 * <pre class="code">
 * &#64;JsonClassDescription("The current weather in a city")
 * record GetWeather(String city, Optional&lt;Unit&gt; unit) {}
 * static final ToolDefinition&lt;GetWeather&gt; WEATHER = ToolDefinition.of(GetWeather.class);  // "get_weather"
 *
 * request.toBuilder().tools(List.of(WEATHER.chatTool()))
 * for (var call : toolCalls) if (WEATHER.handles(call.function().name())) weather(WEATHER.arguments(call));
 * </pre>
 *
 * The name is the class's {@code @JsonTypeName}, else its simple name in snake_case
 * ({@code GetWeather} is {@code get_weather}); the description is its
 * {@code @JsonClassDescription} (taken out of the schema, where the model would read it
 * twice). The definition does not hold what answers the call: dispatch by {@link #name()}
 * to the code that does, which may as well run on the client, in a browser, or later.
 *
 * @param <A> the type of the arguments
 */
public final class ToolDefinition<A> {

	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

	private static final JsonMapper DEFAULT_MAPPER = OpenAiJson.mapper();

	private final Class<A> argumentsType;

	private final String name;

	private final @Nullable String description;

	private final Map<String, Object> parameters;

	private final JsonMapper mapper;

	private ToolDefinition(Class<A> argumentsType, String name, @Nullable String description,
			Map<String, Object> parameters, JsonMapper mapper) {
		this.argumentsType = argumentsType;
		this.name = checkName(name);
		this.description = description;
		this.parameters = parameters;
		this.mapper = mapper;
	}

	/**
	 * The tool whose arguments are a type, read with the API's default mapper.
	 * @param <A> the type
	 * @param argumentsType a record or class
	 * @return the tool
	 * @throws UnsupportedSchemaException if a strict schema cannot describe the type
	 */
	public static <A> ToolDefinition<A> of(Class<A> argumentsType) {
		return of(argumentsType, DEFAULT_MAPPER);
	}

	/**
	 * The tool whose arguments are a type, read with the given mapper.
	 * @param <A> the type
	 * @param argumentsType a record or class
	 * @param mapper the mapper that reads the arguments
	 * @return the tool
	 * @throws UnsupportedSchemaException if a strict schema cannot describe the type
	 */
	public static <A> ToolDefinition<A> of(Class<A> argumentsType, JsonMapper mapper) {
		Objects.requireNonNull(argumentsType, "'argumentsType' must not be null");
		Objects.requireNonNull(mapper, "'mapper' must not be null");
		ObjectNode schema = StrictJsonSchema.tree(argumentsType, mapper);
		String description = schema.path("description").asString(null);
		schema.remove("description");
		return new ToolDefinition<>(argumentsType, defaultName(argumentsType), description,
				StrictJsonSchema.toMap(mapper, schema), mapper);
	}

	/**
	 * The tool of a type without properties: its schema is the empty object, which a
	 * strict schema derived from the type cannot be (strict mode refuses empty types that
	 * are meant to carry data).
	 */
	static <A> ToolDefinition<A> withoutArguments(Class<A> argumentsType) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("type", "object");
		parameters.put("properties", Map.of());
		parameters.put("required", List.of());
		parameters.put("additionalProperties", false);
		return new ToolDefinition<>(argumentsType, defaultName(argumentsType), null,
				Collections.unmodifiableMap(parameters), DEFAULT_MAPPER);
	}

	/**
	 * This tool under another name.
	 * @param name letters, digits, underscores and dashes, at most 64
	 * @return the tool
	 */
	public ToolDefinition<A> withName(String name) {
		return new ToolDefinition<>(this.argumentsType, name, this.description, this.parameters, this.mapper);
	}

	/**
	 * This tool with another description, which tells the model when and how to call it.
	 * @param description the description, or null for none
	 * @return the tool
	 */
	public ToolDefinition<A> withDescription(@Nullable String description) {
		return new ToolDefinition<>(this.argumentsType, this.name, description, this.parameters, this.mapper);
	}

	/**
	 * The name the model calls the tool by.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * What the tool does, for the model.
	 * @return the description, or null
	 */
	public @Nullable String description() {
		return this.description;
	}

	/**
	 * The type of the arguments.
	 * @return the type
	 */
	public Class<A> argumentsType() {
		return this.argumentsType;
	}

	/**
	 * The strict JSON schema of the arguments.
	 * @return the schema, unmodifiable
	 */
	public Map<String, Object> parameters() {
		return this.parameters;
	}

	/**
	 * Whether a call by this name is for this tool.
	 * @param calledName the name in the call
	 * @return whether it is this tool's
	 */
	public boolean handles(String calledName) {
		return this.name.equals(calledName);
	}

	/**
	 * The tool for a chat completion request's {@code tools}.
	 * @return the tool, strict
	 */
	public ChatCompletionTool chatTool() {
		return ChatCompletionTool.builder()
			.function(FunctionObject.builder()
				.name(this.name)
				.description(this.description)
				.parameters(this.parameters)
				.strict(true)
				.build())
			.build();
	}

	/**
	 * The tool for a response request's {@code tools}.
	 * @return the tool, strict
	 */
	public FunctionTool functionTool() {
		return FunctionTool.builder()
			.name(this.name)
			.description(this.description)
			.parameters(this.parameters)
			.strict(true)
			.build();
	}

	/**
	 * The arguments of a chat completion's tool call.
	 * @param call the call
	 * @return the arguments
	 * @throws IllegalArgumentException if the call is for another tool
	 * @throws ToolArgumentsException if the arguments are not JSON of the type
	 */
	public A arguments(ChatCompletionMessageToolCall call) {
		checkCalled(call.function().name());
		return arguments(call.function().arguments());
	}

	/**
	 * The arguments of a response's function call.
	 * @param call the call, an output item of the response
	 * @return the arguments
	 * @throws IllegalArgumentException if the call is for another tool
	 * @throws ToolArgumentsException if the arguments are not JSON of the type
	 */
	public A arguments(FunctionToolCall call) {
		checkCalled(call.name());
		return arguments(call.arguments());
	}

	/**
	 * Arguments as JSON text, read as the type.
	 * @param json the arguments
	 * @return the arguments
	 * @throws ToolArgumentsException if the text is not JSON of the type
	 */
	public A arguments(String json) {
		try {
			A value = this.mapper.readValue(json, this.argumentsType);
			if (value == null) {
				throw new ToolArgumentsException(this.name,
						"The arguments of tool '" + this.name + "' are null, not a " + this.argumentsType.getName(),
						null);
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new ToolArgumentsException(this.name,
					"The arguments of tool '" + this.name + "' are not JSON of " + this.argumentsType.getName() + " ("
							+ ex.getOriginalMessage() + "). They read: " + ServerText.quote(json, ServerText.MAX_TEXT),
					ex);
		}
	}

	private void checkCalled(String calledName) {
		if (!handles(calledName)) {
			throw new IllegalArgumentException("The call is for tool '" + calledName + "', not for '" + this.name
					+ "': dispatch calls by name (ToolDefinition.handles)");
		}
	}

	private static String checkName(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A tool's name must be 1 to 64 letters, digits, underscores or "
					+ "dashes, not " + ((name != null) ? "'" + name + "'" : "null")
					+ ": name it with withName(..) or @JsonTypeName");
		}
		return name;
	}

	/**
	 * The class's {@code @JsonTypeName}, else its simple name in snake_case:
	 * {@code GetWeather} is {@code get_weather}, {@code HTTPRequest} is
	 * {@code http_request}.
	 */
	static String defaultName(Class<?> type) {
		JsonTypeName named = type.getAnnotation(JsonTypeName.class);
		if (named != null && !named.value().isEmpty()) {
			return named.value();
		}
		return snakeCase(type.getSimpleName());
	}

	/** A Java name in snake_case: {@code currentTime} is {@code current_time}. */
	static String snakeCase(String simple) {
		StringBuilder name = new StringBuilder(simple.length() + 4);
		for (int i = 0; i < simple.length(); i++) {
			char c = simple.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				char before = simple.charAt(i - 1);
				boolean wordStarts = Character.isLowerCase(before) || Character.isDigit(before)
						|| (Character.isUpperCase(before) && i + 1 < simple.length()
								&& Character.isLowerCase(simple.charAt(i + 1)));
				if (wordStarts) {
					name.append('_');
				}
			}
			name.append(Character.toLowerCase(c));
		}
		return name.toString();
	}

	@Override
	public String toString() {
		return "ToolDefinition[" + this.name + "(" + this.argumentsType.getName() + ")]";
	}

	/**
	 * The definitions by name, for a loop that dispatches calls.
	 * @param tools the tools
	 * @return the tools by name, in the order given
	 * @throws IllegalArgumentException if two tools share a name
	 */
	public static Map<String, ToolDefinition<?>> byName(ToolDefinition<?>... tools) {
		Map<String, ToolDefinition<?>> byName = new LinkedHashMap<>();
		for (ToolDefinition<?> tool : tools) {
			if (byName.putIfAbsent(tool.name(), tool) != null) {
				throw new IllegalArgumentException("Two tools are named '" + tool.name() + "': "
						+ byName.get(tool.name()).argumentsType().getName() + " and " + tool.argumentsType().getName()
						+ "; rename one with withName(..)");
			}
		}
		return Collections.unmodifiableMap(byName);
	}

}
