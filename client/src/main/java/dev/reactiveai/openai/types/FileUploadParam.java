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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Controls whether users can upload files.
 *
 * @param enabled Enable uploads for this session. Defaults to false.
 * @param maxFileSize Maximum size in megabytes for each uploaded file. Defaults to 512
 * MB, which is the maximum allowable size.
 * @param maxFiles Maximum number of files that can be uploaded to the session. Defaults
 * to 10.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FileUploadParam.Reader.class)
public record FileUploadParam(@JsonProperty("enabled") @Nullable Boolean enabled,
		@JsonProperty("max_file_size") @Nullable Long maxFileSize, @JsonProperty("max_files") @Nullable Long maxFiles,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FileUploadParam}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param enabled Enable uploads for this session.
	 * @param maxFileSize Maximum size in megabytes for each uploaded file.
	 * @param maxFiles Maximum number of files that can be uploaded to the session.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FileUploadParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FileUploadParam}.
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
	 * Builds a {@link FileUploadParam}.
	 */
	public static final class Builder {

		private @Nullable Boolean enabled;

		private @Nullable Long maxFileSize;

		private @Nullable Long maxFiles;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FileUploadParam source) {
			this.enabled = source.enabled();
			this.maxFileSize = source.maxFileSize();
			this.maxFiles = source.maxFiles();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Enable uploads for this session.
		 * @param enabled the value
		 * @return this builder
		 */
		public Builder enabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		/**
		 * Maximum size in megabytes for each uploaded file.
		 * @param maxFileSize the value
		 * @return this builder
		 */
		public Builder maxFileSize(@Nullable Long maxFileSize) {
			this.maxFileSize = maxFileSize;
			return this;
		}

		/**
		 * Maximum number of files that can be uploaded to the session.
		 * @param maxFiles the value
		 * @return this builder
		 */
		public Builder maxFiles(@Nullable Long maxFiles) {
			this.maxFiles = maxFiles;
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
		public FileUploadParam build() {
			return new FileUploadParam(this.enabled, this.maxFileSize, this.maxFiles, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FileUploadParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FileUploadParam> {

		Reader() {
			super(FileUploadParam.class, "enabled", "max_file_size", "max_files");
		}

		@Override
		protected FileUploadParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FileUploadParam((Boolean) values[0], (Long) values[1], (Long) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FileUploadParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FileUploadParam> {

		Writer() {
			super(FileUploadParam.class, "enabled", "max_file_size", "max_files");
		}

		@Override
		protected @Nullable Object value(FileUploadParam record, int index) {
			return switch (index) {
				case 0 -> record.enabled();
				case 1 -> record.maxFileSize();
				case 2 -> record.maxFiles();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FileUploadParam record) {
			return record.additionalProperties();
		}

	}
}
