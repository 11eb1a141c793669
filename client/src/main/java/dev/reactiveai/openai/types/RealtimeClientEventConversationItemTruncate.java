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
 * Send this event to truncate a previous assistant message’s audio. The server will
 * produce audio faster than realtime, so this event is useful when the user interrupts to
 * truncate audio that has already been sent to the client but not yet played. This will
 * synchronize the server's understanding of the audio with the client's playback.
 * <p>
 * Truncating audio will delete the server-side text transcript to ensure there is not
 * text in the context that hasn't been heard by the user.
 * <p>
 * If successful, the server will respond with a {@code conversation.item.truncated}
 * event.
 *
 * @param eventId Optional client-generated ID used to identify this event.
 * @param type The event type, must be {@code conversation.item.truncate}.
 * @param itemId The ID of the assistant message item to truncate. Only assistant message
 * items can be truncated.
 * @param contentIndex The index of the content part to truncate. Set this to {@code 0}.
 * @param audioEndMs Inclusive duration up to which audio is truncated, in milliseconds.
 * If the audio_end_ms is greater than the actual audio duration, the server will respond
 * with an error.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeClientEventConversationItemTruncate.Reader.class)
public record RealtimeClientEventConversationItemTruncate(@JsonProperty("event_id") @Nullable String eventId,
		@JsonProperty("type") String type, @JsonProperty("item_id") String itemId,
		@JsonProperty("content_index") Long contentIndex, @JsonProperty("audio_end_ms") Long audioEndMs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeClientEvent {

	/**
	 * Creates a {@link RealtimeClientEventConversationItemTruncate}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId Optional client-generated ID used to identify this event.
	 * @param type The event type, must be {@code conversation.item.truncate}.
	 * @param itemId The ID of the assistant message item to truncate.
	 * @param contentIndex The index of the content part to truncate.
	 * @param audioEndMs Inclusive duration up to which audio is truncated, in
	 * milliseconds.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeClientEventConversationItemTruncate {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeClientEventConversationItemTruncate}.
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
	 * Builds a {@link RealtimeClientEventConversationItemTruncate}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long contentIndex;

		private @Nullable Long audioEndMs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.item.truncate";
		}

		private Builder(RealtimeClientEventConversationItemTruncate source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.itemId = source.itemId();
			this.contentIndex = source.contentIndex();
			this.audioEndMs = source.audioEndMs();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Optional client-generated ID used to identify this event.
		 * @param eventId the value
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * The ID of the assistant message item to truncate.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the content part to truncate.
		 * @param contentIndex the value (required)
		 * @return this builder
		 */
		public Builder contentIndex(@Nullable Long contentIndex) {
			this.contentIndex = contentIndex;
			return this;
		}

		/**
		 * Inclusive duration up to which audio is truncated, in milliseconds.
		 * @param audioEndMs the value (required)
		 * @return this builder
		 */
		public Builder audioEndMs(@Nullable Long audioEndMs) {
			this.audioEndMs = audioEndMs;
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
		public RealtimeClientEventConversationItemTruncate build() {
			return new RealtimeClientEventConversationItemTruncate(this.eventId, this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.contentIndex, "'contentIndex' is required"),
					Objects.requireNonNull(this.audioEndMs, "'audioEndMs' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeClientEventConversationItemTruncate} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeClientEventConversationItemTruncate> {

		Reader() {
			super(RealtimeClientEventConversationItemTruncate.class, "event_id", "type", "item_id", "content_index",
					"audio_end_ms");
		}

		@Override
		protected RealtimeClientEventConversationItemTruncate create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeClientEventConversationItemTruncate((String) values[0], (String) values[1],
					(String) values[2], (Long) values[3], (Long) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeClientEventConversationItemTruncate} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeClientEventConversationItemTruncate> {

		Writer() {
			super(RealtimeClientEventConversationItemTruncate.class, "event_id", "type", "item_id", "content_index",
					"audio_end_ms");
		}

		@Override
		protected @Nullable Object value(RealtimeClientEventConversationItemTruncate record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.itemId();
				case 3 -> record.contentIndex();
				case 4 -> record.audioEndMs();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeClientEventConversationItemTruncate record) {
			return record.additionalProperties();
		}

	}
}
