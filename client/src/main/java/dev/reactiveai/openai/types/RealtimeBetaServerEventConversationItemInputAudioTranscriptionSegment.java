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
 * Returned when an input audio transcription segment is identified for an item.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be
 * {@code conversation.item.input_audio_transcription.segment}.
 * @param itemId The ID of the item containing the input audio content.
 * @param contentIndex The index of the input audio content part within the item.
 * @param text The text for this segment.
 * @param id The segment identifier.
 * @param speaker The detected speaker label for this segment.
 * @param start Start time of the segment in seconds.
 * @param end End time of the segment in seconds.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment.Reader.class)
public record RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment(
		@JsonProperty("event_id") String eventId, @JsonProperty("type") String type,
		@JsonProperty("item_id") String itemId, @JsonProperty("content_index") Long contentIndex,
		@JsonProperty("text") String text, @JsonProperty("id") String id, @JsonProperty("speaker") String speaker,
		@JsonProperty("start") Double start, @JsonProperty("end") Double end,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a
	 * {@link RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment},
	 * filling in {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be
	 * {@code conversation.item.input_audio_transcription.segment}.
	 * @param itemId The ID of the item containing the input audio content.
	 * @param contentIndex The index of the input audio content part within the item.
	 * @param text The text for this segment.
	 * @param id The segment identifier.
	 * @param speaker The detected speaker label for this segment.
	 * @param start Start time of the segment in seconds.
	 * @param end End time of the segment in seconds.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of
	 * {@link RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment}.
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
	 * Builds a
	 * {@link RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long contentIndex;

		private @Nullable String text;

		private @Nullable String id;

		private @Nullable String speaker;

		private @Nullable Double start;

		private @Nullable Double end;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.item.input_audio_transcription.segment";
		}

		private Builder(RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.itemId = source.itemId();
			this.contentIndex = source.contentIndex();
			this.text = source.text();
			this.id = source.id();
			this.speaker = source.speaker();
			this.start = source.start();
			this.end = source.end();
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
		 * The ID of the item containing the input audio content.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the input audio content part within the item.
		 * @param contentIndex the value (required)
		 * @return this builder
		 */
		public Builder contentIndex(@Nullable Long contentIndex) {
			this.contentIndex = contentIndex;
			return this;
		}

		/**
		 * The text for this segment.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * The segment identifier.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The detected speaker label for this segment.
		 * @param speaker the value (required)
		 * @return this builder
		 */
		public Builder speaker(@Nullable String speaker) {
			this.speaker = speaker;
			return this;
		}

		/**
		 * Start time of the segment in seconds.
		 * @param start the value (required)
		 * @return this builder
		 */
		public Builder start(@Nullable Double start) {
			this.start = start;
			return this;
		}

		/**
		 * End time of the segment in seconds.
		 * @param end the value (required)
		 * @return this builder
		 */
		public Builder end(@Nullable Double end) {
			this.end = end;
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
		public RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment build() {
			return new RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.contentIndex, "'contentIndex' is required"),
					Objects.requireNonNull(this.text, "'text' is required"),
					Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.speaker, "'speaker' is required"),
					Objects.requireNonNull(this.start, "'start' is required"),
					Objects.requireNonNull(this.end, "'end' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a
	 * {@link RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment} from
	 * the parser's tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader
			extends RecordDeserializer<RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment> {

		Reader() {
			super(RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment.class, "event_id", "type",
					"item_id", "content_index", "text", "id", "speaker", "start", "end");
		}

		@Override
		protected RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment create(
				@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment((String) values[0],
					(String) values[1], (String) values[2], (Long) values[3], (String) values[4], (String) values[5],
					(String) values[6], (Double) values[7], (Double) values[8], additionalProperties);
		}

	}

	/**
	 * Writes a
	 * {@link RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment}
	 * without reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer
			extends RecordSerializer<RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment> {

		Writer() {
			super(RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment.class, "event_id", "type",
					"item_id", "content_index", "text", "id", "speaker", "start", "end");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment record,
				int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.itemId();
				case 3 -> record.contentIndex();
				case 4 -> record.text();
				case 5 -> record.id();
				case 6 -> record.speaker();
				case 7 -> record.start();
				case 8 -> record.end();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(
				RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment record) {
			return record.additionalProperties();
		}

	}
}
