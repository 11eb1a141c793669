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
 * A list of tools available on an MCP server.
 *
 * @param type The type of the item. Always {@code mcp_list_tools}.
 * @param id The unique ID of the list.
 * @param serverLabel The label of the MCP server.
 * @param tools The tools available on the server.
 * @param error Error message if the server could not list tools.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MCPListTools.Reader.class)
public record MCPListTools(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("server_label") String serverLabel, @JsonProperty("tools") List<MCPListToolsTool> tools,
		@JsonProperty("error") @Nullable String error,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ConversationItem,
			Item,
			ItemField,
			ItemResource,
			OutputItem {

	/**
	 * Creates a {@link MCPListTools}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the item.
	 * @param id The unique ID of the list.
	 * @param serverLabel The label of the MCP server.
	 * @param tools The tools available on the server.
	 * @param error Error message if the server could not list tools.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MCPListTools {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MCPListTools}.
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
	 * This item, which a next request's input takes as it is: a {@link MCPListTools} is
	 * an {@link InputItem}.
	 * @return this item
	 */
	@Override
	public MCPListTools asInput() {
		return this;
	}

	/**
	 * Builds a {@link MCPListTools}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String serverLabel;

		private @Nullable List<MCPListToolsTool> tools;

		private @Nullable String error;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "mcp_list_tools";
		}

		private Builder(MCPListTools source) {
			this.type = source.type();
			this.id = source.id();
			this.serverLabel = source.serverLabel();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.error = source.error();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the list.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The label of the MCP server.
		 * @param serverLabel the value (required)
		 * @return this builder
		 */
		public Builder serverLabel(@Nullable String serverLabel) {
			this.serverLabel = serverLabel;
			return this;
		}

		/**
		 * The tools available on the server.
		 * <p>
		 * Takes a copy of the list.
		 * @param tools the value (required)
		 * @return this builder
		 */
		public Builder tools(@Nullable List<MCPListToolsTool> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * The tools available on the server.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param tool the item to add
		 * @return this builder
		 */
		public Builder addTool(MCPListToolsTool tool) {
			Objects.requireNonNull(tool, "'tool' must not be null");
			if (this.tools == null) {
				this.tools = new ArrayList<>();
			}
			this.tools.add(tool);
			return this;
		}

		/**
		 * Error message if the server could not list tools.
		 * @param error the value
		 * @return this builder
		 */
		public Builder error(@Nullable String error) {
			this.error = error;
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
		public MCPListTools build() {
			return new MCPListTools(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.serverLabel, "'serverLabel' is required"),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.tools, "'tools' is required"))),
					this.error, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MCPListTools} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MCPListTools> {

		Reader() {
			super(MCPListTools.class, "type", "id", "server_label", "tools", "error");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected MCPListTools create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new MCPListTools((String) values[0], (String) values[1], (String) values[2],
					(List<MCPListToolsTool>) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MCPListTools} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MCPListTools> {

		Writer() {
			super(MCPListTools.class, "type", "id", "server_label", "tools", "error");
		}

		@Override
		protected @Nullable Object value(MCPListTools record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.serverLabel();
				case 3 -> record.tools();
				case 4 -> record.error();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MCPListTools record) {
			return record.additionalProperties();
		}

	}
}
