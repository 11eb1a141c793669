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
 * The request body of {@code POST /uploads/{upload_id}/parts}: Adds a
 * <a href="https://platform.openai.com/docs/api-reference/uploads/part-object">Part</a>
 * to an
 * <a href="https://platform.openai.com/docs/api-reference/uploads/object">Upload</a>
 * object.
 *
 * @param data The chunk of bytes for this Part.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AddUploadPartRequest.Reader.class)
public record AddUploadPartRequest(@JsonProperty("data") UploadFile data,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link AddUploadPartRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param data The chunk of bytes for this Part.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AddUploadPartRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AddUploadPartRequest}.
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
	 * Builds a {@link AddUploadPartRequest}.
	 */
	public static final class Builder {

		private @Nullable UploadFile data;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AddUploadPartRequest source) {
			this.data = source.data();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The chunk of bytes for this Part.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable UploadFile data) {
			this.data = data;
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
		public AddUploadPartRequest build() {
			return new AddUploadPartRequest(Objects.requireNonNull(this.data, "'data' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AddUploadPartRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AddUploadPartRequest> {

		Reader() {
			super(AddUploadPartRequest.class, "data");
		}

		@Override
		protected AddUploadPartRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AddUploadPartRequest((UploadFile) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AddUploadPartRequest} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AddUploadPartRequest> {

		Writer() {
			super(AddUploadPartRequest.class, "data");
		}

		@Override
		protected @Nullable Object value(AddUploadPartRequest record, int index) {
			return switch (index) {
				case 0 -> record.data();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AddUploadPartRequest record) {
			return record.additionalProperties();
		}

	}
}
