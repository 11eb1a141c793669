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
 * Text output from the Code Interpreter tool call as part of a run step.
 *
 * @param index The index of the output in the outputs array.
 * @param type Always {@code logs}.
 * @param logs The text output from the Code Interpreter tool call.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.Reader.class)
public record RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject(@JsonProperty("index") Long index,
		@JsonProperty("type") String type, @JsonProperty("logs") @Nullable String logs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RunStepDeltaStepDetailsToolCallsCodeObject.CodeInterpreter.Output {

	/**
	 * Creates a {@link RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param index The index of the output in the outputs array.
	 * @param type Always {@code logs}.
	 * @param logs The text output from the Code Interpreter tool call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject}.
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
	 * Builds a {@link RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject}.
	 */
	public static final class Builder {

		private @Nullable Long index;

		private @Nullable String type;

		private @Nullable String logs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "logs";
		}

		private Builder(RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject source) {
			this.index = source.index();
			this.type = source.type();
			this.logs = source.logs();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the output in the outputs array.
		 * @param index the value (required)
		 * @return this builder
		 */
		public Builder index(@Nullable Long index) {
			this.index = index;
			return this;
		}

		/**
		 * The text output from the Code Interpreter tool call.
		 * @param logs the value
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
		public RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject build() {
			return new RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject(
					Objects.requireNonNull(this.index, "'index' is required"), this.type, this.logs,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject} from the
	 * parser's tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject> {

		Reader() {
			super(RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.class, "index", "type", "logs");
		}

		@Override
		protected RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject((Long) values[0], (String) values[1],
					(String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject> {

		Writer() {
			super(RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.class, "index", "type", "logs");
		}

		@Override
		protected @Nullable Object value(RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject record, int index) {
			return switch (index) {
				case 0 -> record.index();
				case 1 -> record.type();
				case 2 -> record.logs();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(
				RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject record) {
			return record.additionalProperties();
		}

	}
}
