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
 * Use this option to force the model to call a specific tool on a remote MCP server.
 *
 * @param type For MCP tools, the type is always {@code mcp}.
 * @param serverLabel The label of the MCP server to use.
 * @param name The name of the tool to call on the server.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ToolChoiceMCP.Reader.class)
public record ToolChoiceMCP(@JsonProperty("type") String type, @JsonProperty("server_label") String serverLabel,
		@JsonProperty("name") @Nullable String name,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RealtimeBetaResponseCreateParams.ToolChoice,
			RealtimeResponseCreateParams.ToolChoice,
			RealtimeSessionCreateRequestGA.ToolChoice,
			RealtimeSessionCreateResponseGA.ToolChoice,
			ToolChoiceParam {

	/**
	 * Creates a {@link ToolChoiceMCP}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type For MCP tools, the type is always {@code mcp}.
	 * @param serverLabel The label of the MCP server to use.
	 * @param name The name of the tool to call on the server.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ToolChoiceMCP {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ToolChoiceMCP}.
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
	 * Builds a {@link ToolChoiceMCP}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String serverLabel;

		private @Nullable String name;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "mcp";
		}

		private Builder(ToolChoiceMCP source) {
			this.type = source.type();
			this.serverLabel = source.serverLabel();
			this.name = source.name();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The label of the MCP server to use.
		 * @param serverLabel the value (required)
		 * @return this builder
		 */
		public Builder serverLabel(@Nullable String serverLabel) {
			this.serverLabel = serverLabel;
			return this;
		}

		/**
		 * The name of the tool to call on the server.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
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
		public ToolChoiceMCP build() {
			return new ToolChoiceMCP(this.type, Objects.requireNonNull(this.serverLabel, "'serverLabel' is required"),
					this.name, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ToolChoiceMCP} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ToolChoiceMCP> {

		Reader() {
			super(ToolChoiceMCP.class, "type", "server_label", "name");
		}

		@Override
		protected ToolChoiceMCP create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ToolChoiceMCP((String) values[0], (String) values[1], (String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ToolChoiceMCP} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ToolChoiceMCP> {

		Writer() {
			super(ToolChoiceMCP.class, "type", "server_label", "name");
		}

		@Override
		protected @Nullable Object value(ToolChoiceMCP record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.serverLabel();
				case 2 -> record.name();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ToolChoiceMCP record) {
			return record.additionalProperties();
		}

	}
}
