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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /containers/{container_id}/files}: Create a Container
 * File.
 *
 * @param fileId Name of the file to create.
 * @param file The File object (not file name) to be uploaded.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateContainerFileBody.Reader.class)
public record CreateContainerFileBody(@JsonProperty("file_id") @Nullable String fileId,
		@JsonProperty("file") @Nullable UploadFile file,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateContainerFileBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param fileId Name of the file to create.
	 * @param file The File object (not file name) to be uploaded.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateContainerFileBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateContainerFileBody}.
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
	 * Builds a {@link CreateContainerFileBody}.
	 */
	public static final class Builder {

		private @Nullable String fileId;

		private @Nullable UploadFile file;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateContainerFileBody source) {
			this.fileId = source.fileId();
			this.file = source.file();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Name of the file to create.
		 * @param fileId the value
		 * @return this builder
		 */
		public Builder fileId(@Nullable String fileId) {
			this.fileId = fileId;
			return this;
		}

		/**
		 * The File object (not file name) to be uploaded.
		 * @param file the value
		 * @return this builder
		 */
		public Builder file(@Nullable UploadFile file) {
			this.file = file;
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
		public CreateContainerFileBody build() {
			return new CreateContainerFileBody(this.fileId, this.file, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateContainerFileBody} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateContainerFileBody> {

		Reader() {
			super(CreateContainerFileBody.class, "file_id", "file");
		}

		@Override
		protected CreateContainerFileBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateContainerFileBody((String) values[0], (UploadFile) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateContainerFileBody} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateContainerFileBody> {

		Writer() {
			super(CreateContainerFileBody.class, "file_id", "file");
		}

		@Override
		protected @Nullable Object value(CreateContainerFileBody record, int index) {
			return switch (index) {
				case 0 -> record.fileId();
				case 1 -> record.file();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateContainerFileBody record) {
			return record.additionalProperties();
		}

	}
}
