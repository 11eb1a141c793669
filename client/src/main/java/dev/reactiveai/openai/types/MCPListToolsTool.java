// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A tool available on an MCP server.
 *
 * @param name The name of the tool.
 * @param description The description of the tool.
 * @param inputSchema The JSON schema describing the tool's input.
 * @param annotations Additional annotations about the tool.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MCPListToolsTool.Reader.class)
public record MCPListToolsTool(@JsonProperty("name") String name,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("input_schema") Map<String, Object> inputSchema,
		@JsonProperty("annotations") @Nullable Map<String, Object> annotations,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link MCPListToolsTool}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name The name of the tool.
	 * @param description The description of the tool.
	 * @param inputSchema The JSON schema describing the tool's input.
	 * @param annotations Additional annotations about the tool.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MCPListToolsTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MCPListToolsTool}.
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
	 * Builds a {@link MCPListToolsTool}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable Map<String, Object> inputSchema;

		private @Nullable Map<String, Object> annotations;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(MCPListToolsTool source) {
			this.name = source.name();
			this.description = source.description();
			this.inputSchema = (source.inputSchema() != null) ? new LinkedHashMap<>(source.inputSchema()) : null;
			this.annotations = (source.annotations() != null) ? new LinkedHashMap<>(source.annotations()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the tool.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The description of the tool.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * The JSON schema describing the tool's input.
		 * <p>
		 * Takes a copy of the map.
		 * @param inputSchema the value (required)
		 * @return this builder
		 */
		public Builder inputSchema(@Nullable Map<String, ?> inputSchema) {
			this.inputSchema = (inputSchema != null) ? new LinkedHashMap<>(inputSchema) : null;
			return this;
		}

		/**
		 * The JSON schema describing the tool's input.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putInputSchema(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.inputSchema == null) {
				this.inputSchema = new LinkedHashMap<>();
			}
			this.inputSchema.put(key, value);
			return this;
		}

		/**
		 * Additional annotations about the tool.
		 * <p>
		 * Takes a copy of the map.
		 * @param annotations the value
		 * @return this builder
		 */
		public Builder annotations(@Nullable Map<String, ?> annotations) {
			this.annotations = (annotations != null) ? new LinkedHashMap<>(annotations) : null;
			return this;
		}

		/**
		 * Additional annotations about the tool.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putAnnotation(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.annotations == null) {
				this.annotations = new LinkedHashMap<>();
			}
			this.annotations.put(key, value);
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
		public MCPListToolsTool build() {
			return new MCPListToolsTool(Objects.requireNonNull(this.name, "'name' is required"), this.description,
					Collections.unmodifiableMap(
							new LinkedHashMap<>(Objects.requireNonNull(this.inputSchema, "'inputSchema' is required"))),
					(this.annotations != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.annotations))
							: null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MCPListToolsTool} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MCPListToolsTool> {

		Reader() {
			super(MCPListToolsTool.class, "name", "description", "input_schema", "annotations");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected MCPListToolsTool create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new MCPListToolsTool((String) values[0], (String) values[1], (Map<String, Object>) values[2],
					(Map<String, Object>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MCPListToolsTool} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MCPListToolsTool> {

		Writer() {
			super(MCPListToolsTool.class, "name", "description", "input_schema", "annotations");
		}

		@Override
		protected @Nullable Object value(MCPListToolsTool record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.description();
				case 2 -> record.inputSchema();
				case 3 -> record.annotations();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MCPListToolsTool record) {
			return record.additionalProperties();
		}

	}
}
