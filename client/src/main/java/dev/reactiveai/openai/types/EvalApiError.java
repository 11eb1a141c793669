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
 * An object representing an error response from the Eval API.
 *
 * @param code The error code.
 * @param message The error message.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalApiError.Reader.class)
public record EvalApiError(@JsonProperty("code") String code, @JsonProperty("message") String message,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link EvalApiError}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param code The error code.
	 * @param message The error message.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalApiError {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalApiError}.
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
	 * Builds a {@link EvalApiError}.
	 */
	public static final class Builder {

		private @Nullable String code;

		private @Nullable String message;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(EvalApiError source) {
			this.code = source.code();
			this.message = source.message();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The error code.
		 * @param code the value (required)
		 * @return this builder
		 */
		public Builder code(@Nullable String code) {
			this.code = code;
			return this;
		}

		/**
		 * The error message.
		 * @param message the value (required)
		 * @return this builder
		 */
		public Builder message(@Nullable String message) {
			this.message = message;
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
		public EvalApiError build() {
			return new EvalApiError(Objects.requireNonNull(this.code, "'code' is required"),
					Objects.requireNonNull(this.message, "'message' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalApiError} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalApiError> {

		Reader() {
			super(EvalApiError.class, "code", "message");
		}

		@Override
		protected EvalApiError create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new EvalApiError((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalApiError} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalApiError> {

		Writer() {
			super(EvalApiError.class, "code", "message");
		}

		@Override
		protected @Nullable Object value(EvalApiError record, int index) {
			return switch (index) {
				case 0 -> record.code();
				case 1 -> record.message();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalApiError record) {
			return record.additionalProperties();
		}

	}
}
