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
 * Realtime MCP HTTP error
 *
 * @param type Always {@code http_error}.
 * @param code An integer (the API description says no more).
 * @param message A string (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeMCPHTTPError.Reader.class)
public record RealtimeMCPHTTPError(@JsonProperty("type") String type, @JsonProperty("code") Long code,
		@JsonProperty("message") String message,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeMCPToolCall.Error {

	/**
	 * Creates a {@link RealtimeMCPHTTPError}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Always {@code http_error}.
	 * @param code An integer (the API description says no more).
	 * @param message A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeMCPHTTPError {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeMCPHTTPError}.
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
	 * Builds a {@link RealtimeMCPHTTPError}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long code;

		private @Nullable String message;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "http_error";
		}

		private Builder(RealtimeMCPHTTPError source) {
			this.type = source.type();
			this.code = source.code();
			this.message = source.message();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * An integer (the API description says no more).
		 * @param code the value (required)
		 * @return this builder
		 */
		public Builder code(@Nullable Long code) {
			this.code = code;
			return this;
		}

		/**
		 * A string (the API description says no more).
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
		public RealtimeMCPHTTPError build() {
			return new RealtimeMCPHTTPError(this.type, Objects.requireNonNull(this.code, "'code' is required"),
					Objects.requireNonNull(this.message, "'message' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeMCPHTTPError} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeMCPHTTPError> {

		Reader() {
			super(RealtimeMCPHTTPError.class, "type", "code", "message");
		}

		@Override
		protected RealtimeMCPHTTPError create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeMCPHTTPError((String) values[0], (Long) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeMCPHTTPError} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeMCPHTTPError> {

		Writer() {
			super(RealtimeMCPHTTPError.class, "type", "code", "message");
		}

		@Override
		protected @Nullable Object value(RealtimeMCPHTTPError record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.code();
				case 2 -> record.message();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeMCPHTTPError record) {
			return record.additionalProperties();
		}

	}
}
