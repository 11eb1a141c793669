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
 * An invocation of a tool on an MCP server.
 *
 * @param type The type of the item. Always {@code mcp_call}.
 * @param id The unique ID of the tool call.
 * @param serverLabel The label of the MCP server running the tool.
 * @param name The name of the tool that was run.
 * @param arguments A JSON string of the arguments passed to the tool.
 * @param output The output from the tool call.
 * @param error The error from the tool call, if any.
 * @param status The status of the tool call. One of {@code in_progress},
 * {@code completed}, {@code incomplete}, {@code calling}, or {@code failed}.
 * @param approvalRequestId Unique identifier for the MCP tool call approval request.
 * Include this value in a subsequent {@code mcp_approval_response} input to approve or
 * reject the corresponding tool call.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MCPToolCall.Reader.class)
public record MCPToolCall(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("server_label") String serverLabel, @JsonProperty("name") String name,
		@JsonProperty("arguments") String arguments, @JsonProperty("output") @Nullable String output,
		@JsonProperty("error") @Nullable String error, @JsonProperty("status") @Nullable MCPToolCallStatus status,
		@JsonProperty("approval_request_id") @Nullable String approvalRequestId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ConversationItem,
			Item,
			ItemField,
			ItemResource,
			OutputItem {

	/**
	 * Creates a {@link MCPToolCall}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the item.
	 * @param id The unique ID of the tool call.
	 * @param serverLabel The label of the MCP server running the tool.
	 * @param name The name of the tool that was run.
	 * @param arguments A JSON string of the arguments passed to the tool.
	 * @param output The output from the tool call.
	 * @param error The error from the tool call, if any.
	 * @param status The status of the tool call.
	 * @param approvalRequestId Unique identifier for the MCP tool call approval request.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MCPToolCall {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MCPToolCall}.
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
	 * This item, which a next request's input takes as it is: a {@link MCPToolCall} is an
	 * {@link InputItem}.
	 * @return this item
	 */
	@Override
	public MCPToolCall asInput() {
		return this;
	}

	/**
	 * Builds a {@link MCPToolCall}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String serverLabel;

		private @Nullable String name;

		private @Nullable String arguments;

		private @Nullable String output;

		private @Nullable String error;

		private @Nullable MCPToolCallStatus status;

		private @Nullable String approvalRequestId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "mcp_call";
		}

		private Builder(MCPToolCall source) {
			this.type = source.type();
			this.id = source.id();
			this.serverLabel = source.serverLabel();
			this.name = source.name();
			this.arguments = source.arguments();
			this.output = source.output();
			this.error = source.error();
			this.status = source.status();
			this.approvalRequestId = source.approvalRequestId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the tool call.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The label of the MCP server running the tool.
		 * @param serverLabel the value (required)
		 * @return this builder
		 */
		public Builder serverLabel(@Nullable String serverLabel) {
			this.serverLabel = serverLabel;
			return this;
		}

		/**
		 * The name of the tool that was run.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * A JSON string of the arguments passed to the tool.
		 * @param arguments the value (required)
		 * @return this builder
		 */
		public Builder arguments(@Nullable String arguments) {
			this.arguments = arguments;
			return this;
		}

		/**
		 * The output from the tool call.
		 * @param output the value
		 * @return this builder
		 */
		public Builder output(@Nullable String output) {
			this.output = output;
			return this;
		}

		/**
		 * The error from the tool call, if any.
		 * @param error the value
		 * @return this builder
		 */
		public Builder error(@Nullable String error) {
			this.error = error;
			return this;
		}

		/**
		 * The status of the tool call.
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable MCPToolCallStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the tool call.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(MCPToolCallStatus.of(value));
		}

		/**
		 * Unique identifier for the MCP tool call approval request.
		 * @param approvalRequestId the value
		 * @return this builder
		 */
		public Builder approvalRequestId(@Nullable String approvalRequestId) {
			this.approvalRequestId = approvalRequestId;
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
		public MCPToolCall build() {
			return new MCPToolCall(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.serverLabel, "'serverLabel' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.arguments, "'arguments' is required"), this.output, this.error,
					this.status, this.approvalRequestId, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MCPToolCall} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MCPToolCall> {

		Reader() {
			super(MCPToolCall.class, "type", "id", "server_label", "name", "arguments", "output", "error", "status",
					"approval_request_id");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 7 -> MCPToolCallStatus.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected MCPToolCall create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new MCPToolCall((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(String) values[4], (String) values[5], (String) values[6], (MCPToolCallStatus) values[7],
					(String) values[8], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MCPToolCall} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MCPToolCall> {

		Writer() {
			super(MCPToolCall.class, "type", "id", "server_label", "name", "arguments", "output", "error", "status",
					"approval_request_id");
		}

		@Override
		protected @Nullable Object value(MCPToolCall record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.serverLabel();
				case 3 -> record.name();
				case 4 -> record.arguments();
				case 5 -> record.output();
				case 6 -> record.error();
				case 7 -> record.status();
				case 8 -> record.approvalRequestId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MCPToolCall record) {
			return record.additionalProperties();
		}

	}
}
