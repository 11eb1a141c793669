// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@code object}, {@code object} or {@code object}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = RealtimeAudioFormats.Deserializer.class)
public sealed interface RealtimeAudioFormats permits RealtimeAudioFormats.PCMAudioFormat,
		RealtimeAudioFormats.PCMUAudioFormat, RealtimeAudioFormats.PCMAAudioFormat, RealtimeAudioFormats.Unknown {

	/**
	 * The PCM audio format. Only a 24kHz sample rate is supported.
	 *
	 * @param type The audio format. Always {@code audio/pcm}.
	 * @param rate The sample rate of the audio. Always {@code 24000}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = PCMAudioFormat.Reader.class)
	record PCMAudioFormat(@JsonProperty("type") @Nullable String type, @JsonProperty("rate") @Nullable Long rate,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeAudioFormats {

		/**
		 * Creates a {@link PCMAudioFormat}, filling in {@code type} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param type The audio format.
		 * @param rate The sample rate of the audio.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public PCMAudioFormat {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link PCMAudioFormat}.
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
		 * Builds a {@link PCMAudioFormat}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable Long rate;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "audio/pcm";
			}

			private Builder(PCMAudioFormat source) {
				this.type = source.type();
				this.rate = source.rate();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The sample rate of the audio.
			 * @param rate the value
			 * @return this builder
			 */
			public Builder rate(@Nullable Long rate) {
				this.rate = rate;
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
			public PCMAudioFormat build() {
				return new PCMAudioFormat(this.type, this.rate, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link PCMAudioFormat} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<PCMAudioFormat> {

			Reader() {
				super(PCMAudioFormat.class, "type", "rate");
			}

			@Override
			protected PCMAudioFormat create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new PCMAudioFormat((String) values[0], (Long) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link PCMAudioFormat} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<PCMAudioFormat> {

			Writer() {
				super(PCMAudioFormat.class, "type", "rate");
			}

			@Override
			protected @Nullable Object value(PCMAudioFormat record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.rate();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(PCMAudioFormat record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The G.711 μ-law format.
	 *
	 * @param type The audio format. Always {@code audio/pcmu}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = PCMUAudioFormat.Reader.class)
	record PCMUAudioFormat(@JsonProperty("type") @Nullable String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeAudioFormats {

		/**
		 * Creates a {@link PCMUAudioFormat}, filling in {@code type} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param type The audio format.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public PCMUAudioFormat {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link PCMUAudioFormat}.
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
		 * Builds a {@link PCMUAudioFormat}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "audio/pcmu";
			}

			private Builder(PCMUAudioFormat source) {
				this.type = source.type();
				this.additionalProperties.putAll(source.additionalProperties());
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
			public PCMUAudioFormat build() {
				return new PCMUAudioFormat(this.type, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link PCMUAudioFormat} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<PCMUAudioFormat> {

			Reader() {
				super(PCMUAudioFormat.class, "type");
			}

			@Override
			protected PCMUAudioFormat create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new PCMUAudioFormat((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link PCMUAudioFormat} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<PCMUAudioFormat> {

			Writer() {
				super(PCMUAudioFormat.class, "type");
			}

			@Override
			protected @Nullable Object value(PCMUAudioFormat record, int index) {
				return switch (index) {
					case 0 -> record.type();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(PCMUAudioFormat record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The G.711 A-law format.
	 *
	 * @param type The audio format. Always {@code audio/pcma}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = PCMAAudioFormat.Reader.class)
	record PCMAAudioFormat(@JsonProperty("type") @Nullable String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeAudioFormats {

		/**
		 * Creates a {@link PCMAAudioFormat}, filling in {@code type} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param type The audio format.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public PCMAAudioFormat {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link PCMAAudioFormat}.
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
		 * Builds a {@link PCMAAudioFormat}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "audio/pcma";
			}

			private Builder(PCMAAudioFormat source) {
				this.type = source.type();
				this.additionalProperties.putAll(source.additionalProperties());
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
			public PCMAAudioFormat build() {
				return new PCMAAudioFormat(this.type, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link PCMAAudioFormat} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<PCMAAudioFormat> {

			Reader() {
				super(PCMAAudioFormat.class, "type");
			}

			@Override
			protected PCMAAudioFormat create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new PCMAAudioFormat((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link PCMAAudioFormat} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<PCMAAudioFormat> {

			Writer() {
				super(PCMAAudioFormat.class, "type");
			}

			@Override
			protected @Nullable Object value(PCMAAudioFormat record, int index) {
				return switch (index) {
					case 0 -> record.type();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(PCMAAudioFormat record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * A {@link RealtimeAudioFormats} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements RealtimeAudioFormats, UnknownVariant {
	}

	/**
	 * Reads a {@link RealtimeAudioFormats} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<RealtimeAudioFormats> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<RealtimeAudioFormats>variants(Unknown::new)
				.discriminator("type")
				.object(PCMAudioFormat.class, VariantShape.declaring("type", "rate").values("type", "audio/pcm"))
				.object(PCMUAudioFormat.class, VariantShape.declaring("type").values("type", "audio/pcmu"))
				.object(PCMAAudioFormat.class, VariantShape.declaring("type").values("type", "audio/pcma")));
		}

	}

}
