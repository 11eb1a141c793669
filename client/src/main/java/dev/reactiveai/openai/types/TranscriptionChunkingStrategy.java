// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Controls how the audio is cut into chunks. When set to {@code "auto"}, the server first
 * normalizes loudness and then uses voice activity detection (VAD) to choose boundaries.
 * {@code server_vad} object can be provided to tweak VAD detection parameters manually.
 * If unset, the audio is transcribed as a single block.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = TranscriptionChunkingStrategy.Deserializer.class)
public sealed interface TranscriptionChunkingStrategy
		permits TranscriptionChunkingStrategy.AutoValue, VadConfig, TranscriptionChunkingStrategy.Unknown {

	/**
	 * Automatically set chunking parameters based on the audio. Must be set to
	 * {@code "auto"}.
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
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
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
	 * A {@link TranscriptionChunkingStrategy} that is a {@code Auto}.
	 *
	 * @param value the value
	 */
	record AutoValue(@JsonValue Auto value) implements TranscriptionChunkingStrategy {
		/**
		 * Creates a {@link AutoValue}, rejecting a null value.
		 * @param value the value
		 */
		public AutoValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link TranscriptionChunkingStrategy} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements TranscriptionChunkingStrategy, UnknownVariant {
	}

	/**
	 * Reads a {@link TranscriptionChunkingStrategy} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<TranscriptionChunkingStrategy> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<TranscriptionChunkingStrategy>variants(Unknown::new)
				.object(VadConfig.class,
						VariantShape.declaring("type", "prefix_padding_ms", "silence_duration_ms", "threshold")
							.requiring("type"))
				.string(Auto.class, AutoValue::new));
		}

	}

}
