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
 * Returned when an input audio buffer is committed, either by the client or automatically
 * in server VAD mode. The {@code item_id} property is the ID of the user message item
 * that will be created, thus a {@code conversation.item.created} event will also be sent
 * to the client.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code input_audio_buffer.committed}.
 * @param previousItemId The ID of the preceding item after which the new item will be
 * inserted. Can be {@code null} if the item has no predecessor.
 * @param itemId The ID of the user message item that will be created.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventInputAudioBufferCommitted.Reader.class)
public record RealtimeBetaServerEventInputAudioBufferCommitted(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("previous_item_id") @Nullable String previousItemId,
		@JsonProperty("item_id") String itemId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventInputAudioBufferCommitted}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code input_audio_buffer.committed}.
	 * @param previousItemId The ID of the preceding item after which the new item will be
	 * inserted.
	 * @param itemId The ID of the user message item that will be created.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventInputAudioBufferCommitted {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventInputAudioBufferCommitted}.
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
	 * Builds a {@link RealtimeBetaServerEventInputAudioBufferCommitted}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String previousItemId;

		private @Nullable String itemId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_audio_buffer.committed";
		}

		private Builder(RealtimeBetaServerEventInputAudioBufferCommitted source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.previousItemId = source.previousItemId();
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
		 * The ID of the preceding item after which the new item will be inserted.
		 * @param previousItemId the value
		 * @return this builder
		 */
		public Builder previousItemId(@Nullable String previousItemId) {
			this.previousItemId = previousItemId;
			return this;
		}

		/**
		 * The ID of the user message item that will be created.
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
		public RealtimeBetaServerEventInputAudioBufferCommitted build() {
			return new RealtimeBetaServerEventInputAudioBufferCommitted(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type, this.previousItemId,
					Objects.requireNonNull(this.itemId, "'itemId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventInputAudioBufferCommitted} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventInputAudioBufferCommitted> {

		Reader() {
			super(RealtimeBetaServerEventInputAudioBufferCommitted.class, "event_id", "type", "previous_item_id",
					"item_id");
		}

		@Override
		protected RealtimeBetaServerEventInputAudioBufferCommitted create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventInputAudioBufferCommitted((String) values[0], (String) values[1],
					(String) values[2], (String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventInputAudioBufferCommitted} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventInputAudioBufferCommitted> {

		Writer() {
			super(RealtimeBetaServerEventInputAudioBufferCommitted.class, "event_id", "type", "previous_item_id",
					"item_id");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventInputAudioBufferCommitted record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.previousItemId();
				case 3 -> record.itemId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaServerEventInputAudioBufferCommitted record) {
			return record.additionalProperties();
		}

	}
}
