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
 * Upload permissions and limits applied to the session.
 *
 * @param enabled Indicates if uploads are enabled for the session.
 * @param maxFileSize Maximum upload size in megabytes.
 * @param maxFiles Maximum number of uploads allowed during the session.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatSessionFileUpload.Reader.class)
public record ChatSessionFileUpload(@JsonProperty("enabled") Boolean enabled,
		@JsonProperty("max_file_size") @Nullable Long maxFileSize, @JsonProperty("max_files") @Nullable Long maxFiles,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatSessionFileUpload}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param enabled Indicates if uploads are enabled for the session.
	 * @param maxFileSize Maximum upload size in megabytes.
	 * @param maxFiles Maximum number of uploads allowed during the session.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatSessionFileUpload {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatSessionFileUpload}.
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
	 * Builds a {@link ChatSessionFileUpload}.
	 */
	public static final class Builder {

		private @Nullable Boolean enabled;

		private @Nullable Long maxFileSize;

		private @Nullable Long maxFiles;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatSessionFileUpload source) {
			this.enabled = source.enabled();
			this.maxFileSize = source.maxFileSize();
			this.maxFiles = source.maxFiles();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Indicates if uploads are enabled for the session.
		 * @param enabled the value (required)
		 * @return this builder
		 */
		public Builder enabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		/**
		 * Maximum upload size in megabytes.
		 * @param maxFileSize the value
		 * @return this builder
		 */
		public Builder maxFileSize(@Nullable Long maxFileSize) {
			this.maxFileSize = maxFileSize;
			return this;
		}

		/**
		 * Maximum number of uploads allowed during the session.
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
		public ChatSessionFileUpload build() {
			return new ChatSessionFileUpload(Objects.requireNonNull(this.enabled, "'enabled' is required"),
					this.maxFileSize, this.maxFiles, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatSessionFileUpload} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatSessionFileUpload> {

		Reader() {
			super(ChatSessionFileUpload.class, "enabled", "max_file_size", "max_files");
		}

		@Override
		protected ChatSessionFileUpload create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatSessionFileUpload((Boolean) values[0], (Long) values[1], (Long) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatSessionFileUpload} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatSessionFileUpload> {

		Writer() {
			super(ChatSessionFileUpload.class, "enabled", "max_file_size", "max_files");
		}

		@Override
		protected @Nullable Object value(ChatSessionFileUpload record, int index) {
			return switch (index) {
				case 0 -> record.enabled();
				case 1 -> record.maxFileSize();
				case 2 -> record.maxFiles();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatSessionFileUpload record) {
			return record.additionalProperties();
		}

	}
}
