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
 * A Realtime item listing tools available on an MCP server.
 *
 * @param type The type of the item. Always {@code mcp_list_tools}.
 * @param id The unique ID of the list.
 * @param serverLabel The label of the MCP server.
 * @param tools The tools available on the server.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeMCPListTools.Reader.class)
public record RealtimeMCPListTools(@JsonProperty("type") String type, @JsonProperty("id") @Nullable String id,
		@JsonProperty("server_label") String serverLabel, @JsonProperty("tools") List<MCPListToolsTool> tools,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeConversationItem {

	/**
	 * Creates a {@link RealtimeMCPListTools}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the item.
	 * @param id The unique ID of the list.
	 * @param serverLabel The label of the MCP server.
	 * @param tools The tools available on the server.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeMCPListTools {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeMCPListTools}.
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
	 * Builds a {@link RealtimeMCPListTools}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String serverLabel;

		private @Nullable List<MCPListToolsTool> tools;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "mcp_list_tools";
		}

		private Builder(RealtimeMCPListTools source) {
			this.type = source.type();
			this.id = source.id();
			this.serverLabel = source.serverLabel();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the list.
		 * @param id the value
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
		public RealtimeMCPListTools build() {
			return new RealtimeMCPListTools(this.type, this.id,
					Objects.requireNonNull(this.serverLabel, "'serverLabel' is required"),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.tools, "'tools' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeMCPListTools} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeMCPListTools> {

		Reader() {
			super(RealtimeMCPListTools.class, "type", "id", "server_label", "tools");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeMCPListTools create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeMCPListTools((String) values[0], (String) values[1], (String) values[2],
					(List<MCPListToolsTool>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeMCPListTools} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeMCPListTools> {

		Writer() {
			super(RealtimeMCPListTools.class, "type", "id", "server_label", "tools");
		}

		@Override
		protected @Nullable Object value(RealtimeMCPListTools record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.serverLabel();
				case 3 -> record.tools();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeMCPListTools record) {
			return record.additionalProperties();
		}

	}
}
