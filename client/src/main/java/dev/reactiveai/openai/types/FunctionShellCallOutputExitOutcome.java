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
 * Indicates that the shell commands finished and returned an exit code.
 *
 * @param type The outcome type. Always {@code exit}.
 * @param exitCode Exit code from the shell process.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FunctionShellCallOutputExitOutcome.Reader.class)
public record FunctionShellCallOutputExitOutcome(@JsonProperty("type") String type,
		@JsonProperty("exit_code") Long exitCode,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FunctionShellCallOutputContent.Outcome {

	/**
	 * Creates a {@link FunctionShellCallOutputExitOutcome}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The outcome type.
	 * @param exitCode Exit code from the shell process.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FunctionShellCallOutputExitOutcome {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FunctionShellCallOutputExitOutcome}.
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
	 * Builds a {@link FunctionShellCallOutputExitOutcome}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long exitCode;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "exit";
		}

		private Builder(FunctionShellCallOutputExitOutcome source) {
			this.type = source.type();
			this.exitCode = source.exitCode();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Exit code from the shell process.
		 * @param exitCode the value (required)
		 * @return this builder
		 */
		public Builder exitCode(@Nullable Long exitCode) {
			this.exitCode = exitCode;
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
		public FunctionShellCallOutputExitOutcome build() {
			return new FunctionShellCallOutputExitOutcome(this.type,
					Objects.requireNonNull(this.exitCode, "'exitCode' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FunctionShellCallOutputExitOutcome} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FunctionShellCallOutputExitOutcome> {

		Reader() {
			super(FunctionShellCallOutputExitOutcome.class, "type", "exit_code");
		}

		@Override
		protected FunctionShellCallOutputExitOutcome create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FunctionShellCallOutputExitOutcome((String) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FunctionShellCallOutputExitOutcome} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FunctionShellCallOutputExitOutcome> {

		Writer() {
			super(FunctionShellCallOutputExitOutcome.class, "type", "exit_code");
		}

		@Override
		protected @Nullable Object value(FunctionShellCallOutputExitOutcome record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.exitCode();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FunctionShellCallOutputExitOutcome record) {
			return record.additionalProperties();
		}

	}
}
