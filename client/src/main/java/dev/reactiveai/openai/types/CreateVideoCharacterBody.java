// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Parameters for creating a character from an uploaded video.
 *
 * @param video Video file used to create a character.
 * @param name Display name for this API character.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateVideoCharacterBody.Reader.class)
public record CreateVideoCharacterBody(@JsonProperty("video") UploadFile video, @JsonProperty("name") String name,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateVideoCharacterBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param video Video file used to create a character.
	 * @param name Display name for this API character.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateVideoCharacterBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateVideoCharacterBody}.
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
	 * Builds a {@link CreateVideoCharacterBody}.
	 */
	public static final class Builder {

		private @Nullable UploadFile video;

		private @Nullable String name;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateVideoCharacterBody source) {
			this.video = source.video();
			this.name = source.name();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Video file used to create a character.
		 * @param video the value (required)
		 * @return this builder
		 */
		public Builder video(@Nullable UploadFile video) {
			this.video = video;
			return this;
		}

		/**
		 * Display name for this API character.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
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
		public CreateVideoCharacterBody build() {
			return new CreateVideoCharacterBody(Objects.requireNonNull(this.video, "'video' is required"),
					Objects.requireNonNull(this.name, "'name' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateVideoCharacterBody} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateVideoCharacterBody> {

		Reader() {
			super(CreateVideoCharacterBody.class, "video", "name");
		}

		@Override
		protected CreateVideoCharacterBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateVideoCharacterBody((UploadFile) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateVideoCharacterBody} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateVideoCharacterBody> {

		Writer() {
			super(CreateVideoCharacterBody.class, "video", "name");
		}

		@Override
		protected @Nullable Object value(CreateVideoCharacterBody record, int index) {
			return switch (index) {
				case 0 -> record.video();
				case 1 -> record.name();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateVideoCharacterBody record) {
			return record.additionalProperties();
		}

	}
}
