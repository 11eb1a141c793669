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
 * URL backing an annotation entry.
 *
 * @param type Type discriminator that is always {@code url}.
 * @param url URL referenced by the annotation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UrlAnnotationSource.Reader.class)
public record UrlAnnotationSource(@JsonProperty("type") String type, @JsonProperty("url") String url,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UrlAnnotationSource}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Type discriminator that is always {@code url}.
	 * @param url URL referenced by the annotation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UrlAnnotationSource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UrlAnnotationSource}.
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
	 * Builds a {@link UrlAnnotationSource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String url;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "url";
		}

		private Builder(UrlAnnotationSource source) {
			this.type = source.type();
			this.url = source.url();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * URL referenced by the annotation.
		 * @param url the value (required)
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			this.url = url;
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
		public UrlAnnotationSource build() {
			return new UrlAnnotationSource(this.type, Objects.requireNonNull(this.url, "'url' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UrlAnnotationSource} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UrlAnnotationSource> {

		Reader() {
			super(UrlAnnotationSource.class, "type", "url");
		}

		@Override
		protected UrlAnnotationSource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UrlAnnotationSource((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UrlAnnotationSource} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UrlAnnotationSource> {

		Writer() {
			super(UrlAnnotationSource.class, "type", "url");
		}

		@Override
		protected @Nullable Object value(UrlAnnotationSource record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.url();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UrlAnnotationSource record) {
			return record.additionalProperties();
		}

	}
}
