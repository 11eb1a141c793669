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
 * @param outputModalities The set of modalities the model used to respond, currently the
 * only possible values are {@code [\"audio\"]}, {@code [\"text\"]}. Audio output always
 * include a text transcript. Setting the output to mode {@code text} will disable audio
 * output from the model.
 * @param instructions The default system instructions (i.e. system message) prepended to
 * model calls. This field allows the client to guide the model on desired responses. The
 * model can be instructed on response content and format, (e.g. "be extremely succinct",
 * "act friendly", "here are examples of good responses") and on audio behavior (e.g.
 * "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions
 * are not guaranteed to be followed by the model, but they provide guidance to the model
 * on the desired behavior. Note that the server sets default instructions which will be
 * used if this field is not set and are visible in the {@code session.created} event at
 * the start of the session.
 * @param audio Configuration for audio input and output.
 * @param tools Tools available to the model.
 * @param toolChoice How the model chooses tools. Provide one of the string modes or force
 * a specific function/MCP tool.
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
 * include references to items that previously appeared in the session using their id.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeResponseCreateParams.Reader.class)
public record RealtimeResponseCreateParams(
		@JsonProperty("output_modalities") @Nullable List<RealtimeResponseCreateParams.OutputModality> outputModalities,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("audio") RealtimeResponseCreateParams.@Nullable Audio audio,
		@JsonProperty("tools") @Nullable List<RealtimeResponseCreateParams.Tool> tools,
		@JsonProperty("tool_choice") RealtimeResponseCreateParams.@Nullable ToolChoice toolChoice,
		@JsonProperty("max_output_tokens") RealtimeResponseCreateParams.@Nullable MaxOutputTokens maxOutputTokens,
		@JsonProperty("conversation") RealtimeResponseCreateParams.@Nullable Conversation conversation,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("prompt") @Nullable Prompt prompt,
		@JsonProperty("input") @Nullable List<RealtimeConversationItem> input,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeResponseCreateParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param outputModalities The set of modalities the model used to respond, currently
	 * the only possible values are {@code [\"audio\"]}, {@code [\"text\"]}.
	 * @param instructions The default system instructions (i.e. system message) prepended
	 * to model calls.
	 * @param audio Configuration for audio input and output.
	 * @param tools Tools available to the model.
	 * @param toolChoice How the model chooses tools.
	 * @param maxOutputTokens Maximum number of output tokens for a single assistant
	 * response, inclusive of tool calls.
	 * @param conversation Controls which conversation the response is added to.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param prompt Reference to a prompt template and its variables.
	 * @param input Input items to include in the prompt for the model.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeResponseCreateParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeResponseCreateParams}.
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
	 * An item of a {@link RealtimeResponseCreateParams}'s {@code output_modalities}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record OutputModality(@JsonValue String value) {
		/**
		 * The value {@code text}.
		 */
		public static final OutputModality TEXT = new OutputModality("text");

		/**
		 * The value {@code audio}.
		 */
		public static final OutputModality AUDIO = new OutputModality("audio");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public OutputModality {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static OutputModality of(String value) {
			return switch (value) {
				case "text" -> TEXT;
				case "audio" -> AUDIO;
				default -> new OutputModality(value);
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
	 * Configuration for audio input and output.
	 *
	 * @param output A
	 * {@link dev.reactiveai.openai.types.RealtimeResponseCreateParams.Audio.Output} (the
	 * API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Audio.Reader.class)
	public static record Audio(@JsonProperty("output") Audio.@Nullable Output output,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Audio}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param output A
		 * {@link dev.reactiveai.openai.types.RealtimeResponseCreateParams.Audio.Output}
		 * (the API description says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Audio {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Audio}.
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
		 * A {@link Audio}'s {@code output}.
		 *
		 * @param format The format of the output audio.
		 * @param voice The voice the model uses to respond. Supported built-in voices are
		 * {@code alloy}, {@code ash}, {@code ballad}, {@code coral}, {@code echo},
		 * {@code sage}, {@code shimmer}, {@code verse}, {@code marin}, and {@code cedar}.
		 * You may also provide a custom voice object with an {@code id}, for example
		 * {@code { "id": "voice_1234" }}. Voice cannot be changed during the session once
		 * the model has responded with audio at least once. We recommend {@code marin}
		 * and {@code cedar} for best quality.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Output.Reader.class)
		public static record Output(@JsonProperty("format") @Nullable RealtimeAudioFormats format,
				@JsonProperty("voice") @Nullable VoiceIdsOrCustomVoice voice,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Output}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param format The format of the output audio.
			 * @param voice The voice the model uses to respond.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Output {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Output}.
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
			 * Builds a {@link Output}.
			 */
			public static final class Builder {

				private @Nullable RealtimeAudioFormats format;

				private @Nullable VoiceIdsOrCustomVoice voice;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Output source) {
					this.format = source.format();
					this.voice = source.voice();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The format of the output audio.
				 * @param format the value
				 * @return this builder
				 */
				public Builder format(@Nullable RealtimeAudioFormats format) {
					this.format = format;
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
				public Output build() {
					return new Output(this.format, this.voice, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Output} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Output> {

				Reader() {
					super(Output.class, "format", "voice");
				}

				@Override
				protected Output create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Output((RealtimeAudioFormats) values[0], (VoiceIdsOrCustomVoice) values[1],
							additionalProperties);
				}

			}

			/**
			 * Writes a {@link Output} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Output> {

				Writer() {
					super(Output.class, "format", "voice");
				}

				@Override
				protected @Nullable Object value(Output record, int index) {
					return switch (index) {
						case 0 -> record.format();
						case 1 -> record.voice();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Output record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link Audio}.
		 */
		public static final class Builder {

			private @Nullable Output output;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Audio source) {
				this.output = source.output();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * A
			 * {@link dev.reactiveai.openai.types.RealtimeResponseCreateParams.Audio.Output}
			 * (the API description says no more).
			 * @param output the value
			 * @return this builder
			 */
			public Builder output(@Nullable Output output) {
				this.output = output;
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
			public Audio build() {
				return new Audio(this.output, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Audio} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Audio> {

			Reader() {
				super(Audio.class, "output");
			}

			@Override
			protected Audio create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Audio((Output) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Audio} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Audio> {

			Writer() {
				super(Audio.class, "output");
			}

			@Override
			protected @Nullable Object value(Audio record, int index) {
				return switch (index) {
					case 0 -> record.output();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Audio record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * An item of a {@link RealtimeResponseCreateParams}'s {@code tools}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Tool.Deserializer.class)
	public sealed interface Tool permits RealtimeFunctionTool, MCPTool, Tool.Unknown {

		/**
		 * A {@link Tool} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Tool, UnknownVariant {
		}

		/**
		 * Reads a {@link Tool} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Tool> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Tool>variants(Unknown::new)
					.discriminator("type")
					.object(RealtimeFunctionTool.class,
							VariantShape.declaring("type", "name", "description", "parameters")
								.values("type", "function"))
					.object(MCPTool.class, VariantShape
						.declaring("type", "server_label", "server_url", "connector_id", "authorization",
								"server_description", "headers", "allowed_tools", "require_approval", "defer_loading")
						.requiring("type", "server_label")
						.values("type", "mcp")
						.values("connector_id", "connector_dropbox", "connector_gmail", "connector_googlecalendar",
								"connector_googledrive", "connector_microsoftteams", "connector_outlookcalendar",
								"connector_outlookemail", "connector_sharepoint")));
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
	 * Builds a {@link RealtimeResponseCreateParams}.
	 */
	public static final class Builder {

		private @Nullable List<OutputModality> outputModalities;

		private @Nullable String instructions;

		private @Nullable Audio audio;

		private @Nullable List<Tool> tools;

		private @Nullable ToolChoice toolChoice;

		private @Nullable MaxOutputTokens maxOutputTokens;

		private @Nullable Conversation conversation;

		private @Nullable Map<String, String> metadata;

		private @Nullable Prompt prompt;

		private @Nullable List<RealtimeConversationItem> input;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RealtimeResponseCreateParams source) {
			this.outputModalities = (source.outputModalities() != null) ? new ArrayList<>(source.outputModalities())
					: null;
			this.instructions = source.instructions();
			this.audio = source.audio();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.toolChoice = source.toolChoice();
			this.maxOutputTokens = source.maxOutputTokens();
			this.conversation = source.conversation();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.prompt = source.prompt();
			this.input = (source.input() != null) ? new ArrayList<>(source.input()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The set of modalities the model used to respond, currently the only possible
		 * values are {@code [\"audio\"]}, {@code [\"text\"]}.
		 * <p>
		 * Takes a copy of the list.
		 * @param outputModalities the value
		 * @return this builder
		 */
		public Builder outputModalities(@Nullable List<OutputModality> outputModalities) {
			this.outputModalities = (outputModalities != null) ? new ArrayList<>(outputModalities) : null;
			return this;
		}

		/**
		 * The set of modalities the model used to respond, currently the only possible
		 * values are {@code [\"audio\"]}, {@code [\"text\"]}.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param outputModality the item to add
		 * @return this builder
		 */
		public Builder addOutputModality(OutputModality outputModality) {
			Objects.requireNonNull(outputModality, "'outputModality' must not be null");
			if (this.outputModalities == null) {
				this.outputModalities = new ArrayList<>();
			}
			this.outputModalities.add(outputModality);
			return this;
		}

		/**
		 * The set of modalities the model used to respond, currently the only possible
		 * values are {@code [\"audio\"]}, {@code [\"text\"]}.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addOutputModality(String value) {
			return addOutputModality(OutputModality.of(value));
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
		 * Configuration for audio input and output.
		 * @param audio the value
		 * @return this builder
		 */
		public Builder audio(@Nullable Audio audio) {
			this.audio = audio;
			return this;
		}

		/**
		 * Tools available to the model.
		 * <p>
		 * Takes a copy of the list.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<? extends Tool> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * Tools available to the model.
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
		public RealtimeResponseCreateParams build() {
			return new RealtimeResponseCreateParams(
					(this.outputModalities != null)
							? Collections.unmodifiableList(new ArrayList<>(this.outputModalities)) : null,
					this.instructions, this.audio,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
					this.toolChoice, this.maxOutputTokens, this.conversation,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.prompt,
					(this.input != null) ? Collections.unmodifiableList(new ArrayList<>(this.input)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeResponseCreateParams} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeResponseCreateParams> {

		Reader() {
			super(RealtimeResponseCreateParams.class, "output_modalities", "instructions", "audio", "tools",
					"tool_choice", "max_output_tokens", "conversation", "metadata", "prompt", "input");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 6 -> Conversation.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeResponseCreateParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeResponseCreateParams((List<OutputModality>) values[0], (String) values[1],
					(Audio) values[2], (List<Tool>) values[3], (ToolChoice) values[4], (MaxOutputTokens) values[5],
					(Conversation) values[6], (Map<String, String>) values[7], (Prompt) values[8],
					(List<RealtimeConversationItem>) values[9], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeResponseCreateParams} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeResponseCreateParams> {

		Writer() {
			super(RealtimeResponseCreateParams.class, "output_modalities", "instructions", "audio", "tools",
					"tool_choice", "max_output_tokens", "conversation", "metadata", "prompt", "input");
		}

		@Override
		protected @Nullable Object value(RealtimeResponseCreateParams record, int index) {
			return switch (index) {
				case 0 -> record.outputModalities();
				case 1 -> record.instructions();
				case 2 -> record.audio();
				case 3 -> record.tools();
				case 4 -> record.toolChoice();
				case 5 -> record.maxOutputTokens();
				case 6 -> record.conversation();
				case 7 -> record.metadata();
				case 8 -> record.prompt();
				case 9 -> record.input();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeResponseCreateParams record) {
			return record.additionalProperties();
		}

	}
}
