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
 * The response of {@code DELETE /audio/voice_consents/{consent_id}}: Deletes a voice
 * consent recording.
 *
 * @param id The consent recording identifier.
 * @param object The type of the deleted object.
 * @param deleted Whether the object was deleted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VoiceConsentDeletedResource.Reader.class)
public record VoiceConsentDeletedResource(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("deleted") Boolean deleted,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VoiceConsentDeletedResource}, filling in {@code object} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The consent recording identifier.
	 * @param object The type of the deleted object.
	 * @param deleted Whether the object was deleted.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VoiceConsentDeletedResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VoiceConsentDeletedResource}.
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
	 * Builds a {@link VoiceConsentDeletedResource}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Boolean deleted;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "audio.voice_consent";
		}

		private Builder(VoiceConsentDeletedResource source) {
			this.id = source.id();
			this.object = source.object();
			this.deleted = source.deleted();
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
		 * Whether the object was deleted.
		 * @param deleted the value (required)
		 * @return this builder
		 */
		public Builder deleted(@Nullable Boolean deleted) {
			this.deleted = deleted;
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
		public VoiceConsentDeletedResource build() {
			return new VoiceConsentDeletedResource(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.deleted, "'deleted' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VoiceConsentDeletedResource} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VoiceConsentDeletedResource> {

		Reader() {
			super(VoiceConsentDeletedResource.class, "id", "object", "deleted");
		}

		@Override
		protected VoiceConsentDeletedResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VoiceConsentDeletedResource((String) values[0], (String) values[1], (Boolean) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link VoiceConsentDeletedResource} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VoiceConsentDeletedResource> {

		Writer() {
			super(VoiceConsentDeletedResource.class, "id", "object", "deleted");
		}

		@Override
		protected @Nullable Object value(VoiceConsentDeletedResource record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.deleted();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VoiceConsentDeletedResource record) {
			return record.additionalProperties();
		}

	}
}
