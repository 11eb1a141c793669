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
 * Realtime MCP tool execution error
 *
 * @param type Always {@code tool_execution_error}.
 * @param message A string (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeMCPToolExecutionError.Reader.class)
public record RealtimeMCPToolExecutionError(@JsonProperty("type") String type, @JsonProperty("message") String message,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeMCPToolCall.Error {

	/**
	 * Creates a {@link RealtimeMCPToolExecutionError}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type Always {@code tool_execution_error}.
	 * @param message A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeMCPToolExecutionError {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeMCPToolExecutionError}.
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
	 * Builds a {@link RealtimeMCPToolExecutionError}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String message;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "tool_execution_error";
		}

		private Builder(RealtimeMCPToolExecutionError source) {
			this.type = source.type();
			this.message = source.message();
			this.additionalProperties.putAll(source.additionalProperties());
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
		public RealtimeMCPToolExecutionError build() {
			return new RealtimeMCPToolExecutionError(this.type,
					Objects.requireNonNull(this.message, "'message' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeMCPToolExecutionError} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeMCPToolExecutionError> {

		Reader() {
			super(RealtimeMCPToolExecutionError.class, "type", "message");
		}

		@Override
		protected RealtimeMCPToolExecutionError create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeMCPToolExecutionError((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeMCPToolExecutionError} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeMCPToolExecutionError> {

		Writer() {
			super(RealtimeMCPToolExecutionError.class, "type", "message");
		}

		@Override
		protected @Nullable Object value(RealtimeMCPToolExecutionError record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.message();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeMCPToolExecutionError record) {
			return record.additionalProperties();
		}

	}
}
