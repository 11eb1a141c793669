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
 * Returned when an MCP tool call has failed.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code response.mcp_call.failed}.
 * @param outputIndex The index of the output item in the response.
 * @param itemId The ID of the MCP tool call item.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventResponseMCPCallFailed.Reader.class)
public record RealtimeBetaServerEventResponseMCPCallFailed(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("item_id") String itemId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventResponseMCPCallFailed}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code response.mcp_call.failed}.
	 * @param outputIndex The index of the output item in the response.
	 * @param itemId The ID of the MCP tool call item.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventResponseMCPCallFailed {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventResponseMCPCallFailed}.
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
	 * Builds a {@link RealtimeBetaServerEventResponseMCPCallFailed}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable Long outputIndex;

		private @Nullable String itemId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.mcp_call.failed";
		}

		private Builder(RealtimeBetaServerEventResponseMCPCallFailed source) {
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
		public RealtimeBetaServerEventResponseMCPCallFailed build() {
			return new RealtimeBetaServerEventResponseMCPCallFailed(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventResponseMCPCallFailed} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventResponseMCPCallFailed> {

		Reader() {
			super(RealtimeBetaServerEventResponseMCPCallFailed.class, "event_id", "type", "output_index", "item_id");
		}

		@Override
		protected RealtimeBetaServerEventResponseMCPCallFailed create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventResponseMCPCallFailed((String) values[0], (String) values[1],
					(Long) values[2], (String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventResponseMCPCallFailed} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventResponseMCPCallFailed> {

		Writer() {
			super(RealtimeBetaServerEventResponseMCPCallFailed.class, "event_id", "type", "output_index", "item_id");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventResponseMCPCallFailed record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.outputIndex();
				case 3 -> record.itemId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaServerEventResponseMCPCallFailed record) {
			return record.additionalProperties();
		}

	}
}
