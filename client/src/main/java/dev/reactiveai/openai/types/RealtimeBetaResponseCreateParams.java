// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Create a new Realtime response with these parameters
 *
 * @param modalities The set of modalities the model can respond with. To disable audio,
 * set this to ["text"].
 * @param instructions The default system instructions (i.e. system message) prepended to
 * model calls. This field allows the client to guide the model on desired responses. The
 * model can be instructed on response content and format, (e.g. "be extremely succinct",
 * "act friendly", "here are examples of good responses") and on audio behavior (e.g.
 * "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions
 * are not guaranteed to be followed by the model, but they provide guidance to the model
 * on the desired behavior.
 * <p>
 * Note that the server sets default instructions which will be used if this field is not
 * set and are visible in the {@code session.created} event at the start of the session.
 * @param voice The voice the model uses to respond. Supported built-in voices are
 * {@code alloy}, {@code ash}, {@code ballad}, {@code coral}, {@code echo}, {@code sage},
 * {@code shimmer}, {@code verse}, {@code marin}, and {@code cedar}. You may also provide
 * a custom voice object with an {@code id}, for example {@code { "id": "voice_1234" }}.
 * Voice cannot be changed during the session once the model has responded with audio at
 * least once.
 * @param outputAudioFormat The format of output audio. Options are {@code pcm16},
 * {@code g711_ulaw}, or {@code g711_alaw}.
 * @param tools Tools (functions) available to the model.
 * @param toolChoice How the model chooses tools. Provide one of the string modes or force
 * a specific function/MCP tool.
 * @param temperature Sampling temperature for the model, limited to [0.6, 1.2]. Defaults
 * to 0.8.
 * @param maxOutputTokens Maximum number of output tokens for a single assistant response,
 * inclusive of tool calls. Provide an integer between 1 and 4096 to limit output tokens,
 * or {@code inf} for the maximum available tokens for a given model. Defaults to
 * {@code inf}.
 * @param conversation Controls which conversation the response is added to. Currently
 * supports {@code auto} and {@code none}, with {@code auto} as the default value. The
 * {@code auto} value means that the contents of the response will be added to the default
 * conversation. Set this to {@code none} to create an out-of-band response which will not
 * add items to default conversation.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param prompt Reference to a prompt template and its variables. <a href=
 * "https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts">Learn
 * more</a>.
 * @param input Input items to include in the prompt for the model. Using this field
 * creates a new context for this Response instead of using the default conversation. An
 * empty array {@code []} will clear the context for this Response. Note that this can
 * include references to items from the default conversation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaResponseCreateParams.Reader.class)
