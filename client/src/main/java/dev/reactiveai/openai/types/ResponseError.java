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
 * An error object returned when the model fails to generate a Response.
 *
 * @param code The error code for the response.
 * @param message A human-readable description of the error.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseError.Reader.class)
public record ResponseError(@JsonProperty("code") ResponseErrorCode code, @JsonProperty("message") String message,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponseError}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param code The error code for the response.
	 * @param message A human-readable description of the error.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseError {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseError}.
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
	 * Builds a {@link ResponseError}.
	 */
	public static final class Builder {

		private @Nullable ResponseErrorCode code;

		private @Nullable String message;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ResponseError source) {
			this.code = source.code();
			this.message = source.message();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The error code for the response.
		 * @param code the value (required)
		 * @return this builder
		 */
		public Builder code(@Nullable ResponseErrorCode code) {
			this.code = code;
			return this;
		}

		/**
		 * The error code for the response.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder code(String value) {
			return code(ResponseErrorCode.of(value));
		}

		/**
		 * A human-readable description of the error.
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
		public ResponseError build() {
			return new ResponseError(Objects.requireNonNull(this.code, "'code' is required"),
					Objects.requireNonNull(this.message, "'message' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseError} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseError> {

		Reader() {
			super(ResponseError.class, "code", "message");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> ResponseErrorCode.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ResponseError create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ResponseError((ResponseErrorCode) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseError} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseError> {

		Writer() {
			super(ResponseError.class, "code", "message");
		}

		@Override
		protected @Nullable Object value(ResponseError record, int index) {
			return switch (index) {
				case 0 -> record.code();
				case 1 -> record.message();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseError record) {
			return record.additionalProperties();
		}

	}
}
