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
 * The logs output from the code interpreter.
 *
 * @param type The type of the output. Always {@code logs}.
 * @param logs The logs output from the code interpreter.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CodeInterpreterOutputLogs.Reader.class)
public record CodeInterpreterOutputLogs(@JsonProperty("type") String type, @JsonProperty("logs") String logs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CodeInterpreterToolCall.Output {

	/**
	 * Creates a {@link CodeInterpreterOutputLogs}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the output.
	 * @param logs The logs output from the code interpreter.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CodeInterpreterOutputLogs {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CodeInterpreterOutputLogs}.
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
	 * Builds a {@link CodeInterpreterOutputLogs}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String logs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "logs";
		}

		private Builder(CodeInterpreterOutputLogs source) {
			this.type = source.type();
			this.logs = source.logs();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The logs output from the code interpreter.
		 * @param logs the value (required)
		 * @return this builder
		 */
		public Builder logs(@Nullable String logs) {
			this.logs = logs;
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
		public CodeInterpreterOutputLogs build() {
			return new CodeInterpreterOutputLogs(this.type, Objects.requireNonNull(this.logs, "'logs' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CodeInterpreterOutputLogs} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CodeInterpreterOutputLogs> {

		Reader() {
			super(CodeInterpreterOutputLogs.class, "type", "logs");
		}

		@Override
		protected CodeInterpreterOutputLogs create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CodeInterpreterOutputLogs((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CodeInterpreterOutputLogs} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CodeInterpreterOutputLogs> {

		Writer() {
			super(CodeInterpreterOutputLogs.class, "type", "logs");
		}

		@Override
		protected @Nullable Object value(CodeInterpreterOutputLogs record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.logs();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CodeInterpreterOutputLogs record) {
			return record.additionalProperties();
		}

	}
}
