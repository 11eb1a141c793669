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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object with {@code type}, {@code prefix_padding_ms}, {@code silence_duration_ms} and
 * {@code threshold}.
 *
 * @param type Must be set to {@code server_vad} to enable manual chunking using server
 * side VAD.
 * @param prefixPaddingMs Amount of audio to include before the VAD detected speech (in
 * milliseconds).
 * @param silenceDurationMs Duration of silence to detect speech stop (in milliseconds).
 * With shorter values the model will respond more quickly, but may jump in on short
 * pauses from the user.
 * @param threshold Sensitivity threshold (0.0 to 1.0) for voice activity detection. A
 * higher threshold will require louder audio to activate the model, and thus might
 * perform better in noisy environments.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VadConfig.Reader.class)
public record VadConfig(@JsonProperty("type") String type,
		@JsonProperty("prefix_padding_ms") @Nullable Long prefixPaddingMs,
		@JsonProperty("silence_duration_ms") @Nullable Long silenceDurationMs,
		@JsonProperty("threshold") @Nullable Double threshold,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateTranscriptionRequest.ChunkingStrategy,
			TranscriptionChunkingStrategy {

	/**
	 * Creates a {@link VadConfig}, filling in {@code type} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param type Must be set to {@code server_vad} to enable manual chunking using
	 * server side VAD.
	 * @param prefixPaddingMs Amount of audio to include before the VAD detected speech
	 * (in milliseconds).
	 * @param silenceDurationMs Duration of silence to detect speech stop (in
	 * milliseconds).
	 * @param threshold Sensitivity threshold (0.0 to 1.0) for voice activity detection.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VadConfig {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VadConfig}.
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
	 * Builds a {@link VadConfig}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long prefixPaddingMs;

		private @Nullable Long silenceDurationMs;

		private @Nullable Double threshold;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "server_vad";
		}

		private Builder(VadConfig source) {
			this.type = source.type();
			this.prefixPaddingMs = source.prefixPaddingMs();
			this.silenceDurationMs = source.silenceDurationMs();
			this.threshold = source.threshold();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Amount of audio to include before the VAD detected speech (in milliseconds).
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
		 * Sensitivity threshold (0.0 to 1.0) for voice activity detection.
		 * @param threshold the value
		 * @return this builder
		 */
		public Builder threshold(@Nullable Double threshold) {
			this.threshold = threshold;
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
		public VadConfig build() {
			return new VadConfig(this.type, this.prefixPaddingMs, this.silenceDurationMs, this.threshold,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VadConfig} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VadConfig> {

		Reader() {
			super(VadConfig.class, "type", "prefix_padding_ms", "silence_duration_ms", "threshold");
		}

		@Override
		protected VadConfig create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new VadConfig((String) values[0], (Long) values[1], (Long) values[2], (Double) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link VadConfig} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VadConfig> {

		Writer() {
			super(VadConfig.class, "type", "prefix_padding_ms", "silence_duration_ms", "threshold");
		}

		@Override
		protected @Nullable Object value(VadConfig record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.prefixPaddingMs();
				case 2 -> record.silenceDurationMs();
				case 3 -> record.threshold();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VadConfig record) {
			return record.additionalProperties();
		}

	}
}
