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
 * Returned when an MCP tool call has completed successfully.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code response.mcp_call.completed}.
 * @param outputIndex The index of the output item in the response.
 * @param itemId The ID of the MCP tool call item.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventResponseMCPCallCompleted.Reader.class)
public record RealtimeServerEventResponseMCPCallCompleted(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("item_id") String itemId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventResponseMCPCallCompleted}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code response.mcp_call.completed}.
	 * @param outputIndex The index of the output item in the response.
	 * @param itemId The ID of the MCP tool call item.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventResponseMCPCallCompleted {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventResponseMCPCallCompleted}.
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
	 * Builds a {@link RealtimeServerEventResponseMCPCallCompleted}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable Long outputIndex;

		private @Nullable String itemId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.mcp_call.completed";
		}

		private Builder(RealtimeServerEventResponseMCPCallCompleted source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.outputIndex = source.outputIndex();
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
		 * The index of the output item in the response.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * The ID of the MCP tool call item.
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
		public RealtimeServerEventResponseMCPCallCompleted build() {
			return new RealtimeServerEventResponseMCPCallCompleted(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventResponseMCPCallCompleted} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventResponseMCPCallCompleted> {

		Reader() {
			super(RealtimeServerEventResponseMCPCallCompleted.class, "event_id", "type", "output_index", "item_id");
		}

		@Override
		protected RealtimeServerEventResponseMCPCallCompleted create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventResponseMCPCallCompleted((String) values[0], (String) values[1],
					(Long) values[2], (String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventResponseMCPCallCompleted} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventResponseMCPCallCompleted> {

		Writer() {
			super(RealtimeServerEventResponseMCPCallCompleted.class, "event_id", "type", "output_index", "item_id");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventResponseMCPCallCompleted record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.outputIndex();
				case 3 -> record.itemId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventResponseMCPCallCompleted record) {
			return record.additionalProperties();
		}

	}
}