public record RealtimeBetaResponseCreateParams(
		@JsonProperty("modalities") @Nullable List<RealtimeBetaResponseCreateParams.Modality> modalities,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("voice") @Nullable VoiceIdsOrCustomVoice voice,
		@JsonProperty("output_audio_format") RealtimeBetaResponseCreateParams.@Nullable OutputAudioFormat outputAudioFormat,
		@JsonProperty("tools") @Nullable List<RealtimeBetaResponseCreateParams.Tool> tools,
		@JsonProperty("tool_choice") RealtimeBetaResponseCreateParams.@Nullable ToolChoice toolChoice,
		@JsonProperty("temperature") @Nullable Double temperature,
		@JsonProperty("max_output_tokens") RealtimeBetaResponseCreateParams.@Nullable MaxOutputTokens maxOutputTokens,
		@JsonProperty("conversation") RealtimeBetaResponseCreateParams.@Nullable Conversation conversation,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("prompt") @Nullable Prompt prompt,
		@JsonProperty("input") @Nullable List<RealtimeConversationItem> input,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaResponseCreateParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param modalities The set of modalities the model can respond with.
	 * @param instructions The default system instructions (i.e. system message) prepended
	 * to model calls.
	 * @param voice The voice the model uses to respond.
	 * @param outputAudioFormat The format of output audio.
	 * @param tools Tools (functions) available to the model.
	 * @param toolChoice How the model chooses tools.
	 * @param temperature Sampling temperature for the model, limited to [0.6, 1.2].
	 * @param maxOutputTokens Maximum number of output tokens for a single assistant
	 * response, inclusive of tool calls.
	 * @param conversation Controls which conversation the response is added to.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param prompt Reference to a prompt template and its variables.
	 * @param input Input items to include in the prompt for the model.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaResponseCreateParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaResponseCreateParams}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * An item of a {@link RealtimeBetaResponseCreateParams}'s {@code modalities}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Modality(@JsonValue String value) {
		/**
		 * The value {@code text}.
		 */
		public static final Modality TEXT = new Modality("text");

		/**
		 * The value {@code audio}.
		 */
		public static final Modality AUDIO = new Modality("audio");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Modality {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Modality of(String value) {
			return switch (value) {
				case "text" -> TEXT;
				case "audio" -> AUDIO;
				default -> new Modality(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "text", "audio" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The format of output audio. Options are {@code pcm16}, {@code g711_ulaw}, or
	 * {@code g711_alaw}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record OutputAudioFormat(@JsonValue String value) {
		/**
		 * The value {@code pcm16}.
		 */
		public static final OutputAudioFormat PCM16 = new OutputAudioFormat("pcm16");

		/**
		 * The value {@code g711_ulaw}.
		 */
		public static final OutputAudioFormat G711_ULAW = new OutputAudioFormat("g711_ulaw");

		/**
		 * The value {@code g711_alaw}.
		 */
		public static final OutputAudioFormat G711_ALAW = new OutputAudioFormat("g711_alaw");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public OutputAudioFormat {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static OutputAudioFormat of(String value) {
			return switch (value) {
				case "pcm16" -> PCM16;
				case "g711_ulaw" -> G711_ULAW;
				case "g711_alaw" -> G711_ALAW;
				default -> new OutputAudioFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "pcm16", "g711_ulaw", "g711_alaw" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * An item of a {@link RealtimeBetaResponseCreateParams}'s {@code tools}.
	 *
	 * @param type The type of the tool, i.e. {@code function}.
	 * @param name The name of the function.
	 * @param description The description of the function, including guidance on when and
	 * how to call it, and guidance about what to tell the user when calling (if
	 * anything).
	 * @param parameters Parameters of the function in JSON Schema.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Tool.Reader.class)
	public static record Tool(@JsonProperty("type") @Nullable String type, @JsonProperty("name") @Nullable String name,
			@JsonProperty("description") @Nullable String description,
			@JsonProperty("parameters") @Nullable Map<String, Object> parameters,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Tool}, filling in {@code type} with its single possible value
		 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
		 * for null.
		 * @param type The type of the tool, i.e. {@code function}.
		 * @param name The name of the function.
		 * @param description The description of the function, including guidance on when
		 * and how to call it, and guidance about what to tell the user when calling (if
		 * anything).
		 * @param parameters Parameters of the function in JSON Schema.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Tool {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Tool}.
		 * @return a new builder
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 * @return a builder with this value's properties
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * Builds a {@link Tool}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable String name;

			private @Nullable String description;

			private @Nullable Map<String, Object> parameters;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "function";
			}

			private Builder(Tool source) {
				this.type = source.type();
				this.name = source.name();
				this.description = source.description();
				this.parameters = (source.parameters() != null) ? new LinkedHashMap<>(source.parameters()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The name of the function.
			 * @param name the value
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
				return this;
			}

			/**
			 * The description of the function, including guidance on when and how to call
			 * it, and guidance about what to tell the user when calling (if anything).
			 * @param description the value
			 * @return this builder
			 */
			public Builder description(@Nullable String description) {
				this.description = description;
				return this;
			}

			/**
			 * Parameters of the function in JSON Schema.
			 * <p>
			 * Takes a copy of the map.
			 * @param parameters the value
			 * @return this builder
			 */
			public Builder parameters(@Nullable Map<String, ?> parameters) {
				this.parameters = (parameters != null) ? new LinkedHashMap<>(parameters) : null;
				return this;
			}

			/**
			 * Parameters of the function in JSON Schema.
			 * <p>
			 * Puts one entry in the map, replacing the value of a name it has.
			 * @param key the entry's name
			 * @param value its value
			 * @return this builder
			 */
			public Builder putParameter(String key, Object value) {
				Objects.requireNonNull(key, "'key' must not be null");
				Objects.requireNonNull(value, "'value' must not be null");
				if (this.parameters == null) {
					this.parameters = new LinkedHashMap<>();
				}
				this.parameters.put(key, value);
				return this;
			}

			/**
			 * Set a property that this version of the client does not know.
			 * @param name the property's name
			 * @param value its value
			 * @return this builder
			 */
			public Builder additionalProperty(String name, @Nullable Object value) {
				this.additionalProperties.put(name, value);
				return this;
			}

			/**
			 * Build the value.
			 * @return the value
			 */
			public Tool build() {
				return new Tool(
						this.type, this.name, this.description, (this.parameters != null)
								? Collections.unmodifiableMap(new LinkedHashMap<>(this.parameters)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Tool} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Tool> {

			Reader() {
				super(Tool.class, "type", "name", "description", "parameters");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Tool create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Tool((String) values[0], (String) values[1], (String) values[2],
						(Map<String, Object>) values[3], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Tool} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Tool> {

			Writer() {
				super(Tool.class, "type", "name", "description", "parameters");
			}

			@Override
			protected @Nullable Object value(Tool record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.name();
					case 2 -> record.description();
					case 3 -> record.parameters();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Tool record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * How the model chooses tools. Provide one of the string modes or force a specific
	 * function/MCP tool.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ToolChoice.Deserializer.class)
	public sealed interface ToolChoice
			permits ToolChoice.ToolChoiceOptionsValue, ToolChoiceFunction, ToolChoiceMCP, ToolChoice.Unknown {

		/**
		 * A {@link ToolChoice} that is a {@code ToolChoiceOptions}.
		 *
		 * @param value the value
		 */
		record ToolChoiceOptionsValue(@JsonValue ToolChoiceOptions value) implements ToolChoice {
			/**
			 * Creates a {@link ToolChoiceOptionsValue}, rejecting a null value.
			 * @param value the value
			 */
			public ToolChoiceOptionsValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link ToolChoice} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ToolChoice, UnknownVariant {
		}

		/**
		 * Reads a {@link ToolChoice} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ToolChoice> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<ToolChoice>variants(Unknown::new)
					.discriminator("type")
					.object(ToolChoiceFunction.class,
							VariantShape.declaring("type", "name").requiring("type", "name").values("type", "function"))
					.object(ToolChoiceMCP.class,
							VariantShape.declaring("type", "server_label", "name")
								.requiring("type", "server_label")
								.values("type", "mcp"))
					.string(ToolChoiceOptions.class, ToolChoiceOptionsValue::new));
			}

		}

	}

	/**
	 * Maximum number of output tokens for a single assistant response, inclusive of tool
	 * calls. Provide an integer between 1 and 4096 to limit output tokens, or {@code inf}
	 * for the maximum available tokens for a given model. Defaults to {@code inf}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = MaxOutputTokens.Deserializer.class)
	public sealed interface MaxOutputTokens
			permits MaxOutputTokens.LongValue, MaxOutputTokens.InfValue, MaxOutputTokens.Unknown {

		/**
		 * A {@link MaxOutputTokens} that is a {@code Long}.
		 *
		 * @param value the value
		 */
		record LongValue(@JsonValue Long value) implements MaxOutputTokens {
			/**
			 * Creates a {@link LongValue}, rejecting a null value.
			 * @param value the value
			 */
			public LongValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * One of the forms of a {@link MaxOutputTokens}.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		record Inf(@JsonValue String value) {
			/**
			 * The value {@code inf}.
			 */
			public static final Inf INF = new Inf("inf");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Inf {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Inf of(String value) {
				return switch (value) {
					case "inf" -> INF;
					default -> new Inf(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "inf" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * A {@link MaxOutputTokens} that is a {@code Inf}.
		 *
		 * @param value the value
		 */
		record InfValue(@JsonValue Inf value) implements MaxOutputTokens {
			/**
			 * Creates a {@link InfValue}, rejecting a null value.
			 * @param value the value
			 */
			public InfValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link MaxOutputTokens} that this version of the client does not recognize,
		 * kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements MaxOutputTokens, UnknownVariant {
		}

		/**
		 * Reads a {@link MaxOutputTokens} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<MaxOutputTokens> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<MaxOutputTokens>variants(Unknown::new)
					.integer(Long.class, LongValue::new)
					.string(Inf.class, InfValue::new));
			}

		}

	}

	/**
	 * Controls which conversation the response is added to. Currently supports
	 * {@code auto} and {@code none}, with {@code auto} as the default value. The
	 * {@code auto} value means that the contents of the response will be added to the
	 * default conversation. Set this to {@code none} to create an out-of-band response
	 * which will not add items to default conversation.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Conversation(@JsonValue String value) {
		/**
		 * The value {@code auto}.
		 */
		public static final Conversation AUTO = new Conversation("auto");

		/**
		 * The value {@code none}.
		 */
		public static final Conversation NONE = new Conversation("none");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Conversation {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Conversation of(String value) {
			return switch (value) {
				case "auto" -> AUTO;
				case "none" -> NONE;
				default -> new Conversation(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "auto", "none" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link RealtimeBetaResponseCreateParams}.
	 */
	public static final class Builder {

		private @Nullable List<Modality> modalities;

		private @Nullable String instructions;

		private @Nullable VoiceIdsOrCustomVoice voice;

		private @Nullable OutputAudioFormat outputAudioFormat;

		private @Nullable List<Tool> tools;

		private @Nullable ToolChoice toolChoice;

		private @Nullable Double temperature;

		private @Nullable MaxOutputTokens maxOutputTokens;

		private @Nullable Conversation conversation;

		private @Nullable Map<String, String> metadata;

		private @Nullable Prompt prompt;

		private @Nullable List<RealtimeConversationItem> input;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RealtimeBetaResponseCreateParams source) {
			this.modalities = (source.modalities() != null) ? new ArrayList<>(source.modalities()) : null;
			this.instructions = source.instructions();
			this.voice = source.voice();
			this.outputAudioFormat = source.outputAudioFormat();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.toolChoice = source.toolChoice();
			this.temperature = source.temperature();
			this.maxOutputTokens = source.maxOutputTokens();
			this.conversation = source.conversation();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.prompt = source.prompt();
			this.input = (source.input() != null) ? new ArrayList<>(source.input()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The set of modalities the model can respond with.
		 * <p>
		 * Takes a copy of the list.
		 * @param modalities the value
		 * @return this builder
		 */
		public Builder modalities(@Nullable List<Modality> modalities) {
			this.modalities = (modalities != null) ? new ArrayList<>(modalities) : null;
			return this;
		}

		/**
		 * The set of modalities the model can respond with.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param modality the item to add
		 * @return this builder
		 */
		public Builder addModality(Modality modality) {
			Objects.requireNonNull(modality, "'modality' must not be null");
			if (this.modalities == null) {
				this.modalities = new ArrayList<>();
			}
			this.modalities.add(modality);
			return this;
		}

		/**
		 * The set of modalities the model can respond with.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addModality(String value) {
			return addModality(Modality.of(value));
		}

		/**
		 * The default system instructions (i.e. system message) prepended to model calls.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * The voice the model uses to respond.
		 * @param voice the value
		 * @return this builder
		 */
		public Builder voice(@Nullable VoiceIdsOrCustomVoice voice) {
			this.voice = voice;
			return this;
		}

		/**
		 * The voice the model uses to respond.
		 * <p>
		 * Takes the value of a {@link VoiceIdsOrCustomVoice.VoiceIdsSharedValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder voice(VoiceIdsShared value) {
			return voice(new VoiceIdsOrCustomVoice.VoiceIdsSharedValue(value));
		}

		/**
		 * The format of output audio.
		 * @param outputAudioFormat the value
		 * @return this builder
		 */
		public Builder outputAudioFormat(@Nullable OutputAudioFormat outputAudioFormat) {
			this.outputAudioFormat = outputAudioFormat;
			return this;
		}

		/**
		 * The format of output audio.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder outputAudioFormat(String value) {
			return outputAudioFormat(OutputAudioFormat.of(value));
		}

		/**
		 * Tools (functions) available to the model.
		 * <p>
		 * Takes a copy of the list.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<Tool> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * Tools (functions) available to the model.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param tool the item to add
		 * @return this builder
		 */
		public Builder addTool(Tool tool) {
			Objects.requireNonNull(tool, "'tool' must not be null");
			if (this.tools == null) {
				this.tools = new ArrayList<>();
			}
			this.tools.add(tool);
			return this;
		}

		/**
		 * How the model chooses tools.
		 * @param toolChoice the value
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable ToolChoice toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * How the model chooses tools.
		 * <p>
		 * Takes the value of a {@link ToolChoice.ToolChoiceOptionsValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder toolChoice(ToolChoiceOptions value) {
			return toolChoice(new ToolChoice.ToolChoiceOptionsValue(value));
		}

		/**
		 * Sampling temperature for the model, limited to [0.6, 1.2].
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Maximum number of output tokens for a single assistant response, inclusive of
		 * tool calls.
		 * @param maxOutputTokens the value
		 * @return this builder
		 */
		public Builder maxOutputTokens(@Nullable MaxOutputTokens maxOutputTokens) {
			this.maxOutputTokens = maxOutputTokens;
			return this;
		}

		/**
		 * Maximum number of output tokens for a single assistant response, inclusive of
		 * tool calls.
		 * <p>
		 * Takes the value of a {@link MaxOutputTokens.LongValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder maxOutputTokens(Long value) {
			return maxOutputTokens(new MaxOutputTokens.LongValue(value));
		}

		/**
		 * Maximum number of output tokens for a single assistant response, inclusive of
		 * tool calls.
		 * <p>
		 * Takes the value of a {@link MaxOutputTokens.InfValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder maxOutputTokens(MaxOutputTokens.Inf value) {
			return maxOutputTokens(new MaxOutputTokens.InfValue(value));
		}

		/**
		 * Controls which conversation the response is added to.
		 * @param conversation the value
		 * @return this builder
		 */
		public Builder conversation(@Nullable Conversation conversation) {
			this.conversation = conversation;
			return this;
		}

		/**
		 * Controls which conversation the response is added to.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder conversation(String value) {
			return conversation(Conversation.of(value));
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putMetadata(String key, String value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
			return this;
		}

		/**
		 * Reference to a prompt template and its variables.
		 * @param prompt the value
		 * @return this builder
		 */
		public Builder prompt(@Nullable Prompt prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * Input items to include in the prompt for the model.
		 * <p>
		 * Takes a copy of the list.
		 * @param input the value
		 * @return this builder
		 */
		public Builder input(@Nullable List<? extends RealtimeConversationItem> input) {
			this.input = (input != null) ? new ArrayList<>(input) : null;
			return this;
		}

		/**
		 * Input items to include in the prompt for the model.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param input the item to add
		 * @return this builder
		 */
		public Builder addInput(RealtimeConversationItem input) {
			Objects.requireNonNull(input, "'input' must not be null");
			if (this.input == null) {
				this.input = new ArrayList<>();
			}
			this.input.add(input);
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public RealtimeBetaResponseCreateParams build() {
			return new RealtimeBetaResponseCreateParams(
					(this.modalities != null) ? Collections.unmodifiableList(new ArrayList<>(this.modalities)) : null,
					this.instructions, this.voice, this.outputAudioFormat,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
					this.toolChoice, this.temperature, this.maxOutputTokens, this.conversation,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.prompt,
					(this.input != null) ? Collections.unmodifiableList(new ArrayList<>(this.input)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaResponseCreateParams} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaResponseCreateParams> {

		Reader() {
			super(RealtimeBetaResponseCreateParams.class, "modalities", "instructions", "voice", "output_audio_format",
					"tools", "tool_choice", "temperature", "max_output_tokens", "conversation", "metadata", "prompt",
					"input");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 3 -> OutputAudioFormat.of(value);
				case 8 -> Conversation.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeBetaResponseCreateParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaResponseCreateParams((List<Modality>) values[0], (String) values[1],
					(VoiceIdsOrCustomVoice) values[2], (OutputAudioFormat) values[3], (List<Tool>) values[4],
					(ToolChoice) values[5], (Double) values[6], (MaxOutputTokens) values[7], (Conversation) values[8],
					(Map<String, String>) values[9], (Prompt) values[10], (List<RealtimeConversationItem>) values[11],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaResponseCreateParams} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaResponseCreateParams> {

		Writer() {
			super(RealtimeBetaResponseCreateParams.class, "modalities", "instructions", "voice", "output_audio_format",
					"tools", "tool_choice", "temperature", "max_output_tokens", "conversation", "metadata", "prompt",
					"input");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaResponseCreateParams record, int index) {
			return switch (index) {
				case 0 -> record.modalities();
				case 1 -> record.instructions();
				case 2 -> record.voice();
				case 3 -> record.outputAudioFormat();
				case 4 -> record.tools();
				case 5 -> record.toolChoice();
				case 6 -> record.temperature();
				case 7 -> record.maxOutputTokens();
				case 8 -> record.conversation();
				case 9 -> record.metadata();
				case 10 -> record.prompt();
				case 11 -> record.input();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaResponseCreateParams record) {
			return record.additionalProperties();
		}

	}
}
