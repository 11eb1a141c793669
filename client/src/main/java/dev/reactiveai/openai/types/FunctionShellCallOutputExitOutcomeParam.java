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
 * @param exitCode The exit code returned by the shell process.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FunctionShellCallOutputExitOutcomeParam.Reader.class)
public record FunctionShellCallOutputExitOutcomeParam(@JsonProperty("type") String type,
		@JsonProperty("exit_code") Long exitCode,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FunctionShellCallOutputOutcomeParam {

	/**
	 * Creates a {@link FunctionShellCallOutputExitOutcomeParam}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The outcome type.
	 * @param exitCode The exit code returned by the shell process.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FunctionShellCallOutputExitOutcomeParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FunctionShellCallOutputExitOutcomeParam}.
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
	 * Builds a {@link FunctionShellCallOutputExitOutcomeParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long exitCode;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "exit";
		}

		private Builder(FunctionShellCallOutputExitOutcomeParam source) {
			this.type = source.type();
			this.exitCode = source.exitCode();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The exit code returned by the shell process.
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
		public FunctionShellCallOutputExitOutcomeParam build() {
			return new FunctionShellCallOutputExitOutcomeParam(this.type,
					Objects.requireNonNull(this.exitCode, "'exitCode' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FunctionShellCallOutputExitOutcomeParam} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FunctionShellCallOutputExitOutcomeParam> {

		Reader() {
			super(FunctionShellCallOutputExitOutcomeParam.class, "type", "exit_code");
		}

		@Override
		protected FunctionShellCallOutputExitOutcomeParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FunctionShellCallOutputExitOutcomeParam((String) values[0], (Long) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link FunctionShellCallOutputExitOutcomeParam} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FunctionShellCallOutputExitOutcomeParam> {

		Writer() {
			super(FunctionShellCallOutputExitOutcomeParam.class, "type", "exit_code");
		}

		@Override
		protected @Nullable Object value(FunctionShellCallOutputExitOutcomeParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.exitCode();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FunctionShellCallOutputExitOutcomeParam record) {
			return record.additionalProperties();
		}

	}
}
