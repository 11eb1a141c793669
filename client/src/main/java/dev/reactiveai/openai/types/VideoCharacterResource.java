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
 * The response of {@code POST /videos/characters} and {@code GET
 * /videos/characters/{character_id}}.
 *
 * @param id Identifier for the character creation cameo.
 * @param name Display name for the character.
 * @param createdAt Unix timestamp (in seconds) when the character was created.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VideoCharacterResource.Reader.class)
public record VideoCharacterResource(@JsonProperty("id") @Nullable String id,
		@JsonProperty("name") @Nullable String name, @JsonProperty("created_at") Long createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VideoCharacterResource}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id Identifier for the character creation cameo.
	 * @param name Display name for the character.
	 * @param createdAt Unix timestamp (in seconds) when the character was created.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VideoCharacterResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VideoCharacterResource}.
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
	 * Builds a {@link VideoCharacterResource}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable Long createdAt;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(VideoCharacterResource source) {
			this.id = source.id();
			this.name = source.name();
			this.createdAt = source.createdAt();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier for the character creation cameo.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Display name for the character.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) when the character was created.
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
		public VideoCharacterResource build() {
			return new VideoCharacterResource(this.id, this.name,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VideoCharacterResource} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VideoCharacterResource> {

		Reader() {
			super(VideoCharacterResource.class, "id", "name", "created_at");
		}

		@Override
		protected VideoCharacterResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VideoCharacterResource((String) values[0], (String) values[1], (Long) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link VideoCharacterResource} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VideoCharacterResource> {

		Writer() {
			super(VideoCharacterResource.class, "id", "name", "created_at");
		}

		@Override
		protected @Nullable Object value(VideoCharacterResource record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.name();
				case 2 -> record.createdAt();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VideoCharacterResource record) {
			return record.additionalProperties();
		}

	}
}
