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
 * A new Realtime session configuration, with an ephemeral key. Default TTL for keys is
 * one minute.
 *
 * @param clientSecret Ephemeral key returned by the API.
 * @param modalities The set of modalities the model can respond with. To disable audio,
 * set this to ["text"].
 * @param instructions The default system instructions (i.e. system message) prepended to
 * model calls. This field allows the client to guide the model on desired responses. The
 * model can be instructed on response content and format, (e.g. "be extremely succinct",
 * "act friendly", "here are examples of good responses") and on audio behavior (e.g.
 * "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions
 * are not guaranteed to be followed by the model, but they provide guidance to the model
 * on the desired behavior. Note that the server sets default instructions which will be
 * used if this field is not set and are visible in the {@code session.created} event at
 * the start of the session.
 * @param voice The voice the model uses to respond. Supported built-in voices are
 * {@code alloy}, {@code ash}, {@code ballad}, {@code coral}, {@code echo}, {@code sage},
 * {@code shimmer}, {@code verse}, {@code marin}, and {@code cedar}. You may also provide
 * a custom voice object with an {@code id}, for example {@code { "id": "voice_1234" }}.
 * Voice cannot be changed during the session once the model has responded with audio at
 * least once.
 * @param inputAudioFormat The format of input audio. Options are {@code pcm16},
 * {@code g711_ulaw}, or {@code g711_alaw}.
 * @param outputAudioFormat The format of output audio. Options are {@code pcm16},
 * {@code g711_ulaw}, or {@code g711_alaw}.
 * @param inputAudioTranscription Configuration for input audio transcription, defaults to
 * off and can be set to {@code null} to turn off once on. Input audio transcription is
 * not native to the model, since the model consumes audio directly. Transcription runs
 * asynchronously and should be treated as rough guidance rather than the representation
 * understood by the model.
 * @param speed The speed of the model's spoken response. 1.0 is the default speed. 0.25
 * is the minimum speed. 1.5 is the maximum speed. This value can only be changed in
 * between model turns, not while a response is in progress.
 * @param tracing Configuration options for tracing. Set to null to disable tracing. Once
 * tracing is enabled for a session, the configuration cannot be modified.
 * <p>
 * {@code auto} will create a trace for the session with default values for the workflow
 * name, group id, and metadata.
 * @param turnDetection Configuration for turn detection. Can be set to {@code null} to
 * turn off. Server VAD means that the model will detect the start and end of speech based
 * on audio volume and respond at the end of user speech.
 * @param tools Tools (functions) available to the model.
 * @param toolChoice How the model chooses tools. Options are {@code auto}, {@code none},
 * {@code required}, or specify a function.
 * @param temperature Sampling temperature for the model, limited to [0.6, 1.2]. Defaults
 * to 0.8.
 * @param maxResponseOutputTokens Maximum number of output tokens for a single assistant
 * response, inclusive of tool calls. Provide an integer between 1 and 4096 to limit
 * output tokens, or {@code inf} for the maximum available tokens for a given model.
 * Defaults to {@code inf}.
 * @param truncation When the number of tokens in a conversation exceeds the model's input
 * token limit, the conversation be truncated, meaning messages (starting from the oldest)
 * will not be included in the model's context. A 32k context model with 4,096 max output
 * tokens can only include 28,224 tokens in the context before truncation occurs.
 * <p>
 * Clients can configure truncation behavior to truncate with a lower max token limit,
 * which is an effective way to control token usage and cost.
 * <p>
 * Truncation will reduce the number of cached tokens on the next turn (busting the
 * cache), since messages are dropped from the beginning of the context. However, clients
 * can also configure truncation to retain messages up to a fraction of the maximum
 * context size, which will reduce the need for future truncations and thus improve the
 * cache rate.
 * <p>
 * Truncation can be disabled entirely, which means the server will never truncate but
 * would instead return an error if the conversation exceeds the model's input token
 * limit.
 * @param prompt Reference to a prompt template and its variables. <a href=
 * "https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts">Learn
 * more</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeSessionCreateRequest.Reader.class)
