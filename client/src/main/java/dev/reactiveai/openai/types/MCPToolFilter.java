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
 * A filter object to specify which tools are allowed.
 *
 * @param toolNames List of allowed tool names.
 * @param readOnly Indicates whether or not a tool modifies data or is read-only. If an
 * MCP server is <a href=
 * "https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint">annotated
 * with {@code readOnlyHint}</a>, it will match this filter.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MCPToolFilter.Reader.class)
public record MCPToolFilter(@JsonProperty("tool_names") @Nullable List<String> toolNames,
		@JsonProperty("read_only") @Nullable Boolean readOnly,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MCPTool.AllowedTools {

	/**
	 * Creates a {@link MCPToolFilter}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param toolNames List of allowed tool names.
	 * @param readOnly Indicates whether or not a tool modifies data or is read-only.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MCPToolFilter {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MCPToolFilter}.
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
	 * Builds a {@link MCPToolFilter}.
	 */
	public static final class Builder {

		private @Nullable List<String> toolNames;

		private @Nullable Boolean readOnly;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(MCPToolFilter source) {
			this.toolNames = (source.toolNames() != null) ? new ArrayList<>(source.toolNames()) : null;
			this.readOnly = source.readOnly();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * List of allowed tool names.
		 * <p>
		 * Takes a copy of the list.
		 * @param toolNames the value
		 * @return this builder
		 */
		public Builder toolNames(@Nullable List<String> toolNames) {
			this.toolNames = (toolNames != null) ? new ArrayList<>(toolNames) : null;
			return this;
		}

		/**
		 * List of allowed tool names.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param toolName the item to add
		 * @return this builder
		 */
		public Builder addToolName(String toolName) {
			Objects.requireNonNull(toolName, "'toolName' must not be null");
			if (this.toolNames == null) {
				this.toolNames = new ArrayList<>();
			}
			this.toolNames.add(toolName);
			return this;
		}

		/**
		 * Indicates whether or not a tool modifies data or is read-only.
		 * @param readOnly the value
		 * @return this builder
		 */
		public Builder readOnly(@Nullable Boolean readOnly) {
			this.readOnly = readOnly;
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
		public MCPToolFilter build() {
			return new MCPToolFilter(
					(this.toolNames != null) ? Collections.unmodifiableList(new ArrayList<>(this.toolNames)) : null,
					this.readOnly, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MCPToolFilter} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MCPToolFilter> {

		Reader() {
			super(MCPToolFilter.class, "tool_names", "read_only");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected MCPToolFilter create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new MCPToolFilter((List<String>) values[0], (Boolean) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MCPToolFilter} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MCPToolFilter> {

		Writer() {
			super(MCPToolFilter.class, "tool_names", "read_only");
		}

		@Override
		protected @Nullable Object value(MCPToolFilter record, int index) {
			return switch (index) {
				case 0 -> record.toolNames();
				case 1 -> record.readOnly();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MCPToolFilter record) {
			return record.additionalProperties();
		}

	}
}
