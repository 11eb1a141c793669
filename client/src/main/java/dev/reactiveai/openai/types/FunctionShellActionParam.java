// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Commands and limits describing how to run the shell tool call.
 *
 * @param commands Ordered shell commands for the execution environment to run.
 * @param timeoutMs Maximum wall-clock time in milliseconds to allow the shell commands to
 * run.
 * @param maxOutputLength Maximum number of UTF-8 characters to capture from combined
 * stdout and stderr output.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FunctionShellActionParam.Reader.class)
public record FunctionShellActionParam(@JsonProperty("commands") List<String> commands,
		@JsonProperty("timeout_ms") @Nullable Long timeoutMs,
		@JsonProperty("max_output_length") @Nullable Long maxOutputLength,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FunctionShellActionParam}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param commands Ordered shell commands for the execution environment to run.
	 * @param timeoutMs Maximum wall-clock time in milliseconds to allow the shell
	 * commands to run.
	 * @param maxOutputLength Maximum number of UTF-8 characters to capture from combined
	 * stdout and stderr output.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FunctionShellActionParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FunctionShellActionParam}.
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
	 * Builds a {@link FunctionShellActionParam}.
	 */
	public static final class Builder {

		private @Nullable List<String> commands;

		private @Nullable Long timeoutMs;

		private @Nullable Long maxOutputLength;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FunctionShellActionParam source) {
			this.commands = (source.commands() != null) ? new ArrayList<>(source.commands()) : null;
			this.timeoutMs = source.timeoutMs();
			this.maxOutputLength = source.maxOutputLength();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Ordered shell commands for the execution environment to run.
		 * <p>
		 * Takes a copy of the list.
		 * @param commands the value (required)
		 * @return this builder
		 */
		public Builder commands(@Nullable List<String> commands) {
			this.commands = (commands != null) ? new ArrayList<>(commands) : null;
			return this;
		}

		/**
		 * Ordered shell commands for the execution environment to run.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param command the item to add
		 * @return this builder
		 */
		public Builder addCommand(String command) {
			Objects.requireNonNull(command, "'command' must not be null");
			if (this.commands == null) {
				this.commands = new ArrayList<>();
			}
			this.commands.add(command);
			return this;
		}

		/**
		 * Maximum wall-clock time in milliseconds to allow the shell commands to run.
		 * @param timeoutMs the value
		 * @return this builder
		 */
		public Builder timeoutMs(@Nullable Long timeoutMs) {
			this.timeoutMs = timeoutMs;
			return this;
		}

		/**
		 * Maximum number of UTF-8 characters to capture from combined stdout and stderr
		 * output.
		 * @param maxOutputLength the value
		 * @return this builder
		 */
		public Builder maxOutputLength(@Nullable Long maxOutputLength) {
			this.maxOutputLength = maxOutputLength;
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
		public FunctionShellActionParam build() {
			return new FunctionShellActionParam(
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.commands, "'commands' is required"))),
					this.timeoutMs, this.maxOutputLength, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FunctionShellActionParam} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FunctionShellActionParam> {

		Reader() {
			super(FunctionShellActionParam.class, "commands", "timeout_ms", "max_output_length");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected FunctionShellActionParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FunctionShellActionParam((List<String>) values[0], (Long) values[1], (Long) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link FunctionShellActionParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FunctionShellActionParam> {

		Writer() {
			super(FunctionShellActionParam.class, "commands", "timeout_ms", "max_output_length");
		}

		@Override
		protected @Nullable Object value(FunctionShellActionParam record, int index) {
			return switch (index) {
				case 0 -> record.commands();
				case 1 -> record.timeoutMs();
				case 2 -> record.maxOutputLength();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FunctionShellActionParam record) {
			return record.additionalProperties();
		}

	}
}