public record RealtimeSessionCreateRequest(
		@JsonProperty("client_secret") RealtimeSessionCreateRequest.ClientSecret clientSecret,
		@JsonProperty("modalities") @Nullable Object modalities,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("voice") @Nullable VoiceIdsOrCustomVoice voice,
		@JsonProperty("input_audio_format") @Nullable String inputAudioFormat,
		@JsonProperty("output_audio_format") @Nullable String outputAudioFormat,
		@JsonProperty("input_audio_transcription") RealtimeSessionCreateRequest.@Nullable InputAudioTranscription inputAudioTranscription,
		@JsonProperty("speed") @Nullable Double speed,
		@JsonProperty("tracing") RealtimeSessionCreateRequest.@Nullable Tracing tracing,
		@JsonProperty("turn_detection") RealtimeSessionCreateRequest.@Nullable TurnDetection turnDetection,
		@JsonProperty("tools") @Nullable List<RealtimeSessionCreateRequest.Tool> tools,
		@JsonProperty("tool_choice") @Nullable String toolChoice,
		@JsonProperty("temperature") @Nullable Double temperature,
		@JsonProperty("max_response_output_tokens") RealtimeSessionCreateRequest.@Nullable MaxResponseOutputTokens maxResponseOutputTokens,
		@JsonProperty("truncation") @Nullable RealtimeTruncation truncation,
		@JsonProperty("prompt") @Nullable Prompt prompt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeSessionCreateRequest}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param clientSecret Ephemeral key returned by the API.
	 * @param modalities The set of modalities the model can respond with.
	 * @param instructions The default system instructions (i.e. system message) prepended
	 * to model calls.
	 * @param voice The voice the model uses to respond.
	 * @param inputAudioFormat The format of input audio.
	 * @param outputAudioFormat The format of output audio.
	 * @param inputAudioTranscription Configuration for input audio transcription,
	 * defaults to off and can be set to {@code null} to turn off once on.
	 * @param speed The speed of the model's spoken response.
	 * @param tracing Configuration options for tracing.
	 * @param turnDetection Configuration for turn detection.
	 * @param tools Tools (functions) available to the model.
	 * @param toolChoice How the model chooses tools.
	 * @param temperature Sampling temperature for the model, limited to [0.6, 1.2].
	 * @param maxResponseOutputTokens Maximum number of output tokens for a single
	 * assistant response, inclusive of tool calls.
	 * @param truncation When the number of tokens in a conversation exceeds the model's
	 * input token limit, the conversation be truncated, meaning messages (starting from
	 * the oldest) will not be included in the model's context.
	 * @param prompt Reference to a prompt template and its variables.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeSessionCreateRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeSessionCreateRequest}.
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
	 * Ephemeral key returned by the API.
	 *
	 * @param value Ephemeral key usable in client environments to authenticate
	 * connections to the Realtime API. Use this in client-side environments rather than a
	 * standard API token, which should only be used server-side.
	 * @param expiresAt Timestamp for when the token expires. Currently, all tokens expire
	 * after one minute.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ClientSecret.Reader.class)
	public static record ClientSecret(@JsonProperty("value") String value, @JsonProperty("expires_at") Long expiresAt,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ClientSecret}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param value Ephemeral key usable in client environments to authenticate
		 * connections to the Realtime API.
		 * @param expiresAt Timestamp for when the token expires.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ClientSecret {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ClientSecret}.
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
		 * Builds a {@link ClientSecret}.
		 */
		public static final class Builder {

			private @Nullable String value;

			private @Nullable Long expiresAt;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ClientSecret source) {
				this.value = source.value();
				this.expiresAt = source.expiresAt();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Ephemeral key usable in client environments to authenticate connections to
			 * the Realtime API.
			 * @param value the value (required)
			 * @return this builder
			 */
			public Builder value(@Nullable String value) {
				this.value = value;
				return this;
			}

			/**
			 * Timestamp for when the token expires.
			 * @param expiresAt the value (required)
			 * @return this builder
			 */
			public Builder expiresAt(@Nullable Long expiresAt) {
				this.expiresAt = expiresAt;
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
			public ClientSecret build() {
				return new ClientSecret(Objects.requireNonNull(this.value, "'value' is required"),
						Objects.requireNonNull(this.expiresAt, "'expiresAt' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ClientSecret} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ClientSecret> {

			Reader() {
				super(ClientSecret.class, "value", "expires_at");
			}

			@Override
			protected ClientSecret create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ClientSecret((String) values[0], (Long) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ClientSecret} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ClientSecret> {

			Writer() {
				super(ClientSecret.class, "value", "expires_at");
			}

			@Override
			protected @Nullable Object value(ClientSecret record, int index) {
				return switch (index) {
					case 0 -> record.value();
					case 1 -> record.expiresAt();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ClientSecret record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Configuration for input audio transcription, defaults to off and can be set to
	 * {@code null} to turn off once on. Input audio transcription is not native to the
	 * model, since the model consumes audio directly. Transcription runs asynchronously
	 * and should be treated as rough guidance rather than the representation understood
	 * by the model.
	 *
	 * @param model The model to use for transcription.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = InputAudioTranscription.Reader.class)
	public static record InputAudioTranscription(@JsonProperty("model") @Nullable String model,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link InputAudioTranscription}; {@code additionalProperties} becomes
		 * an unmodifiable copy, empty for null.
		 * @param model The model to use for transcription.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public InputAudioTranscription {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link InputAudioTranscription}.
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
		 * Builds a {@link InputAudioTranscription}.
		 */
		public static final class Builder {

			private @Nullable String model;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(InputAudioTranscription source) {
				this.model = source.model();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The model to use for transcription.
			 * @param model the value
			 * @return this builder
			 */
			public Builder model(@Nullable String model) {
				this.model = model;
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
			public InputAudioTranscription build() {
				return new InputAudioTranscription(this.model, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link InputAudioTranscription} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<InputAudioTranscription> {

			Reader() {
				super(InputAudioTranscription.class, "model");
			}

			@Override
			protected InputAudioTranscription create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new InputAudioTranscription((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link InputAudioTranscription} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<InputAudioTranscription> {

			Writer() {
				super(InputAudioTranscription.class, "model");
			}

			@Override
			protected @Nullable Object value(InputAudioTranscription record, int index) {
				return switch (index) {
					case 0 -> record.model();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(InputAudioTranscription record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Configuration options for tracing. Set to null to disable tracing. Once tracing is
	 * enabled for a session, the configuration cannot be modified.
	 * <p>
	 * {@code auto} will create a trace for the session with default values for the
	 * workflow name, group id, and metadata.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Tracing.Deserializer.class)
	public sealed interface Tracing permits Tracing.AutoValue, Tracing.TracingConfiguration, Tracing.Unknown {

		/**
		 * Default tracing mode for the session.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		record Auto(@JsonValue String value) {
			/**
			 * The value {@code auto}.
			 */
			public static final Auto AUTO = new Auto("auto");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Auto {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Auto of(String value) {
				return switch (value) {
					case "auto" -> AUTO;
					default -> new Auto(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "auto" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * A {@link Tracing} that is a {@code Auto}.
		 *
		 * @param value the value
		 */
		record AutoValue(@JsonValue Auto value) implements Tracing {
			/**
			 * Creates a {@link AutoValue}, rejecting a null value.
			 * @param value the value
			 */
			public AutoValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * Granular configuration for tracing.
		 *
		 * @param workflowName The name of the workflow to attach to this trace. This is
		 * used to name the trace in the traces dashboard.
		 * @param groupId The group id to attach to this trace to enable filtering and
		 * grouping in the traces dashboard.
		 * @param metadata The arbitrary metadata to attach to this trace to enable
		 * filtering in the traces dashboard.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = TracingConfiguration.Reader.class)
		record TracingConfiguration(@JsonProperty("workflow_name") @Nullable String workflowName,
				@JsonProperty("group_id") @Nullable String groupId,
				@JsonProperty("metadata") @Nullable Map<String, Object> metadata,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tracing {

			/**
			 * Creates a {@link TracingConfiguration}; {@code additionalProperties}
			 * becomes an unmodifiable copy, empty for null.
			 * @param workflowName The name of the workflow to attach to this trace.
			 * @param groupId The group id to attach to this trace to enable filtering and
			 * grouping in the traces dashboard.
			 * @param metadata The arbitrary metadata to attach to this trace to enable
			 * filtering in the traces dashboard.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public TracingConfiguration {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link TracingConfiguration}.
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
			 * Builds a {@link TracingConfiguration}.
			 */
			public static final class Builder {

				private @Nullable String workflowName;

				private @Nullable String groupId;

				private @Nullable Map<String, Object> metadata;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(TracingConfiguration source) {
					this.workflowName = source.workflowName();
					this.groupId = source.groupId();
					this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The name of the workflow to attach to this trace.
				 * @param workflowName the value
				 * @return this builder
				 */
				public Builder workflowName(@Nullable String workflowName) {
					this.workflowName = workflowName;
					return this;
				}

				/**
				 * The group id to attach to this trace to enable filtering and grouping
				 * in the traces dashboard.
				 * @param groupId the value
				 * @return this builder
				 */
				public Builder groupId(@Nullable String groupId) {
					this.groupId = groupId;
					return this;
				}

				/**
				 * The arbitrary metadata to attach to this trace to enable filtering in
				 * the traces dashboard.
				 * <p>
				 * Takes a copy of the map.
				 * @param metadata the value
				 * @return this builder
				 */
				public Builder metadata(@Nullable Map<String, ?> metadata) {
					this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
					return this;
				}

				/**
				 * The arbitrary metadata to attach to this trace to enable filtering in
				 * the traces dashboard.
				 * <p>
				 * Puts one entry in the map, replacing the value of a name it has.
				 * @param key the entry's name
				 * @param value its value
				 * @return this builder
				 */
				public Builder putMetadata(String key, Object value) {
					Objects.requireNonNull(key, "'key' must not be null");
					Objects.requireNonNull(value, "'value' must not be null");
					if (this.metadata == null) {
						this.metadata = new LinkedHashMap<>();
					}
					this.metadata.put(key, value);
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
				public TracingConfiguration build() {
					return new TracingConfiguration(
							this.workflowName, this.groupId, (this.metadata != null)
									? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link TracingConfiguration} from the parser's tokens; Jackson
			 * creates it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<TracingConfiguration> {

				Reader() {
					super(TracingConfiguration.class, "workflow_name", "group_id", "metadata");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected TracingConfiguration create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new TracingConfiguration((String) values[0], (String) values[1],
							(Map<String, Object>) values[2], additionalProperties);
				}

			}

			/**
			 * Writes a {@link TracingConfiguration} without reflection; the client's
			 * mapper finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<TracingConfiguration> {

				Writer() {
					super(TracingConfiguration.class, "workflow_name", "group_id", "metadata");
				}

				@Override
				protected @Nullable Object value(TracingConfiguration record, int index) {
					return switch (index) {
						case 0 -> record.workflowName();
						case 1 -> record.groupId();
						case 2 -> record.metadata();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(TracingConfiguration record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * A {@link Tracing} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Tracing, UnknownVariant {
		}

		/**
		 * Reads a {@link Tracing} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Tracing> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Tracing>variants(Unknown::new)
					.object(TracingConfiguration.class, VariantShape.declaring("workflow_name", "group_id", "metadata"))
					.string(Auto.class, AutoValue::new));
			}

		}

	}

	/**
	 * Configuration for turn detection. Can be set to {@code null} to turn off. Server
	 * VAD means that the model will detect the start and end of speech based on audio
	 * volume and respond at the end of user speech.
	 *
	 * @param type Type of turn detection, only {@code server_vad} is currently supported.
	 * @param threshold Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
	 * higher threshold will require louder audio to activate the model, and thus might
	 * perform better in noisy environments.
	 * @param prefixPaddingMs Amount of audio to include before the VAD detected speech
	 * (in milliseconds). Defaults to 300ms.
	 * @param silenceDurationMs Duration of silence to detect speech stop (in
	 * milliseconds). Defaults to 500ms. With shorter values the model will respond more
	 * quickly, but may jump in on short pauses from the user.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = TurnDetection.Reader.class)
	public static record TurnDetection(@JsonProperty("type") @Nullable String type,
			@JsonProperty("threshold") @Nullable Double threshold,
			@JsonProperty("prefix_padding_ms") @Nullable Long prefixPaddingMs,
			@JsonProperty("silence_duration_ms") @Nullable Long silenceDurationMs,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link TurnDetection}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param type Type of turn detection, only {@code server_vad} is currently
		 * supported.
		 * @param threshold Activation threshold for VAD (0.0 to 1.0), this defaults to
		 * 0.5.
		 * @param prefixPaddingMs Amount of audio to include before the VAD detected
		 * speech (in milliseconds).
		 * @param silenceDurationMs Duration of silence to detect speech stop (in
		 * milliseconds).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public TurnDetection {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link TurnDetection}.
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
		 * Builds a {@link TurnDetection}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable Double threshold;

			private @Nullable Long prefixPaddingMs;

			private @Nullable Long silenceDurationMs;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(TurnDetection source) {
				this.type = source.type();
				this.threshold = source.threshold();
				this.prefixPaddingMs = source.prefixPaddingMs();
				this.silenceDurationMs = source.silenceDurationMs();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Type of turn detection, only {@code server_vad} is currently supported.
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable String type) {
				this.type = type;
				return this;
			}

			/**
			 * Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5.
			 * @param threshold the value
			 * @return this builder
			 */
			public Builder threshold(@Nullable Double threshold) {
				this.threshold = threshold;
				return this;
			}

			/**
			 * Amount of audio to include before the VAD detected speech (in
			 * milliseconds).
			 * @param prefixPaddingMs the value
			 * @return this builder
			 */
			public Builder prefixPaddingMs(@Nullable Long prefixPaddingMs) {
				this.prefixPaddingMs = prefixPaddingMs;
				return this;
			}

			/**
			 * Duration of silence to detect speech stop (in milliseconds).
			 * @param silenceDurationMs the value
			 * @return this builder
			 */
			public Builder silenceDurationMs(@Nullable Long silenceDurationMs) {
				this.silenceDurationMs = silenceDurationMs;
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
			public TurnDetection build() {
				return new TurnDetection(this.type, this.threshold, this.prefixPaddingMs, this.silenceDurationMs,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link TurnDetection} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<TurnDetection> {

			Reader() {
				super(TurnDetection.class, "type", "threshold", "prefix_padding_ms", "silence_duration_ms");
			}

			@Override
			protected TurnDetection create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new TurnDetection((String) values[0], (Double) values[1], (Long) values[2], (Long) values[3],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link TurnDetection} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<TurnDetection> {

			Writer() {
				super(TurnDetection.class, "type", "threshold", "prefix_padding_ms", "silence_duration_ms");
			}

			@Override
			protected @Nullable Object value(TurnDetection record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.threshold();
					case 2 -> record.prefixPaddingMs();
					case 3 -> record.silenceDurationMs();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(TurnDetection record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * An item of a {@link RealtimeSessionCreateRequest}'s {@code tools}.
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
	 * Maximum number of output tokens for a single assistant response, inclusive of tool
	 * calls. Provide an integer between 1 and 4096 to limit output tokens, or {@code inf}
	 * for the maximum available tokens for a given model. Defaults to {@code inf}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = MaxResponseOutputTokens.Deserializer.class)
	public sealed interface MaxResponseOutputTokens permits MaxResponseOutputTokens.LongValue,
			MaxResponseOutputTokens.InfValue, MaxResponseOutputTokens.Unknown {

		/**
		 * A {@link MaxResponseOutputTokens} that is a {@code Long}.
		 *
		 * @param value the value
		 */
		record LongValue(@JsonValue Long value) implements MaxResponseOutputTokens {
			/**
			 * Creates a {@link LongValue}, rejecting a null value.
			 * @param value the value
			 */
			public LongValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * One of the forms of a {@link MaxResponseOutputTokens}.
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
		 * A {@link MaxResponseOutputTokens} that is a {@code Inf}.
		 *
		 * @param value the value
		 */
		record InfValue(@JsonValue Inf value) implements MaxResponseOutputTokens {
			/**
			 * Creates a {@link InfValue}, rejecting a null value.
			 * @param value the value
			 */
			public InfValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link MaxResponseOutputTokens} that this version of the client does not
		 * recognize, kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements MaxResponseOutputTokens, UnknownVariant {
		}

		/**
		 * Reads a {@link MaxResponseOutputTokens} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<MaxResponseOutputTokens> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<MaxResponseOutputTokens>variants(Unknown::new)
					.integer(Long.class, LongValue::new)
					.string(Inf.class, InfValue::new));
			}

		}

	}

	/**
	 * Builds a {@link RealtimeSessionCreateRequest}.
	 */
	public static final class Builder {

		private @Nullable ClientSecret clientSecret;

		private @Nullable Object modalities;

		private @Nullable String instructions;

		private @Nullable VoiceIdsOrCustomVoice voice;

		private @Nullable String inputAudioFormat;

		private @Nullable String outputAudioFormat;

		private @Nullable InputAudioTranscription inputAudioTranscription;

		private @Nullable Double speed;

		private @Nullable Tracing tracing;

		private @Nullable TurnDetection turnDetection;

		private @Nullable List<Tool> tools;

		private @Nullable String toolChoice;

		private @Nullable Double temperature;

		private @Nullable MaxResponseOutputTokens maxResponseOutputTokens;

		private @Nullable RealtimeTruncation truncation;

		private @Nullable Prompt prompt;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RealtimeSessionCreateRequest source) {
			this.clientSecret = source.clientSecret();
			this.modalities = source.modalities();
			this.instructions = source.instructions();
			this.voice = source.voice();
			this.inputAudioFormat = source.inputAudioFormat();
			this.outputAudioFormat = source.outputAudioFormat();
			this.inputAudioTranscription = source.inputAudioTranscription();
			this.speed = source.speed();
			this.tracing = source.tracing();
			this.turnDetection = source.turnDetection();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.toolChoice = source.toolChoice();
			this.temperature = source.temperature();
			this.maxResponseOutputTokens = source.maxResponseOutputTokens();
			this.truncation = source.truncation();
			this.prompt = source.prompt();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Ephemeral key returned by the API.
		 * @param clientSecret the value (required)
		 * @return this builder
		 */
		public Builder clientSecret(@Nullable ClientSecret clientSecret) {
			this.clientSecret = clientSecret;
			return this;
		}

		/**
		 * The set of modalities the model can respond with.
		 * @param modalities the value
		 * @return this builder
		 */
		public Builder modalities(@Nullable Object modalities) {
			this.modalities = modalities;
			return this;
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
		 * The format of input audio.
		 * @param inputAudioFormat the value
		 * @return this builder
		 */
		public Builder inputAudioFormat(@Nullable String inputAudioFormat) {
			this.inputAudioFormat = inputAudioFormat;
			return this;
		}

		/**
		 * The format of output audio.
		 * @param outputAudioFormat the value
		 * @return this builder
		 */
		public Builder outputAudioFormat(@Nullable String outputAudioFormat) {
			this.outputAudioFormat = outputAudioFormat;
			return this;
		}

		/**
		 * Configuration for input audio transcription, defaults to off and can be set to
		 * {@code null} to turn off once on.
		 * @param inputAudioTranscription the value
		 * @return this builder
		 */
		public Builder inputAudioTranscription(@Nullable InputAudioTranscription inputAudioTranscription) {
			this.inputAudioTranscription = inputAudioTranscription;
			return this;
		}

		/**
		 * The speed of the model's spoken response.
		 * @param speed the value
		 * @return this builder
		 */
		public Builder speed(@Nullable Double speed) {
			this.speed = speed;
			return this;
		}

		/**
		 * Configuration options for tracing.
		 * @param tracing the value
		 * @return this builder
		 */
		public Builder tracing(@Nullable Tracing tracing) {
			this.tracing = tracing;
			return this;
		}

		/**
		 * Configuration options for tracing.
		 * <p>
		 * Takes the value of a {@link Tracing.AutoValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder tracing(Tracing.Auto value) {
			return tracing(new Tracing.AutoValue(value));
		}

		/**
		 * Configuration for turn detection.
		 * @param turnDetection the value
		 * @return this builder
		 */
		public Builder turnDetection(@Nullable TurnDetection turnDetection) {
			this.turnDetection = turnDetection;
			return this;
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
		public Builder toolChoice(@Nullable String toolChoice) {
			this.toolChoice = toolChoice;
			return this;
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
		 * @param maxResponseOutputTokens the value
		 * @return this builder
		 */
		public Builder maxResponseOutputTokens(@Nullable MaxResponseOutputTokens maxResponseOutputTokens) {
			this.maxResponseOutputTokens = maxResponseOutputTokens;
			return this;
		}

		/**
		 * Maximum number of output tokens for a single assistant response, inclusive of
		 * tool calls.
		 * <p>
		 * Takes the value of a {@link MaxResponseOutputTokens.LongValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder maxResponseOutputTokens(Long value) {
			return maxResponseOutputTokens(new MaxResponseOutputTokens.LongValue(value));
		}

		/**
		 * Maximum number of output tokens for a single assistant response, inclusive of
		 * tool calls.
		 * <p>
		 * Takes the value of a {@link MaxResponseOutputTokens.InfValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder maxResponseOutputTokens(MaxResponseOutputTokens.Inf value) {
			return maxResponseOutputTokens(new MaxResponseOutputTokens.InfValue(value));
		}

		/**
		 * When the number of tokens in a conversation exceeds the model's input token
		 * limit, the conversation be truncated, meaning messages (starting from the
		 * oldest) will not be included in the model's context.
		 * @param truncation the value
		 * @return this builder
		 */
		public Builder truncation(@Nullable RealtimeTruncation truncation) {
			this.truncation = truncation;
			return this;
		}

		/**
		 * When the number of tokens in a conversation exceeds the model's input token
		 * limit, the conversation be truncated, meaning messages (starting from the
		 * oldest) will not be included in the model's context.
		 * <p>
		 * Takes the value of a {@link RealtimeTruncation.ItemValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder truncation(RealtimeTruncation.Item value) {
			return truncation(new RealtimeTruncation.ItemValue(value));
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
		public RealtimeSessionCreateRequest build() {
			return new RealtimeSessionCreateRequest(
					Objects.requireNonNull(this.clientSecret, "'clientSecret' is required"), this.modalities,
					this.instructions, this.voice, this.inputAudioFormat, this.outputAudioFormat,
					this.inputAudioTranscription, this.speed, this.tracing, this.turnDetection,
					(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
					this.toolChoice, this.temperature, this.maxResponseOutputTokens, this.truncation, this.prompt,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeSessionCreateRequest} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeSessionCreateRequest> {

		Reader() {
			super(RealtimeSessionCreateRequest.class, "client_secret", "modalities", "instructions", "voice",
					"input_audio_format", "output_audio_format", "input_audio_transcription", "speed", "tracing",
					"turn_detection", "tools", "tool_choice", "temperature", "max_response_output_tokens", "truncation",
					"prompt");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeSessionCreateRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeSessionCreateRequest((ClientSecret) values[0], (Object) values[1], (String) values[2],
					(VoiceIdsOrCustomVoice) values[3], (String) values[4], (String) values[5],
					(InputAudioTranscription) values[6], (Double) values[7], (Tracing) values[8],
					(TurnDetection) values[9], (List<Tool>) values[10], (String) values[11], (Double) values[12],
					(MaxResponseOutputTokens) values[13], (RealtimeTruncation) values[14], (Prompt) values[15],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeSessionCreateRequest} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeSessionCreateRequest> {

		Writer() {
			super(RealtimeSessionCreateRequest.class, "client_secret", "modalities", "instructions", "voice",
					"input_audio_format", "output_audio_format", "input_audio_transcription", "speed", "tracing",
					"turn_detection", "tools", "tool_choice", "temperature", "max_response_output_tokens", "truncation",
					"prompt");
		}

		@Override
		protected @Nullable Object value(RealtimeSessionCreateRequest record, int index) {
			return switch (index) {
				case 0 -> record.clientSecret();
				case 1 -> record.modalities();
				case 2 -> record.instructions();
				case 3 -> record.voice();
				case 4 -> record.inputAudioFormat();
				case 5 -> record.outputAudioFormat();
				case 6 -> record.inputAudioTranscription();
				case 7 -> record.speed();
				case 8 -> record.tracing();
				case 9 -> record.turnDetection();
				case 10 -> record.tools();
				case 11 -> record.toolChoice();
				case 12 -> record.temperature();
				case 13 -> record.maxResponseOutputTokens();
				case 14 -> record.truncation();
				case 15 -> record.prompt();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeSessionCreateRequest record) {
			return record.additionalProperties();
		}

	}
}
