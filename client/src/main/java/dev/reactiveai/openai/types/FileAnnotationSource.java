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
 * Attachment source referenced by an annotation.
 *
 * @param type Type discriminator that is always {@code file}.
 * @param filename Filename referenced by the annotation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FileAnnotationSource.Reader.class)
public record FileAnnotationSource(@JsonProperty("type") String type, @JsonProperty("filename") String filename,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FileAnnotationSource}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Type discriminator that is always {@code file}.
	 * @param filename Filename referenced by the annotation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FileAnnotationSource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FileAnnotationSource}.
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
	 * Builds a {@link FileAnnotationSource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String filename;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file";
		}

		private Builder(FileAnnotationSource source) {
			this.type = source.type();
			this.filename = source.filename();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Filename referenced by the annotation.
		 * @param filename the value (required)
		 * @return this builder
		 */
		public Builder filename(@Nullable String filename) {
			this.filename = filename;
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
		public FileAnnotationSource build() {
			return new FileAnnotationSource(this.type, Objects.requireNonNull(this.filename, "'filename' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FileAnnotationSource} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FileAnnotationSource> {

		Reader() {
			super(FileAnnotationSource.class, "type", "filename");
		}

		@Override
		protected FileAnnotationSource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FileAnnotationSource((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FileAnnotationSource} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FileAnnotationSource> {

		Writer() {
			super(FileAnnotationSource.class, "type", "filename");
		}

		@Override
		protected @Nullable Object value(FileAnnotationSource record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.filename();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FileAnnotationSource record) {
			return record.additionalProperties();
		}

	}
}
