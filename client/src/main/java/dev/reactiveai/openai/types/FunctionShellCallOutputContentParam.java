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
 * Captured stdout and stderr for a portion of a shell tool call output.
 *
 * @param stdout Captured stdout output for the shell call.
 * @param stderr Captured stderr output for the shell call.
 * @param outcome The exit or timeout outcome associated with this shell call.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FunctionShellCallOutputContentParam.Reader.class)
public record FunctionShellCallOutputContentParam(@JsonProperty("stdout") String stdout,
		@JsonProperty("stderr") String stderr, @JsonProperty("outcome") FunctionShellCallOutputOutcomeParam outcome,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FunctionShellCallOutputContentParam}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param stdout Captured stdout output for the shell call.
	 * @param stderr Captured stderr output for the shell call.
	 * @param outcome The exit or timeout outcome associated with this shell call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FunctionShellCallOutputContentParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FunctionShellCallOutputContentParam}.
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
	 * Builds a {@link FunctionShellCallOutputContentParam}.
	 */
	public static final class Builder {

		private @Nullable String stdout;

		private @Nullable String stderr;

		private @Nullable FunctionShellCallOutputOutcomeParam outcome;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FunctionShellCallOutputContentParam source) {
			this.stdout = source.stdout();
			this.stderr = source.stderr();
			this.outcome = source.outcome();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Captured stdout output for the shell call.
		 * @param stdout the value (required)
		 * @return this builder
		 */
		public Builder stdout(@Nullable String stdout) {
			this.stdout = stdout;
			return this;
		}

		/**
		 * Captured stderr output for the shell call.
		 * @param stderr the value (required)
		 * @return this builder
		 */
		public Builder stderr(@Nullable String stderr) {
			this.stderr = stderr;
			return this;
		}

		/**
		 * The exit or timeout outcome associated with this shell call.
		 * @param outcome the value (required)
		 * @return this builder
		 */
		public Builder outcome(@Nullable FunctionShellCallOutputOutcomeParam outcome) {
			this.outcome = outcome;
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
		public FunctionShellCallOutputContentParam build() {
			return new FunctionShellCallOutputContentParam(Objects.requireNonNull(this.stdout, "'stdout' is required"),
					Objects.requireNonNull(this.stderr, "'stderr' is required"),
					Objects.requireNonNull(this.outcome, "'outcome' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FunctionShellCallOutputContentParam} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FunctionShellCallOutputContentParam> {

		Reader() {
			super(FunctionShellCallOutputContentParam.class, "stdout", "stderr", "outcome");
		}

		@Override
		protected FunctionShellCallOutputContentParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FunctionShellCallOutputContentParam((String) values[0], (String) values[1],
					(FunctionShellCallOutputOutcomeParam) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FunctionShellCallOutputContentParam} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FunctionShellCallOutputContentParam> {

		Writer() {
			super(FunctionShellCallOutputContentParam.class, "stdout", "stderr", "outcome");
		}

		@Override
		protected @Nullable Object value(FunctionShellCallOutputContentParam record, int index) {
			return switch (index) {
				case 0 -> record.stdout();
				case 1 -> record.stderr();
				case 2 -> record.outcome();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FunctionShellCallOutputContentParam record) {
			return record.additionalProperties();
		}

	}
}
