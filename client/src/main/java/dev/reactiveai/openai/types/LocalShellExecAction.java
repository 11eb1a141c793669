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
 * Execute a shell command on the server.
 *
 * @param type The type of the local shell action. Always {@code exec}.
 * @param command The command to run.
 * @param timeoutMs Optional timeout in milliseconds for the command.
 * @param workingDirectory Optional working directory to run the command in.
 * @param env Environment variables to set for the command.
 * @param user Optional user to run the command as.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = LocalShellExecAction.Reader.class)
public record LocalShellExecAction(@JsonProperty("type") String type, @JsonProperty("command") List<String> command,
		@JsonProperty("timeout_ms") @Nullable Long timeoutMs,
		@JsonProperty("working_directory") @Nullable String workingDirectory,
		@JsonProperty("env") Map<String, String> env, @JsonProperty("user") @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link LocalShellExecAction}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the local shell action.
	 * @param command The command to run.
	 * @param timeoutMs Optional timeout in milliseconds for the command.
	 * @param workingDirectory Optional working directory to run the command in.
	 * @param env Environment variables to set for the command.
	 * @param user Optional user to run the command as.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public LocalShellExecAction {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link LocalShellExecAction}.
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
	 * Builds a {@link LocalShellExecAction}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<String> command;

		private @Nullable Long timeoutMs;

		private @Nullable String workingDirectory;

		private @Nullable Map<String, String> env;

		private @Nullable String user;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "exec";
		}

		private Builder(LocalShellExecAction source) {
			this.type = source.type();
			this.command = (source.command() != null) ? new ArrayList<>(source.command()) : null;
			this.timeoutMs = source.timeoutMs();
			this.workingDirectory = source.workingDirectory();
			this.env = (source.env() != null) ? new LinkedHashMap<>(source.env()) : null;
			this.user = source.user();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The command to run.
		 * <p>
		 * Takes a copy of the list.
		 * @param command the value (required)
		 * @return this builder
		 */
		public Builder command(@Nullable List<String> command) {
			this.command = (command != null) ? new ArrayList<>(command) : null;
			return this;
		}

		/**
		 * The command to run.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param command the item to add
		 * @return this builder
		 */
		public Builder addCommand(String command) {
			Objects.requireNonNull(command, "'command' must not be null");
			if (this.command == null) {
				this.command = new ArrayList<>();
			}
			this.command.add(command);
			return this;
		}

		/**
		 * Optional timeout in milliseconds for the command.
		 * @param timeoutMs the value
		 * @return this builder
		 */
		public Builder timeoutMs(@Nullable Long timeoutMs) {
			this.timeoutMs = timeoutMs;
			return this;
		}

		/**
		 * Optional working directory to run the command in.
		 * @param workingDirectory the value
		 * @return this builder
		 */
		public Builder workingDirectory(@Nullable String workingDirectory) {
			this.workingDirectory = workingDirectory;
			return this;
		}

		/**
		 * Environment variables to set for the command.
		 * <p>
		 * Takes a copy of the map.
		 * @param env the value (required)
		 * @return this builder
		 */
		public Builder env(@Nullable Map<String, String> env) {
			this.env = (env != null) ? new LinkedHashMap<>(env) : null;
			return this;
		}

		/**
		 * Environment variables to set for the command.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putEnv(String key, String value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.env == null) {
				this.env = new LinkedHashMap<>();
			}
			this.env.put(key, value);
			return this;
		}

		/**
		 * Optional user to run the command as.
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
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
		public LocalShellExecAction build() {
			return new LocalShellExecAction(this.type,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.command, "'command' is required"))),
					this.timeoutMs, this.workingDirectory,
					Collections
						.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(this.env, "'env' is required"))),
					this.user, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link LocalShellExecAction} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<LocalShellExecAction> {

		Reader() {
			super(LocalShellExecAction.class, "type", "command", "timeout_ms", "working_directory", "env", "user");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected LocalShellExecAction create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new LocalShellExecAction((String) values[0], (List<String>) values[1], (Long) values[2],
					(String) values[3], (Map<String, String>) values[4], (String) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link LocalShellExecAction} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<LocalShellExecAction> {

		Writer() {
			super(LocalShellExecAction.class, "type", "command", "timeout_ms", "working_directory", "env", "user");
		}

		@Override
		protected @Nullable Object value(LocalShellExecAction record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.command();
				case 2 -> record.timeoutMs();
				case 3 -> record.workingDirectory();
				case 4 -> record.env();
				case 5 -> record.user();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(LocalShellExecAction record) {
			return record.additionalProperties();
		}

	}
}
