// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Returned when the text value of an input audio transcription content part is updated
 * with incremental transcription results.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be
 * {@code conversation.item.input_audio_transcription.delta}.
 * @param itemId The ID of the item containing the audio that is being transcribed.
 * @param contentIndex The index of the content part in the item's content array.
 * @param delta The text delta.
 * @param logprobs The log probabilities of the transcription. These can be enabled by
 * configurating the session with
 * {@code "include": ["item.input_audio_transcription.logprobs"]}. Each entry in the array
 * corresponds a log probability of which token would be selected for this chunk of
 * transcription. This can help to identify if it was possible there were multiple valid
 * options for a given chunk of transcription.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventConversationItemInputAudioTranscriptionDelta.Reader.class)
public record RealtimeServerEventConversationItemInputAudioTranscriptionDelta(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("item_id") String itemId,
		@JsonProperty("content_index") @Nullable Long contentIndex, @JsonProperty("delta") @Nullable String delta,
		@JsonProperty("logprobs") @Nullable List<LogProbProperties> logprobs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventConversationItemInputAudioTranscriptionDelta},
	 * filling in {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be
	 * {@code conversation.item.input_audio_transcription.delta}.
	 * @param itemId The ID of the item containing the audio that is being transcribed.
	 * @param contentIndex The index of the content part in the item's content array.
	 * @param delta The text delta.
	 * @param logprobs The log probabilities of the transcription.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventConversationItemInputAudioTranscriptionDelta {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of
	 * {@link RealtimeServerEventConversationItemInputAudioTranscriptionDelta}.
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
	 * Builds a {@link RealtimeServerEventConversationItemInputAudioTranscriptionDelta}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long contentIndex;

		private @Nullable String delta;

		private @Nullable List<LogProbProperties> logprobs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.item.input_audio_transcription.delta";
		}

		private Builder(RealtimeServerEventConversationItemInputAudioTranscriptionDelta source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.itemId = source.itemId();
			this.contentIndex = source.contentIndex();
			this.delta = source.delta();
			this.logprobs = (source.logprobs() != null) ? new ArrayList<>(source.logprobs()) : null;
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
		 * The ID of the item containing the audio that is being transcribed.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the content part in the item's content array.
		 * @param contentIndex the value
		 * @return this builder
		 */
		public Builder contentIndex(@Nullable Long contentIndex) {
			this.contentIndex = contentIndex;
			return this;
		}

		/**
		 * The text delta.
		 * @param delta the value
		 * @return this builder
		 */
		public Builder delta(@Nullable String delta) {
			this.delta = delta;
			return this;
		}

		/**
		 * The log probabilities of the transcription.
		 * <p>
		 * Takes a copy of the list.
		 * @param logprobs the value
		 * @return this builder
		 */
		public Builder logprobs(@Nullable List<LogProbProperties> logprobs) {
			this.logprobs = (logprobs != null) ? new ArrayList<>(logprobs) : null;
			return this;
		}

		/**
		 * The log probabilities of the transcription.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param logprob the item to add
		 * @return this builder
		 */
		public Builder addLogprob(LogProbProperties logprob) {
			Objects.requireNonNull(logprob, "'logprob' must not be null");
			if (this.logprobs == null) {
				this.logprobs = new ArrayList<>();
			}
			this.logprobs.add(logprob);
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
		public RealtimeServerEventConversationItemInputAudioTranscriptionDelta build() {
			return new RealtimeServerEventConversationItemInputAudioTranscriptionDelta(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"), this.contentIndex, this.delta,
					(this.logprobs != null) ? Collections.unmodifiableList(new ArrayList<>(this.logprobs)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventConversationItemInputAudioTranscriptionDelta}
	 * from the parser's tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader
			extends RecordDeserializer<RealtimeServerEventConversationItemInputAudioTranscriptionDelta> {

		Reader() {
			super(RealtimeServerEventConversationItemInputAudioTranscriptionDelta.class, "event_id", "type", "item_id",
					"content_index", "delta", "logprobs");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeServerEventConversationItemInputAudioTranscriptionDelta create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventConversationItemInputAudioTranscriptionDelta((String) values[0],
					(String) values[1], (String) values[2], (Long) values[3], (String) values[4],
					(List<LogProbProperties>) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventConversationItemInputAudioTranscriptionDelta}
	 * without reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer
			extends RecordSerializer<RealtimeServerEventConversationItemInputAudioTranscriptionDelta> {

		Writer() {
			super(RealtimeServerEventConversationItemInputAudioTranscriptionDelta.class, "event_id", "type", "item_id",
					"content_index", "delta", "logprobs");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventConversationItemInputAudioTranscriptionDelta record,
				int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.itemId();
				case 3 -> record.contentIndex();
				case 4 -> record.delta();
				case 5 -> record.logprobs();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(
				RealtimeServerEventConversationItemInputAudioTranscriptionDelta record) {
			return record.additionalProperties();
		}

	}
}
