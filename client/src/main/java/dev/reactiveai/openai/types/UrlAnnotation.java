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
 * Annotation that references a URL.
 *
 * @param type Type discriminator that is always {@code url} for this annotation.
 * @param source URL referenced by the annotation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UrlAnnotation.Reader.class)
public record UrlAnnotation(@JsonProperty("type") String type, @JsonProperty("source") UrlAnnotationSource source,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ResponseOutputText.Annotation {

	/**
	 * Creates a {@link UrlAnnotation}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type Type discriminator that is always {@code url} for this annotation.
	 * @param source URL referenced by the annotation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UrlAnnotation {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UrlAnnotation}.
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
	 * Builds a {@link UrlAnnotation}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable UrlAnnotationSource source;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "url";
		}

		private Builder(UrlAnnotation source) {
			this.type = source.type();
			this.source = source.source();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * URL referenced by the annotation.
		 * @param source the value (required)
		 * @return this builder
		 */
		public Builder source(@Nullable UrlAnnotationSource source) {
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
		public UrlAnnotation build() {
			return new UrlAnnotation(this.type, Objects.requireNonNull(this.source, "'source' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UrlAnnotation} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UrlAnnotation> {

		Reader() {
			super(UrlAnnotation.class, "type", "source");
		}

		@Override
		protected UrlAnnotation create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new UrlAnnotation((String) values[0], (UrlAnnotationSource) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UrlAnnotation} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UrlAnnotation> {

		Writer() {
			super(UrlAnnotation.class, "type", "source");
		}

		@Override
		protected @Nullable Object value(UrlAnnotation record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.source();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UrlAnnotation record) {
			return record.additionalProperties();
		}

	}
}
