// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A new Realtime transcription session configuration.
 * <p>
 * When a session is created on the server via REST API, the session object also contains
 * an ephemeral key. Default TTL for keys is 10 minutes. This property is not present when
 * a session is updated via the WebSocket API.
 *
 * @param clientSecret Ephemeral key returned by the API. Only present when the session is
 * created on the server via REST API.
 * @param modalities The set of modalities the model can respond with. To disable audio,
 * set this to ["text"].
 * @param inputAudioFormat The format of input audio. Options are {@code pcm16},
 * {@code g711_ulaw}, or {@code g711_alaw}.
 * @param inputAudioTranscription Configuration of the transcription model.
 * @param turnDetection Configuration for turn detection. Can be set to {@code null} to
 * turn off. Server VAD means that the model will detect the start and end of speech based
 * on audio volume and respond at the end of user speech.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeTranscriptionSessionCreateResponse.Reader.class)
public record RealtimeTranscriptionSessionCreateResponse(
		@JsonProperty("client_secret") RealtimeTranscriptionSessionCreateResponse.ClientSecret clientSecret,
		@JsonProperty("modalities") @Nullable Object modalities,
		@JsonProperty("input_audio_format") @Nullable String inputAudioFormat,
		@JsonProperty("input_audio_transcription") @Nullable AudioTranscription inputAudioTranscription,
		@JsonProperty("turn_detection") RealtimeTranscriptionSessionCreateResponse.@Nullable TurnDetection turnDetection,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeTranscriptionSessionCreateResponse};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param clientSecret Ephemeral key returned by the API.
	 * @param modalities The set of modalities the model can respond with.
	 * @param inputAudioFormat The format of input audio.
	 * @param inputAudioTranscription Configuration of the transcription model.
	 * @param turnDetection Configuration for turn detection.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeTranscriptionSessionCreateResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeTranscriptionSessionCreateResponse}.
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
	 * Ephemeral key returned by the API. Only present when the session is created on the
	 * server via REST API.
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
	 * Builds a {@link RealtimeTranscriptionSessionCreateResponse}.
	 */
	public static final class Builder {

		private @Nullable ClientSecret clientSecret;

		private @Nullable Object modalities;

		private @Nullable String inputAudioFormat;

		private @Nullable AudioTranscription inputAudioTranscription;

		private @Nullable TurnDetection turnDetection;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RealtimeTranscriptionSessionCreateResponse source) {
			this.clientSecret = source.clientSecret();
			this.modalities = source.modalities();
			this.inputAudioFormat = source.inputAudioFormat();
			this.inputAudioTranscription = source.inputAudioTranscription();
			this.turnDetection = source.turnDetection();
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
		 * The format of input audio.
		 * @param inputAudioFormat the value
		 * @return this builder
		 */
		public Builder inputAudioFormat(@Nullable String inputAudioFormat) {
			this.inputAudioFormat = inputAudioFormat;
			return this;
		}

		/**
		 * Configuration of the transcription model.
		 * @param inputAudioTranscription the value
		 * @return this builder
		 */
		public Builder inputAudioTranscription(@Nullable AudioTranscription inputAudioTranscription) {
			this.inputAudioTranscription = inputAudioTranscription;
			return this;
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
		public RealtimeTranscriptionSessionCreateResponse build() {
			return new RealtimeTranscriptionSessionCreateResponse(
					Objects.requireNonNull(this.clientSecret, "'clientSecret' is required"), this.modalities,
					this.inputAudioFormat, this.inputAudioTranscription, this.turnDetection, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeTranscriptionSessionCreateResponse} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeTranscriptionSessionCreateResponse> {

		Reader() {
			super(RealtimeTranscriptionSessionCreateResponse.class, "client_secret", "modalities", "input_audio_format",
					"input_audio_transcription", "turn_detection");
		}

		@Override
		protected RealtimeTranscriptionSessionCreateResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeTranscriptionSessionCreateResponse((ClientSecret) values[0], (Object) values[1],
					(String) values[2], (AudioTranscription) values[3], (TurnDetection) values[4],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeTranscriptionSessionCreateResponse} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeTranscriptionSessionCreateResponse> {

		Writer() {
			super(RealtimeTranscriptionSessionCreateResponse.class, "client_secret", "modalities", "input_audio_format",
					"input_audio_transcription", "turn_detection");
		}

		@Override
		protected @Nullable Object value(RealtimeTranscriptionSessionCreateResponse record, int index) {
			return switch (index) {
				case 0 -> record.clientSecret();
				case 1 -> record.modalities();
				case 2 -> record.inputAudioFormat();
				case 3 -> record.inputAudioTranscription();
				case 4 -> record.turnDetection();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeTranscriptionSessionCreateResponse record) {
			return record.additionalProperties();
		}

	}
}
