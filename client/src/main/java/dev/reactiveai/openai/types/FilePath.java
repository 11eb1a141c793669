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
 * A path to a file.
 *
 * @param type The type of the file path. Always {@code file_path}.
 * @param fileId The ID of the file.
 * @param index The index of the file in the list of files.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FilePath.Reader.class)
public record FilePath(@JsonProperty("type") String type, @JsonProperty("file_id") String fileId,
		@JsonProperty("index") Long index,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Annotation {

	/**
	 * Creates a {@link FilePath}, filling in {@code type} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param type The type of the file path.
	 * @param fileId The ID of the file.
	 * @param index The index of the file in the list of files.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FilePath {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FilePath}.
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
	 * Builds a {@link FilePath}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String fileId;

		private @Nullable Long index;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file_path";
		}

		private Builder(FilePath source) {
			this.type = source.type();
			this.fileId = source.fileId();
			this.index = source.index();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the file.
		 * @param fileId the value (required)
		 * @return this builder
		 */
		public Builder fileId(@Nullable String fileId) {
			this.fileId = fileId;
			return this;
		}

		/**
		 * The index of the file in the list of files.
		 * @param index the value (required)
		 * @return this builder
		 */
		public Builder index(@Nullable Long index) {
			this.index = index;
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
		public FilePath build() {
			return new FilePath(this.type, Objects.requireNonNull(this.fileId, "'fileId' is required"),
					Objects.requireNonNull(this.index, "'index' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FilePath} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FilePath> {

		Reader() {
			super(FilePath.class, "type", "file_id", "index");
		}

		@Override
		protected FilePath create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new FilePath((String) values[0], (String) values[1], (Long) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FilePath} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FilePath> {

		Writer() {
			super(FilePath.class, "type", "file_id", "index");
		}

		@Override
		protected @Nullable Object value(FilePath record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.fileId();
				case 2 -> record.index();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FilePath record) {
			return record.additionalProperties();
		}

	}
}
