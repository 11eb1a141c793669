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
 * A request for human approval of a tool invocation.
 *
 * @param type The type of the item. Always {@code mcp_approval_request}.
 * @param id The unique ID of the approval request.
 * @param serverLabel The label of the MCP server making the request.
 * @param name The name of the tool to run.
 * @param arguments A JSON string of arguments for the tool.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MCPApprovalRequest.Reader.class)
public record MCPApprovalRequest(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("server_label") String serverLabel, @JsonProperty("name") String name,
		@JsonProperty("arguments") String arguments,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ConversationItem,
			Item,
			ItemField,
			ItemResource,
			OutputItem {

	/**
	 * Creates a {@link MCPApprovalRequest}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the item.
	 * @param id The unique ID of the approval request.
	 * @param serverLabel The label of the MCP server making the request.
	 * @param name The name of the tool to run.
	 * @param arguments A JSON string of arguments for the tool.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MCPApprovalRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MCPApprovalRequest}.
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
	 * This item, which a next request's input takes as it is: a
	 * {@link MCPApprovalRequest} is an {@link InputItem}.
	 * @return this item
	 */
	@Override
	public MCPApprovalRequest asInput() {
		return this;
	}

	/**
	 * Builds a {@link MCPApprovalRequest}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String serverLabel;

		private @Nullable String name;

		private @Nullable String arguments;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "mcp_approval_request";
		}

		private Builder(MCPApprovalRequest source) {
			this.type = source.type();
			this.id = source.id();
			this.serverLabel = source.serverLabel();
			this.name = source.name();
			this.arguments = source.arguments();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the approval request.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The label of the MCP server making the request.
		 * @param serverLabel the value (required)
		 * @return this builder
		 */
		public Builder serverLabel(@Nullable String serverLabel) {
			this.serverLabel = serverLabel;
			return this;
		}

		/**
		 * The name of the tool to run.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * A JSON string of arguments for the tool.
		 * @param arguments the value (required)
		 * @return this builder
		 */
		public Builder arguments(@Nullable String arguments) {
			this.arguments = arguments;
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
		public MCPApprovalRequest build() {
			return new MCPApprovalRequest(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.serverLabel, "'serverLabel' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.arguments, "'arguments' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MCPApprovalRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MCPApprovalRequest> {

		Reader() {
			super(MCPApprovalRequest.class, "type", "id", "server_label", "name", "arguments");
		}

		@Override
		protected MCPApprovalRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new MCPApprovalRequest((String) values[0], (String) values[1], (String) values[2],
					(String) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MCPApprovalRequest} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MCPApprovalRequest> {

		Writer() {
			super(MCPApprovalRequest.class, "type", "id", "server_label", "name", "arguments");
		}

		@Override
		protected @Nullable Object value(MCPApprovalRequest record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.serverLabel();
				case 3 -> record.name();
				case 4 -> record.arguments();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MCPApprovalRequest record) {
			return record.additionalProperties();
		}

	}
}
