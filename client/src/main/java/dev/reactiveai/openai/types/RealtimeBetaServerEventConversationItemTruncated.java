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
 * Returned when an earlier assistant audio message item is truncated by the client with a
 * {@code conversation.item.truncate} event. This event is used to synchronize the
 * server's understanding of the audio with the client's playback.
 * <p>
 * This action will truncate the audio and remove the server-side text transcript to
 * ensure there is no text in the context that hasn't been heard by the user.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code conversation.item.truncated}.
 * @param itemId The ID of the assistant message item that was truncated.
 * @param contentIndex The index of the content part that was truncated.
 * @param audioEndMs The duration up to which the audio was truncated, in milliseconds.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventConversationItemTruncated.Reader.class)
public record RealtimeBetaServerEventConversationItemTruncated(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("item_id") String itemId,
		@JsonProperty("content_index") Long contentIndex, @JsonProperty("audio_end_ms") Long audioEndMs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventConversationItemTruncated}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code conversation.item.truncated}.
	 * @param itemId The ID of the assistant message item that was truncated.
	 * @param contentIndex The index of the content part that was truncated.
	 * @param audioEndMs The duration up to which the audio was truncated, in
	 * milliseconds.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventConversationItemTruncated {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventConversationItemTruncated}.
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
	 * Builds a {@link RealtimeBetaServerEventConversationItemTruncated}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long contentIndex;

		private @Nullable Long audioEndMs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.item.truncated";
		}

		private Builder(RealtimeBetaServerEventConversationItemTruncated source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.itemId = source.itemId();
			this.contentIndex = source.contentIndex();
			this.audioEndMs = source.audioEndMs();
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
		 * The ID of the assistant message item that was truncated.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the content part that was truncated.
		 * @param contentIndex the value (required)
		 * @return this builder
		 */
		public Builder contentIndex(@Nullable Long contentIndex) {
			this.contentIndex = contentIndex;
			return this;
		}

		/**
		 * The duration up to which the audio was truncated, in milliseconds.
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
		public RealtimeBetaServerEventConversationItemTruncated build() {
			return new RealtimeBetaServerEventConversationItemTruncated(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.contentIndex, "'contentIndex' is required"),
					Objects.requireNonNull(this.audioEndMs, "'audioEndMs' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventConversationItemTruncated} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventConversationItemTruncated> {

		Reader() {
			super(RealtimeBetaServerEventConversationItemTruncated.class, "event_id", "type", "item_id",
					"content_index", "audio_end_ms");
		}

		@Override
		protected RealtimeBetaServerEventConversationItemTruncated create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventConversationItemTruncated((String) values[0], (String) values[1],
					(String) values[2], (Long) values[3], (Long) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventConversationItemTruncated} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventConversationItemTruncated> {

		Writer() {
			super(RealtimeBetaServerEventConversationItemTruncated.class, "event_id", "type", "item_id",
					"content_index", "audio_end_ms");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventConversationItemTruncated record, int index) {
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
		protected Map<String, Object> additionalProperties(RealtimeBetaServerEventConversationItemTruncated record) {
			return record.additionalProperties();
		}

	}
}
