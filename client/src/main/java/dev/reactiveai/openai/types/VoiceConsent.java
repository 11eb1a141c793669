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
 * A consent recording used to authorize creation of a custom voice.
 *
 * @param object The object type, which is always {@code audio.voice_consent}.
 * @param id The consent recording identifier.
 * @param name The label provided when the consent recording was uploaded.
 * @param language The BCP 47 language tag for the consent phrase (for example,
 * {@code en-US}).
 * @param createdAt The Unix timestamp (in seconds) for when the consent recording was
 * created.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VoiceConsent.Reader.class)
public record VoiceConsent(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("name") String name, @JsonProperty("language") String language,
		@JsonProperty("created_at") Long createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VoiceConsent}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param object The object type, which is always {@code audio.voice_consent}.
	 * @param id The consent recording identifier.
	 * @param name The label provided when the consent recording was uploaded.
	 * @param language The BCP 47 language tag for the consent phrase (for example,
	 * {@code en-US}).
	 * @param createdAt The Unix timestamp (in seconds) for when the consent recording was
	 * created.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VoiceConsent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VoiceConsent}.
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
	 * Builds a {@link VoiceConsent}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable String language;

		private @Nullable Long createdAt;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "audio.voice_consent";
		}

		private Builder(VoiceConsent source) {
			this.object = source.object();
			this.id = source.id();
			this.name = source.name();
			this.language = source.language();
			this.createdAt = source.createdAt();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The consent recording identifier.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The label provided when the consent recording was uploaded.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The BCP 47 language tag for the consent phrase (for example, {@code en-US}).
		 * @param language the value (required)
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the consent recording was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
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
		public VoiceConsent build() {
			return new VoiceConsent(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.language, "'language' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VoiceConsent} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VoiceConsent> {

		Reader() {
			super(VoiceConsent.class, "object", "id", "name", "language", "created_at");
		}

		@Override
		protected VoiceConsent create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new VoiceConsent((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(Long) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VoiceConsent} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VoiceConsent> {

		Writer() {
			super(VoiceConsent.class, "object", "id", "name", "language", "created_at");
		}

		@Override
		protected @Nullable Object value(VoiceConsent record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.name();
				case 3 -> record.language();
				case 4 -> record.createdAt();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VoiceConsent record) {
			return record.additionalProperties();
		}

	}
}
