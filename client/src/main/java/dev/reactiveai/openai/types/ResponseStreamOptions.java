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
 * Options for streaming responses. Only set this when you set {@code stream: true}.
 *
 * @param includeObfuscation When true, stream obfuscation will be enabled. Stream
 * obfuscation adds random characters to an {@code obfuscation} field on streaming delta
 * events to normalize payload sizes as a mitigation to certain side-channel attacks.
 * These obfuscation fields are included by default, but add a small amount of overhead to
 * the data stream. You can set {@code include_obfuscation} to false to optimize for
 * bandwidth if you trust the network links between your application and the OpenAI API.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseStreamOptions.Reader.class)
public record ResponseStreamOptions(@JsonProperty("include_obfuscation") @Nullable Boolean includeObfuscation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponseStreamOptions}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param includeObfuscation When true, stream obfuscation will be enabled.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseStreamOptions {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseStreamOptions}.
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
	 * Builds a {@link ResponseStreamOptions}.
	 */
	public static final class Builder {

		private @Nullable Boolean includeObfuscation;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ResponseStreamOptions source) {
			this.includeObfuscation = source.includeObfuscation();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * When true, stream obfuscation will be enabled.
		 * @param includeObfuscation the value
		 * @return this builder
		 */
		public Builder includeObfuscation(@Nullable Boolean includeObfuscation) {
			this.includeObfuscation = includeObfuscation;
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
		public ResponseStreamOptions build() {
			return new ResponseStreamOptions(this.includeObfuscation, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseStreamOptions} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseStreamOptions> {

		Reader() {
			super(ResponseStreamOptions.class, "include_obfuscation");
		}

		@Override
		protected ResponseStreamOptions create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseStreamOptions((Boolean) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseStreamOptions} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseStreamOptions> {

		Writer() {
			super(ResponseStreamOptions.class, "include_obfuscation");
		}

		@Override
		protected @Nullable Object value(ResponseStreamOptions record, int index) {
			return switch (index) {
				case 0 -> record.includeObfuscation();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseStreamOptions record) {
			return record.additionalProperties();
		}

	}
}
