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
 * Record of a client side tool invocation initiated by the assistant.
 *
 * @param id Identifier of the thread item.
 * @param object Type discriminator that is always {@code chatkit.thread_item}.
 * @param createdAt Unix timestamp (in seconds) for when the item was created.
 * @param threadId Identifier of the parent thread.
 * @param type Type discriminator that is always {@code chatkit.client_tool_call}.
 * @param status Execution status for the tool call.
 * @param callId Identifier for the client tool call.
 * @param name Tool name that was invoked.
 * @param arguments JSON-encoded arguments that were sent to the tool.
 * @param output JSON-encoded output captured from the tool. Defaults to null while
 * execution is in progress.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ClientToolCallItem.Reader.class)
public record ClientToolCallItem(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("thread_id") String threadId,
		@JsonProperty("type") String type, @JsonProperty("status") ClientToolCallStatus status,
		@JsonProperty("call_id") String callId, @JsonProperty("name") String name,
		@JsonProperty("arguments") String arguments, @JsonProperty("output") @Nullable String output,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ThreadItem {

	/**
	 * Creates a {@link ClientToolCallItem}, filling in {@code object} and {@code type}
	 * with their single possible value when absent; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param id Identifier of the thread item.
	 * @param object Type discriminator that is always {@code chatkit.thread_item}.
	 * @param createdAt Unix timestamp (in seconds) for when the item was created.
	 * @param threadId Identifier of the parent thread.
	 * @param type Type discriminator that is always {@code chatkit.client_tool_call}.
	 * @param status Execution status for the tool call.
	 * @param callId Identifier for the client tool call.
	 * @param name Tool name that was invoked.
	 * @param arguments JSON-encoded arguments that were sent to the tool.
	 * @param output JSON-encoded output captured from the tool.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ClientToolCallItem {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ClientToolCallItem}.
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
	 * Builds a {@link ClientToolCallItem}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String threadId;

		private @Nullable String type;

		private @Nullable ClientToolCallStatus status;

		private @Nullable String callId;

		private @Nullable String name;

		private @Nullable String arguments;

		private @Nullable String output;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "chatkit.thread_item";
			this.type = "chatkit.client_tool_call";
		}

		private Builder(ClientToolCallItem source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.threadId = source.threadId();
			this.type = source.type();
			this.status = source.status();
			this.callId = source.callId();
			this.name = source.name();
			this.arguments = source.arguments();
			this.output = source.output();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the thread item.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) for when the item was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Identifier of the parent thread.
		 * @param threadId the value (required)
		 * @return this builder
		 */
		public Builder threadId(@Nullable String threadId) {
			this.threadId = threadId;
			return this;
		}

		/**
		 * Execution status for the tool call.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable ClientToolCallStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * Execution status for the tool call.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(ClientToolCallStatus.of(value));
		}

		/**
		 * Identifier for the client tool call.
		 * @param callId the value (required)
		 * @return this builder
		 */
		public Builder callId(@Nullable String callId) {
			this.callId = callId;
			return this;
		}

		/**
		 * Tool name that was invoked.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * JSON-encoded arguments that were sent to the tool.
		 * @param arguments the value (required)
		 * @return this builder
		 */
		public Builder arguments(@Nullable String arguments) {
			this.arguments = arguments;
			return this;
		}

		/**
		 * JSON-encoded output captured from the tool.
		 * @param output the value
		 * @return this builder
		 */
		public Builder output(@Nullable String output) {
			this.output = output;
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
		public ClientToolCallItem build() {
			return new ClientToolCallItem(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.threadId, "'threadId' is required"), this.type,
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.callId, "'callId' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.arguments, "'arguments' is required"), this.output,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ClientToolCallItem} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ClientToolCallItem> {

		Reader() {
			super(ClientToolCallItem.class, "id", "object", "created_at", "thread_id", "type", "status", "call_id",
					"name", "arguments", "output");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 5 -> ClientToolCallStatus.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ClientToolCallItem create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ClientToolCallItem((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
					(String) values[4], (ClientToolCallStatus) values[5], (String) values[6], (String) values[7],
					(String) values[8], (String) values[9], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ClientToolCallItem} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ClientToolCallItem> {

		Writer() {
			super(ClientToolCallItem.class, "id", "object", "created_at", "thread_id", "type", "status", "call_id",
					"name", "arguments", "output");
		}

		@Override
		protected @Nullable Object value(ClientToolCallItem record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.threadId();
				case 4 -> record.type();
				case 5 -> record.status();
				case 6 -> record.callId();
				case 7 -> record.name();
				case 8 -> record.arguments();
				case 9 -> record.output();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ClientToolCallItem record) {
			return record.additionalProperties();
		}

	}
}
