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
 * Token counts
 *
 * @param object Always {@code response.input_tokens}.
 * @param inputTokens An integer (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TokenCountsResource.Reader.class)
public record TokenCountsResource(@JsonProperty("object") String object, @JsonProperty("input_tokens") Long inputTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link TokenCountsResource}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object Always {@code response.input_tokens}.
	 * @param inputTokens An integer (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TokenCountsResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TokenCountsResource}.
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
	 * Builds a {@link TokenCountsResource}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Long inputTokens;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "response.input_tokens";
		}

		private Builder(TokenCountsResource source) {
			this.object = source.object();
			this.inputTokens = source.inputTokens();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * An integer (the API description says no more).
		 * @param inputTokens the value (required)
		 * @return this builder
		 */
		public Builder inputTokens(@Nullable Long inputTokens) {
			this.inputTokens = inputTokens;
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
		public TokenCountsResource build() {
			return new TokenCountsResource(this.object,
					Objects.requireNonNull(this.inputTokens, "'inputTokens' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TokenCountsResource} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TokenCountsResource> {

		Reader() {
			super(TokenCountsResource.class, "object", "input_tokens");
		}

		@Override
		protected TokenCountsResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new TokenCountsResource((String) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link TokenCountsResource} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TokenCountsResource> {

		Writer() {
			super(TokenCountsResource.class, "object", "input_tokens");
		}

		@Override
		protected @Nullable Object value(TokenCountsResource record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.inputTokens();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TokenCountsResource record) {
			return record.additionalProperties();
		}

	}
}
