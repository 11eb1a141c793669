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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to
 * {@code null} to turn off, in which case the client must manually trigger model
 * response.
 * <p>
 * Server VAD means that the model will detect the start and end of speech based on audio
 * volume and respond at the end of user speech.
 * <p>
 * Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD)
 * to semantically estimate whether the user has finished speaking, then dynamically sets
 * a timeout based on this probability. For example, if user audio trails off with "uhhm",
 * the model will score a low probability of turn end and wait longer for the user to
 * continue speaking. This can be useful for more natural conversations, but may have a
 * higher latency.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = RealtimeTurnDetection.Deserializer.class)
public sealed interface RealtimeTurnDetection
		permits RealtimeTurnDetection.ServerVAD, RealtimeTurnDetection.SemanticVAD, RealtimeTurnDetection.Unknown {

	/**
	 * Server-side voice activity detection (VAD) which flips on when user speech is
	 * detected and off after a period of silence.
	 *
	 * @param type Type of turn detection, {@code server_vad} to turn on simple Server
	 * VAD.
	 * @param threshold Used only for {@code server_vad} mode. Activation threshold for
	 * VAD (0.0 to 1.0), this defaults to 0.5. A higher threshold will require louder
	 * audio to activate the model, and thus might perform better in noisy environments.
	 * @param prefixPaddingMs Used only for {@code server_vad} mode. Amount of audio to
	 * include before the VAD detected speech (in milliseconds). Defaults to 300ms.
	 * @param silenceDurationMs Used only for {@code server_vad} mode. Duration of silence
	 * to detect speech stop (in milliseconds). Defaults to 500ms. With shorter values the
	 * model will respond more quickly, but may jump in on short pauses from the user.
	 * @param createResponse Whether or not to automatically generate a response when a
	 * VAD stop event occurs. If {@code interrupt_response} is set to {@code false} this
	 * may fail to create a response if the model is already responding.
	 * <p>
	 * If both {@code create_response} and {@code interrupt_response} are set to
	 * {@code false}, the model will never respond automatically but VAD events will still
	 * be emitted.
	 * @param interruptResponse Whether or not to automatically interrupt (cancel) any
	 * ongoing response with output to the default conversation (i.e. {@code conversation}
	 * of {@code auto}) when a VAD start event occurs. If {@code true} then the response
	 * will be cancelled, otherwise it will continue until complete.
	 * <p>
	 * If both {@code create_response} and {@code interrupt_response} are set to
	 * {@code false}, the model will never respond automatically but VAD events will still
	 * be emitted.
	 * @param idleTimeoutMs Optional timeout after which a model response will be
	 * triggered automatically. This is useful for situations in which a long pause from
	 * the user is unexpected, such as a phone call. The model will effectively prompt the
	 * user to continue the conversation based on the current context.
	 * <p>
	 * The timeout value will be applied after the last model response's audio has
	 * finished playing, i.e. it's set to the {@code response.done} time plus audio
	 * playback duration.
	 * <p>
	 * An {@code input_audio_buffer.timeout_triggered} event (plus events associated with
	 * the Response) will be emitted when the timeout is reached. Idle timeout is
	 * currently only supported for {@code server_vad} mode.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ServerVAD.Reader.class)
	record ServerVAD(@JsonProperty("type") String type, @JsonProperty("threshold") @Nullable Double threshold,
			@JsonProperty("prefix_padding_ms") @Nullable Long prefixPaddingMs,
			@JsonProperty("silence_duration_ms") @Nullable Long silenceDurationMs,
			@JsonProperty("create_response") @Nullable Boolean createResponse,
			@JsonProperty("interrupt_response") @Nullable Boolean interruptResponse,
			@JsonProperty("idle_timeout_ms") @Nullable Long idleTimeoutMs,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeTurnDetection {

		/**
		 * Creates a {@link ServerVAD}, filling in {@code type} with its single possible
		 * value when absent; {@code additionalProperties} becomes an unmodifiable copy,
		 * empty for null.
		 * @param type Type of turn detection, {@code server_vad} to turn on simple Server
		 * VAD.
		 * @param threshold Used only for {@code server_vad} mode.
		 * @param prefixPaddingMs Used only for {@code server_vad} mode.
		 * @param silenceDurationMs Used only for {@code server_vad} mode.
		 * @param createResponse Whether or not to automatically generate a response when
		 * a VAD stop event occurs.
		 * @param interruptResponse Whether or not to automatically interrupt (cancel) any
		 * ongoing response with output to the default conversation (i.e.
		 * {@code conversation} of {@code auto}) when a VAD start event occurs.
		 * @param idleTimeoutMs Optional timeout after which a model response will be
		 * triggered automatically.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ServerVAD {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ServerVAD}.
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
		 * Builds a {@link ServerVAD}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable Double threshold;

			private @Nullable Long prefixPaddingMs;

			private @Nullable Long silenceDurationMs;

			private @Nullable Boolean createResponse;

			private @Nullable Boolean interruptResponse;

			private @Nullable Long idleTimeoutMs;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "server_vad";
			}

			private Builder(ServerVAD source) {
				this.type = source.type();
				this.threshold = source.threshold();
				this.prefixPaddingMs = source.prefixPaddingMs();
				this.silenceDurationMs = source.silenceDurationMs();
				this.createResponse = source.createResponse();
				this.interruptResponse = source.interruptResponse();
				this.idleTimeoutMs = source.idleTimeoutMs();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Used only for {@code server_vad} mode.
			 * @param threshold the value
			 * @return this builder
			 */
			public Builder threshold(@Nullable Double threshold) {
				this.threshold = threshold;
				return this;
			}

			/**
			 * Used only for {@code server_vad} mode.
			 * @param prefixPaddingMs the value
			 * @return this builder
			 */
			public Builder prefixPaddingMs(@Nullable Long prefixPaddingMs) {
				this.prefixPaddingMs = prefixPaddingMs;
				return this;
			}

			/**
			 * Used only for {@code server_vad} mode.
			 * @param silenceDurationMs the value
			 * @return this builder
			 */
			public Builder silenceDurationMs(@Nullable Long silenceDurationMs) {
				this.silenceDurationMs = silenceDurationMs;
				return this;
			}

			/**
			 * Whether or not to automatically generate a response when a VAD stop event
			 * occurs.
			 * @param createResponse the value
			 * @return this builder
			 */
			public Builder createResponse(@Nullable Boolean createResponse) {
				this.createResponse = createResponse;
				return this;
			}

			/**
			 * Whether or not to automatically interrupt (cancel) any ongoing response
			 * with output to the default conversation (i.e. {@code conversation} of
			 * {@code auto}) when a VAD start event occurs.
			 * @param interruptResponse the value
			 * @return this builder
			 */
			public Builder interruptResponse(@Nullable Boolean interruptResponse) {
				this.interruptResponse = interruptResponse;
				return this;
			}

			/**
			 * Optional timeout after which a model response will be triggered
			 * automatically.
			 * @param idleTimeoutMs the value
			 * @return this builder
			 */
			public Builder idleTimeoutMs(@Nullable Long idleTimeoutMs) {
				this.idleTimeoutMs = idleTimeoutMs;
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
			public ServerVAD build() {
				return new ServerVAD(this.type, this.threshold, this.prefixPaddingMs, this.silenceDurationMs,
						this.createResponse, this.interruptResponse, this.idleTimeoutMs, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ServerVAD} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ServerVAD> {

			Reader() {
				super(ServerVAD.class, "type", "threshold", "prefix_padding_ms", "silence_duration_ms",
						"create_response", "interrupt_response", "idle_timeout_ms");
			}

			@Override
			protected ServerVAD create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new ServerVAD((String) values[0], (Double) values[1], (Long) values[2], (Long) values[3],
						(Boolean) values[4], (Boolean) values[5], (Long) values[6], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ServerVAD} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ServerVAD> {

			Writer() {
				super(ServerVAD.class, "type", "threshold", "prefix_padding_ms", "silence_duration_ms",
						"create_response", "interrupt_response", "idle_timeout_ms");
			}

			@Override
			protected @Nullable Object value(ServerVAD record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.threshold();
					case 2 -> record.prefixPaddingMs();
					case 3 -> record.silenceDurationMs();
					case 4 -> record.createResponse();
					case 5 -> record.interruptResponse();
					case 6 -> record.idleTimeoutMs();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ServerVAD record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Server-side semantic turn detection which uses a model to determine when the user
	 * has finished speaking.
	 *
	 * @param type Type of turn detection, {@code semantic_vad} to turn on Semantic VAD.
	 * @param eagerness Used only for {@code semantic_vad} mode. The eagerness of the
	 * model to respond. {@code low} will wait longer for the user to continue speaking,
	 * {@code high} will respond more quickly. {@code auto} is the default and is
	 * equivalent to {@code medium}. {@code low}, {@code medium}, and {@code high} have
	 * max timeouts of 8s, 4s, and 2s respectively.
	 * @param createResponse Whether or not to automatically generate a response when a
	 * VAD stop event occurs.
	 * @param interruptResponse Whether or not to automatically interrupt any ongoing
	 * response with output to the default conversation (i.e. {@code conversation} of
	 * {@code auto}) when a VAD start event occurs.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = SemanticVAD.Reader.class)
	record SemanticVAD(@JsonProperty("type") String type,
			@JsonProperty("eagerness") SemanticVAD.@Nullable Eagerness eagerness,
			@JsonProperty("create_response") @Nullable Boolean createResponse,
			@JsonProperty("interrupt_response") @Nullable Boolean interruptResponse,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeTurnDetection {

		/**
		 * Creates a {@link SemanticVAD}, filling in {@code type} with its single possible
		 * value when absent; {@code additionalProperties} becomes an unmodifiable copy,
		 * empty for null.
		 * @param type Type of turn detection, {@code semantic_vad} to turn on Semantic
		 * VAD.
		 * @param eagerness Used only for {@code semantic_vad} mode.
		 * @param createResponse Whether or not to automatically generate a response when
		 * a VAD stop event occurs.
		 * @param interruptResponse Whether or not to automatically interrupt any ongoing
		 * response with output to the default conversation (i.e. {@code conversation} of
		 * {@code auto}) when a VAD start event occurs.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public SemanticVAD {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link SemanticVAD}.
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
		 * Used only for {@code semantic_vad} mode. The eagerness of the model to respond.
		 * {@code low} will wait longer for the user to continue speaking, {@code high}
		 * will respond more quickly. {@code auto} is the default and is equivalent to
		 * {@code medium}. {@code low}, {@code medium}, and {@code high} have max timeouts
		 * of 8s, 4s, and 2s respectively.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Eagerness(@JsonValue String value) {
			/**
			 * The value {@code low}.
			 */
			public static final Eagerness LOW = new Eagerness("low");

			/**
			 * The value {@code medium}.
			 */
			public static final Eagerness MEDIUM = new Eagerness("medium");

			/**
			 * The value {@code high}.
			 */
			public static final Eagerness HIGH = new Eagerness("high");

			/**
			 * The value {@code auto}.
			 */
			public static final Eagerness AUTO = new Eagerness("auto");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Eagerness {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Eagerness of(String value) {
				return switch (value) {
					case "low" -> LOW;
					case "medium" -> MEDIUM;
					case "high" -> HIGH;
					case "auto" -> AUTO;
					default -> new Eagerness(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "low", "medium", "high", "auto" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link SemanticVAD}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable Eagerness eagerness;

			private @Nullable Boolean createResponse;

			private @Nullable Boolean interruptResponse;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "semantic_vad";
			}

			private Builder(SemanticVAD source) {
				this.type = source.type();
				this.eagerness = source.eagerness();
				this.createResponse = source.createResponse();
				this.interruptResponse = source.interruptResponse();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Used only for {@code semantic_vad} mode.
			 * @param eagerness the value
			 * @return this builder
			 */
			public Builder eagerness(@Nullable Eagerness eagerness) {
				this.eagerness = eagerness;
				return this;
			}

			/**
			 * Used only for {@code semantic_vad} mode.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder eagerness(String value) {
				return eagerness(Eagerness.of(value));
			}

			/**
			 * Whether or not to automatically generate a response when a VAD stop event
			 * occurs.
			 * @param createResponse the value
			 * @return this builder
			 */
			public Builder createResponse(@Nullable Boolean createResponse) {
				this.createResponse = createResponse;
				return this;
			}

			/**
			 * Whether or not to automatically interrupt any ongoing response with output
			 * to the default conversation (i.e. {@code conversation} of {@code auto})
			 * when a VAD start event occurs.
			 * @param interruptResponse the value
			 * @return this builder
			 */
			public Builder interruptResponse(@Nullable Boolean interruptResponse) {
				this.interruptResponse = interruptResponse;
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
			public SemanticVAD build() {
				return new SemanticVAD(this.type, this.eagerness, this.createResponse, this.interruptResponse,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link SemanticVAD} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<SemanticVAD> {

			Reader() {
				super(SemanticVAD.class, "type", "eagerness", "create_response", "interrupt_response");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 1 -> Eagerness.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected SemanticVAD create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new SemanticVAD((String) values[0], (Eagerness) values[1], (Boolean) values[2],
						(Boolean) values[3], additionalProperties);
			}

		}

		/**
		 * Writes a {@link SemanticVAD} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<SemanticVAD> {

			Writer() {
				super(SemanticVAD.class, "type", "eagerness", "create_response", "interrupt_response");
			}

			@Override
			protected @Nullable Object value(SemanticVAD record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.eagerness();
					case 2 -> record.createResponse();
					case 3 -> record.interruptResponse();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(SemanticVAD record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * A {@link RealtimeTurnDetection} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements RealtimeTurnDetection, UnknownVariant {
	}

	/**
	 * Reads a {@link RealtimeTurnDetection} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<RealtimeTurnDetection> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<RealtimeTurnDetection>variants(Unknown::new)
				.discriminator("type")
				.object(ServerVAD.class,
						VariantShape
							.declaring("type", "threshold", "prefix_padding_ms", "silence_duration_ms",
									"create_response", "interrupt_response", "idle_timeout_ms")
							.requiring("type")
							.values("type", "server_vad"))
				.object(SemanticVAD.class,
						VariantShape.declaring("type", "eagerness", "create_response", "interrupt_response")
							.requiring("type")
							.values("type", "semantic_vad")
							.values("eagerness", "low", "medium", "high", "auto")));
		}

	}

}
