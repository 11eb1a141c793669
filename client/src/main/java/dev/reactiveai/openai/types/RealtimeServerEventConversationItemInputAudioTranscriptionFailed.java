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
 * Returned when input audio transcription is configured, and a transcription request for
 * a user message failed. These events are separate from other {@code error} events so
 * that the client can identify the related Item.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be
 * {@code conversation.item.input_audio_transcription.failed}.
 * @param itemId The ID of the user message item.
 * @param contentIndex The index of the content part containing the audio.
 * @param error Details of the transcription error.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventConversationItemInputAudioTranscriptionFailed.Reader.class)
public record RealtimeServerEventConversationItemInputAudioTranscriptionFailed(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("item_id") String itemId,
		@JsonProperty("content_index") Long contentIndex,
		@JsonProperty("error") RealtimeServerEventConversationItemInputAudioTranscriptionFailed.Error error,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventConversationItemInputAudioTranscriptionFailed},
	 * filling in {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be
	 * {@code conversation.item.input_audio_transcription.failed}.
	 * @param itemId The ID of the user message item.
	 * @param contentIndex The index of the content part containing the audio.
	 * @param error Details of the transcription error.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventConversationItemInputAudioTranscriptionFailed {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of
	 * {@link RealtimeServerEventConversationItemInputAudioTranscriptionFailed}.
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
	 * Details of the transcription error.
	 *
	 * @param type The type of error.
	 * @param code Error code, if any.
	 * @param message A human-readable error message.
	 * @param param Parameter related to the error, if any.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Error.Reader.class)
	public static record Error(@JsonProperty("type") @Nullable String type, @JsonProperty("code") @Nullable String code,
			@JsonProperty("message") @Nullable String message, @JsonProperty("param") @Nullable String param,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Error}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param type The type of error.
		 * @param code Error code, if any.
		 * @param message A human-readable error message.
		 * @param param Parameter related to the error, if any.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Error {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Error}.
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
		 * Builds a {@link Error}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable String code;

			private @Nullable String message;

			private @Nullable String param;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Error source) {
				this.type = source.type();
				this.code = source.code();
				this.message = source.message();
				this.param = source.param();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The type of error.
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable String type) {
				this.type = type;
				return this;
			}

			/**
			 * Error code, if any.
			 * @param code the value
			 * @return this builder
			 */
			public Builder code(@Nullable String code) {
				this.code = code;
				return this;
			}

			/**
			 * A human-readable error message.
			 * @param message the value
			 * @return this builder
			 */
			public Builder message(@Nullable String message) {
				this.message = message;
				return this;
			}

			/**
			 * Parameter related to the error, if any.
			 * @param param the value
			 * @return this builder
			 */
			public Builder param(@Nullable String param) {
				this.param = param;
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
			public Error build() {
				return new Error(this.type, this.code, this.message, this.param, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Error} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Error> {

			Reader() {
				super(Error.class, "type", "code", "message", "param");
			}

			@Override
			protected Error create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Error((String) values[0], (String) values[1], (String) values[2], (String) values[3],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link Error} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Error> {

			Writer() {
				super(Error.class, "type", "code", "message", "param");
			}

			@Override
			protected @Nullable Object value(Error record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.code();
					case 2 -> record.message();
					case 3 -> record.param();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Error record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RealtimeServerEventConversationItemInputAudioTranscriptionFailed}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String itemId;

		private @Nullable Long contentIndex;

		private @Nullable Error error;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "conversation.item.input_audio_transcription.failed";
		}

		private Builder(RealtimeServerEventConversationItemInputAudioTranscriptionFailed source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.itemId = source.itemId();
			this.contentIndex = source.contentIndex();
			this.error = source.error();
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
		 * The ID of the user message item.
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
		 * Details of the transcription error.
		 * @param error the value (required)
		 * @return this builder
		 */
		public Builder error(@Nullable Error error) {
			this.error = error;
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
		public RealtimeServerEventConversationItemInputAudioTranscriptionFailed build() {
			return new RealtimeServerEventConversationItemInputAudioTranscriptionFailed(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.contentIndex, "'contentIndex' is required"),
					Objects.requireNonNull(this.error, "'error' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventConversationItemInputAudioTranscriptionFailed}
	 * from the parser's tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader
			extends RecordDeserializer<RealtimeServerEventConversationItemInputAudioTranscriptionFailed> {

		Reader() {
			super(RealtimeServerEventConversationItemInputAudioTranscriptionFailed.class, "event_id", "type", "item_id",
					"content_index", "error");
		}

		@Override
		protected RealtimeServerEventConversationItemInputAudioTranscriptionFailed create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventConversationItemInputAudioTranscriptionFailed((String) values[0],
					(String) values[1], (String) values[2], (Long) values[3], (Error) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventConversationItemInputAudioTranscriptionFailed}
	 * without reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer
			extends RecordSerializer<RealtimeServerEventConversationItemInputAudioTranscriptionFailed> {

		Writer() {
			super(RealtimeServerEventConversationItemInputAudioTranscriptionFailed.class, "event_id", "type", "item_id",
					"content_index", "error");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventConversationItemInputAudioTranscriptionFailed record,
				int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.itemId();
				case 3 -> record.contentIndex();
				case 4 -> record.error();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(
				RealtimeServerEventConversationItemInputAudioTranscriptionFailed record) {
			return record.additionalProperties();
		}

	}
}
