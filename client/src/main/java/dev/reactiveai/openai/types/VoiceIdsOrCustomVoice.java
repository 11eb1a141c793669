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
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A built-in voice name or a custom voice reference.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = VoiceIdsOrCustomVoice.Deserializer.class)
public sealed interface VoiceIdsOrCustomVoice permits VoiceIdsOrCustomVoice.VoiceIdsSharedValue,
		VoiceIdsOrCustomVoice.CustomVoice, VoiceIdsOrCustomVoice.Unknown {

	/**
	 * A {@link VoiceIdsOrCustomVoice} that is a {@code VoiceIdsShared}.
	 *
	 * @param value the value
	 */
	record VoiceIdsSharedValue(@JsonValue VoiceIdsShared value) implements VoiceIdsOrCustomVoice {
		/**
		 * Creates a {@link VoiceIdsSharedValue}, rejecting a null value.
		 * @param value the value
		 */
		public VoiceIdsSharedValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * Custom voice reference.
	 *
	 * @param id The custom voice ID, e.g. {@code voice_1234}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = CustomVoice.Reader.class)
	record CustomVoice(@JsonProperty("id") String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements VoiceIdsOrCustomVoice {

		/**
		 * Creates a {@link CustomVoice}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The custom voice ID, e.g. {@code voice_1234}.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public CustomVoice {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link CustomVoice}.
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
		 * Builds a {@link CustomVoice}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(CustomVoice source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The custom voice ID, e.g. {@code voice_1234}.
			 * @param id the value (required)
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
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
			public CustomVoice build() {
				return new CustomVoice(Objects.requireNonNull(this.id, "'id' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link CustomVoice} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<CustomVoice> {

			Reader() {
				super(CustomVoice.class, "id");
			}

			@Override
			protected CustomVoice create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new CustomVoice((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link CustomVoice} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<CustomVoice> {

			Writer() {
				super(CustomVoice.class, "id");
			}

			@Override
			protected @Nullable Object value(CustomVoice record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(CustomVoice record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * A {@link VoiceIdsOrCustomVoice} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements VoiceIdsOrCustomVoice, UnknownVariant {
	}

	/**
	 * Reads a {@link VoiceIdsOrCustomVoice} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<VoiceIdsOrCustomVoice> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<VoiceIdsOrCustomVoice>variants(Unknown::new)
				.object(CustomVoice.class, VariantShape.declaring("id").requiring("id"))
				.string(VoiceIdsShared.class, VoiceIdsSharedValue::new));
		}

	}

}
