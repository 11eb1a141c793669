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
 * The upload Part represents a chunk of bytes we can add to an Upload object.
 *
 * @param id The upload Part unique identifier, which can be referenced in API endpoints.
 * @param createdAt The Unix timestamp (in seconds) for when the Part was created.
 * @param uploadId The ID of the Upload object that this Part was added to.
 * @param object The object type, which is always {@code upload.part}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UploadPart.Reader.class)
public record UploadPart(@JsonProperty("id") String id, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("upload_id") String uploadId, @JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UploadPart}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param id The upload Part unique identifier, which can be referenced in API
	 * endpoints.
	 * @param createdAt The Unix timestamp (in seconds) for when the Part was created.
	 * @param uploadId The ID of the Upload object that this Part was added to.
	 * @param object The object type, which is always {@code upload.part}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UploadPart {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UploadPart}.
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
	 * Builds a {@link UploadPart}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable Long createdAt;

		private @Nullable String uploadId;

		private @Nullable String object;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "upload.part";
		}

		private Builder(UploadPart source) {
			this.id = source.id();
			this.createdAt = source.createdAt();
			this.uploadId = source.uploadId();
			this.object = source.object();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The upload Part unique identifier, which can be referenced in API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the Part was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The ID of the Upload object that this Part was added to.
		 * @param uploadId the value (required)
		 * @return this builder
		 */
		public Builder uploadId(@Nullable String uploadId) {
			this.uploadId = uploadId;
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
		public UploadPart build() {
			return new UploadPart(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.uploadId, "'uploadId' is required"), this.object,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UploadPart} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UploadPart> {

		Reader() {
			super(UploadPart.class, "id", "created_at", "upload_id", "object");
		}

		@Override
		protected UploadPart create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new UploadPart((String) values[0], (Long) values[1], (String) values[2], (String) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link UploadPart} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UploadPart> {

		Writer() {
			super(UploadPart.class, "id", "created_at", "upload_id", "object");
		}

		@Override
		protected @Nullable Object value(UploadPart record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.createdAt();
				case 2 -> record.uploadId();
				case 3 -> record.object();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UploadPart record) {
			return record.additionalProperties();
		}

	}
}
