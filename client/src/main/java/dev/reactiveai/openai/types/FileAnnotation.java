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
 * Annotation that references an uploaded file.
 *
 * @param type Type discriminator that is always {@code file} for this annotation.
 * @param source File attachment referenced by the annotation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FileAnnotation.Reader.class)
public record FileAnnotation(@JsonProperty("type") String type, @JsonProperty("source") FileAnnotationSource source,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ResponseOutputText.Annotation {

	/**
	 * Creates a {@link FileAnnotation}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type Type discriminator that is always {@code file} for this annotation.
	 * @param source File attachment referenced by the annotation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FileAnnotation {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FileAnnotation}.
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
	 * Builds a {@link FileAnnotation}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable FileAnnotationSource source;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file";
		}

		private Builder(FileAnnotation source) {
			this.type = source.type();
			this.source = source.source();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * File attachment referenced by the annotation.
		 * @param source the value (required)
		 * @return this builder
		 */
		public Builder source(@Nullable FileAnnotationSource source) {
			this.source = source;
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
		public FileAnnotation build() {
			return new FileAnnotation(this.type, Objects.requireNonNull(this.source, "'source' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FileAnnotation} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FileAnnotation> {

		Reader() {
			super(FileAnnotation.class, "type", "source");
		}

		@Override
		protected FileAnnotation create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new FileAnnotation((String) values[0], (FileAnnotationSource) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FileAnnotation} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FileAnnotation> {

		Writer() {
			super(FileAnnotation.class, "type", "source");
		}

		@Override
		protected @Nullable Object value(FileAnnotation record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.source();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FileAnnotation record) {
			return record.additionalProperties();
		}

	}
}
