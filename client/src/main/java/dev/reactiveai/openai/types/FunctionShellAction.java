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
 * Execute a shell command.
 *
 * @param commands A list of strings (the API description says no more).
 * @param timeoutMs Optional timeout in milliseconds for the commands.
 * @param maxOutputLength Optional maximum number of characters to return from each
 * command.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FunctionShellAction.Reader.class)
public record FunctionShellAction(@JsonProperty("commands") List<String> commands,
		@JsonProperty("timeout_ms") @Nullable Long timeoutMs,
		@JsonProperty("max_output_length") @Nullable Long maxOutputLength,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FunctionShellAction}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param commands A list of strings (the API description says no more).
	 * @param timeoutMs Optional timeout in milliseconds for the commands.
	 * @param maxOutputLength Optional maximum number of characters to return from each
	 * command.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FunctionShellAction {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FunctionShellAction}.
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
	 * Builds a {@link FunctionShellAction}.
	 */
	public static final class Builder {

		private @Nullable List<String> commands;

		private @Nullable Long timeoutMs;

		private @Nullable Long maxOutputLength;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FunctionShellAction source) {
			this.commands = (source.commands() != null) ? new ArrayList<>(source.commands()) : null;
			this.timeoutMs = source.timeoutMs();
			this.maxOutputLength = source.maxOutputLength();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A list of strings (the API description says no more).
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
		 * A list of strings (the API description says no more).
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
		 * Optional timeout in milliseconds for the commands.
		 * @param timeoutMs the value
		 * @return this builder
		 */
		public Builder timeoutMs(@Nullable Long timeoutMs) {
			this.timeoutMs = timeoutMs;
			return this;
		}

		/**
		 * Optional maximum number of characters to return from each command.
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
		public FunctionShellAction build() {
			return new FunctionShellAction(
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.commands, "'commands' is required"))),
					this.timeoutMs, this.maxOutputLength, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FunctionShellAction} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FunctionShellAction> {

		Reader() {
			super(FunctionShellAction.class, "commands", "timeout_ms", "max_output_length");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected FunctionShellAction create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FunctionShellAction((List<String>) values[0], (Long) values[1], (Long) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link FunctionShellAction} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FunctionShellAction> {

		Writer() {
			super(FunctionShellAction.class, "commands", "timeout_ms", "max_output_length");
		}

		@Override
		protected @Nullable Object value(FunctionShellAction record, int index) {
			return switch (index) {
				case 0 -> record.commands();
				case 1 -> record.timeoutMs();
				case 2 -> record.maxOutputLength();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FunctionShellAction record) {
			return record.additionalProperties();
		}

	}
}
