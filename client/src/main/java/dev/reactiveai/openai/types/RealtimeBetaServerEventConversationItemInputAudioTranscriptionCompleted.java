// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * This event is the output of audio transcription for user audio written to the user
 * audio buffer. Transcription begins when the input audio buffer is committed by the
 * client or server (in {@code server_vad} mode). Transcription runs asynchronously with
 * Response creation, so this event may come before or after the Response events.
 * <p>
 * Realtime API models accept audio natively, and thus input transcription is a separate
 * process run on a separate ASR (Automatic Speech Recognition) model. The transcript may
 * diverge somewhat from the model's interpretation, and should be treated as a rough
 * guide.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be
 * {@code conversation.item.input_audio_transcription.completed}.
 * @param itemId The ID of the user message item containing the audio.
 * @param contentIndex The index of the content part containing the audio.
 * @param transcript The transcribed text.
 * @param logprobs The log probabilities of the transcription.
 * @param usage Usage statistics for the transcription.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted.Reader.class)
public record RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted(
		@JsonProperty("event_id") String eventId, @JsonProperty("type") String type,
		@JsonProperty("item_id") String itemId, @JsonProperty("content_index") Long contentIndex,
		@JsonProperty("transcript") String transcript,
		@JsonProperty("logprobs") @Nullable List<LogProbProperties> logprobs,
		@JsonProperty("usage") RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted.Usage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a
	 * {@link RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted},
	 * filling in {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be
	 * {@code conversation.item.input_audio_transcription.completed}.
	 * @param itemId The ID of the user message item containing the audio.
	 * @param contentIndex The index of the content part containing the audio.
	 * @param transcript The transcribed text.
	 * @param logprobs The log probabilities of the transcription.
	 * @param usage Usage statistics for the transcription.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of
	 * {@link RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted}.
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
	 * Usage statistics for the transcription.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Usage.Deserializer.class)
	public sealed interface Usage permits TranscriptTextUsageTokens, TranscriptTextUsageDuration, Usage.Unknown {

		/**
		 * A {@link Usage} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Usage, UnknownVariant {
		}

		/**
		 * Reads a {@link Usage} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Usage> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Usage>variants(Unknown::new)
					.discriminator("type")
					.object(TranscriptTextUsageTokens.class, VariantShape
						.declaring("type", "input_tokens", "input_token_details", "output_tokens", "total_tokens")
						.requiring("type", "input_tokens", "output_tokens", "total_tokens")
						.values("type", "tokens"))
					.object(TranscriptTextUsageDuration.class,
							VariantShape.declaring("type", "seconds")
								.requiring("type", "seconds")
								.values("type", "duration")));
			}

		}

	}

	/**
	 * Builds a
	 * {@link RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long contentIndex;

		private @Nullable String transcript;

		private @Nullable List<LogProbProperties> logprobs;

		private @Nullable Usage usage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.item.input_audio_transcription.completed";
		}

		private Builder(RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.itemId = source.itemId();
			this.contentIndex = source.contentIndex();
			this.transcript = source.transcript();
			this.logprobs = (source.logprobs() != null) ? new ArrayList<>(source.logprobs()) : null;
			this.usage = source.usage();
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
		 * The ID of the user message item containing the audio.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * The index of the content part containing the audio.
		 * @param contentIndex the value (required)
		 * @return this builder
		 */
		public Builder contentIndex(@Nullable Long contentIndex) {
			this.contentIndex = contentIndex;
			return this;
		}

		/**
		 * The transcribed text.
		 * @param transcript the value (required)
		 * @return this builder
		 */
		public Builder transcript(@Nullable String transcript) {
			this.transcript = transcript;
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
		 * Usage statistics for the transcription.
		 * @param usage the value (required)
		 * @return this builder
		 */
		public Builder usage(@Nullable Usage usage) {
			this.usage = usage;
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
		public RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted build() {
			return new RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.contentIndex, "'contentIndex' is required"),
					Objects.requireNonNull(this.transcript, "'transcript' is required"),
					(this.logprobs != null) ? Collections.unmodifiableList(new ArrayList<>(this.logprobs)) : null,
					Objects.requireNonNull(this.usage, "'usage' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a
	 * {@link RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted}
	 * from the parser's tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader
			extends RecordDeserializer<RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted> {

		Reader() {
			super(RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted.class, "event_id", "type",
					"item_id", "content_index", "transcript", "logprobs", "usage");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted create(
				@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted((String) values[0],
					(String) values[1], (String) values[2], (Long) values[3], (String) values[4],
					(List<LogProbProperties>) values[5], (Usage) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a
	 * {@link RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted}
	 * without reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer
			extends RecordSerializer<RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted> {

		Writer() {
			super(RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted.class, "event_id", "type",
					"item_id", "content_index", "transcript", "logprobs", "usage");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted record,
				int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.itemId();
				case 3 -> record.contentIndex();
				case 4 -> record.transcript();
				case 5 -> record.logprobs();
				case 6 -> record.usage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(
				RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted record) {
			return record.additionalProperties();
		}

	}
}
