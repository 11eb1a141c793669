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
 * Returned when MCP tool call arguments are updated during response generation.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code response.mcp_call_arguments.delta}.
 * @param responseId The ID of the response.
 * @param itemId The ID of the MCP tool call item.
 * @param outputIndex The index of the output item in the response.
 * @param delta The JSON-encoded arguments delta.
 * @param obfuscation If present, indicates the delta text was obfuscated.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventResponseMCPCallArgumentsDelta.Reader.class)
public record RealtimeBetaServerEventResponseMCPCallArgumentsDelta(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("response_id") String responseId,
		@JsonProperty("item_id") String itemId, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("delta") String delta, @JsonProperty("obfuscation") @Nullable String obfuscation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventResponseMCPCallArgumentsDelta}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code response.mcp_call_arguments.delta}.
	 * @param responseId The ID of the response.
	 * @param itemId The ID of the MCP tool call item.
	 * @param outputIndex The index of the output item in the response.
	 * @param delta The JSON-encoded arguments delta.
	 * @param obfuscation If present, indicates the delta text was obfuscated.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventResponseMCPCallArgumentsDelta {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventResponseMCPCallArgumentsDelta}.
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
	 * Builds a {@link RealtimeBetaServerEventResponseMCPCallArgumentsDelta}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String responseId;

		private @Nullable String itemId;

		private @Nullable Long outputIndex;

		private @Nullable String delta;

		private @Nullable String obfuscation;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.mcp_call_arguments.delta";
		}

		private Builder(RealtimeBetaServerEventResponseMCPCallArgumentsDelta source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.responseId = source.responseId();
			this.itemId = source.itemId();
			this.outputIndex = source.outputIndex();
			this.delta = source.delta();
			this.obfuscation = source.obfuscation();
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
		 * The ID of the response.
		 * @param responseId the value (required)
		 * @return this builder
		 */
		public Builder responseId(@Nullable String responseId) {
			this.responseId = responseId;
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
		 * The index of the output item in the response.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * The JSON-encoded arguments delta.
		 * @param delta the value (required)
		 * @return this builder
		 */
		public Builder delta(@Nullable String delta) {
			this.delta = delta;
			return this;
		}

		/**
		 * If present, indicates the delta text was obfuscated.
		 * @param obfuscation the value
		 * @return this builder
		 */
		public Builder obfuscation(@Nullable String obfuscation) {
			this.obfuscation = obfuscation;
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
		public RealtimeBetaServerEventResponseMCPCallArgumentsDelta build() {
			return new RealtimeBetaServerEventResponseMCPCallArgumentsDelta(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.responseId, "'responseId' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.delta, "'delta' is required"), this.obfuscation,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventResponseMCPCallArgumentsDelta} from the
	 * parser's tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventResponseMCPCallArgumentsDelta> {

		Reader() {
			super(RealtimeBetaServerEventResponseMCPCallArgumentsDelta.class, "event_id", "type", "response_id",
					"item_id", "output_index", "delta", "obfuscation");
		}

		@Override
		protected RealtimeBetaServerEventResponseMCPCallArgumentsDelta create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventResponseMCPCallArgumentsDelta((String) values[0], (String) values[1],
					(String) values[2], (String) values[3], (Long) values[4], (String) values[5], (String) values[6],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventResponseMCPCallArgumentsDelta} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventResponseMCPCallArgumentsDelta> {

		Writer() {
			super(RealtimeBetaServerEventResponseMCPCallArgumentsDelta.class, "event_id", "type", "response_id",
					"item_id", "output_index", "delta", "obfuscation");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventResponseMCPCallArgumentsDelta record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.responseId();
				case 3 -> record.itemId();
				case 4 -> record.outputIndex();
				case 5 -> record.delta();
				case 6 -> record.obfuscation();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(
				RealtimeBetaServerEventResponseMCPCallArgumentsDelta record) {
			return record.additionalProperties();
		}

	}
}
