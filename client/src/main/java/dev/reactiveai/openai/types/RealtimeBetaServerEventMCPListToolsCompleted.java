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
 * Returned when listing MCP tools has completed for an item.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code mcp_list_tools.completed}.
 * @param itemId The ID of the MCP list tools item.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventMCPListToolsCompleted.Reader.class)
public record RealtimeBetaServerEventMCPListToolsCompleted(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("item_id") String itemId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventMCPListToolsCompleted}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code mcp_list_tools.completed}.
	 * @param itemId The ID of the MCP list tools item.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventMCPListToolsCompleted {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventMCPListToolsCompleted}.
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
	 * Builds a {@link RealtimeBetaServerEventMCPListToolsCompleted}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String itemId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "mcp_list_tools.completed";
		}

		private Builder(RealtimeBetaServerEventMCPListToolsCompleted source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.itemId = source.itemId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the server event.
		 * @param eventId the value (required)
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * The ID of the MCP list tools item.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
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
		public RealtimeBetaServerEventMCPListToolsCompleted build() {
			return new RealtimeBetaServerEventMCPListToolsCompleted(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventMCPListToolsCompleted} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventMCPListToolsCompleted> {

		Reader() {
			super(RealtimeBetaServerEventMCPListToolsCompleted.class, "event_id", "type", "item_id");
		}

		@Override
		protected RealtimeBetaServerEventMCPListToolsCompleted create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventMCPListToolsCompleted((String) values[0], (String) values[1],
					(String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventMCPListToolsCompleted} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventMCPListToolsCompleted> {

		Writer() {
			super(RealtimeBetaServerEventMCPListToolsCompleted.class, "event_id", "type", "item_id");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventMCPListToolsCompleted record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.itemId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaServerEventMCPListToolsCompleted record) {
			return record.additionalProperties();
		}

	}
}
