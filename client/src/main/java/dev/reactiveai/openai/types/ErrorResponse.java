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
 * An object with {@code error}.
 *
 * @param error A {@link dev.reactiveai.openai.types.Error} (the API description says no
 * more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ErrorResponse.Reader.class)
public record ErrorResponse(@JsonProperty("error") Error error,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ErrorResponse}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param error A {@link dev.reactiveai.openai.types.Error} (the API description says
	 * no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ErrorResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ErrorResponse}.
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
	 * Builds a {@link ErrorResponse}.
	 */
	public static final class Builder {

		private @Nullable Error error;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ErrorResponse source) {
			this.error = source.error();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A {@link dev.reactiveai.openai.types.Error} (the API description says no more).
		 * @param error the value (required)
		 * @return this builder
		 */
		public Builder error(@Nullable Error error) {
			this.error = error;
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
		public ErrorResponse build() {
			return new ErrorResponse(Objects.requireNonNull(this.error, "'error' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ErrorResponse} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ErrorResponse> {

		Reader() {
			super(ErrorResponse.class, "error");
		}

		@Override
		protected ErrorResponse create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ErrorResponse((Error) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ErrorResponse} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ErrorResponse> {

		Writer() {
			super(ErrorResponse.class, "error");
		}

		@Override
		protected @Nullable Object value(ErrorResponse record, int index) {
			return switch (index) {
				case 0 -> record.error();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ErrorResponse record) {
			return record.additionalProperties();
		}

	}
}
