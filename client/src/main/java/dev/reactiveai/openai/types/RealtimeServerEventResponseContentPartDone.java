// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Returned when a content part is done streaming in an assistant message item. Also
 * emitted when a Response is interrupted, incomplete, or cancelled.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code response.content_part.done}.
 * @param responseId The ID of the response.
 * @param itemId The ID of the item.
 * @param outputIndex The index of the output item in the response.
 * @param contentIndex The index of the content part in the item's content array.
 * @param part The content part that is done.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventResponseContentPartDone.Reader.class)
public record RealtimeServerEventResponseContentPartDone(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("response_id") String responseId,
		@JsonProperty("item_id") String itemId, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("content_index") Long contentIndex,
		@JsonProperty("part") RealtimeServerEventResponseContentPartDone.Part part,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventResponseContentPartDone}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code response.content_part.done}.
	 * @param responseId The ID of the response.
	 * @param itemId The ID of the item.
	 * @param outputIndex The index of the output item in the response.
	 * @param contentIndex The index of the content part in the item's content array.
	 * @param part The content part that is done.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventResponseContentPartDone {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventResponseContentPartDone}.
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
	 * The content part that is done.
	 *
	 * @param type The content type ("text", "audio").
	 * @param text The text content (if type is "text").
	 * @param audio Base64-encoded audio data (if type is "audio").
	 * @param transcript The transcript of the audio (if type is "audio").
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Part.Reader.class)
	public static record Part(@JsonProperty("type") Part.@Nullable Type type,
			@JsonProperty("text") @Nullable String text, @JsonProperty("audio") @Nullable String audio,
			@JsonProperty("transcript") @Nullable String transcript,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Part}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param type The content type ("text", "audio").
		 * @param text The text content (if type is "text").
		 * @param audio Base64-encoded audio data (if type is "audio").
		 * @param transcript The transcript of the audio (if type is "audio").
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Part {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Part}.
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
		 * The content type ("text", "audio").
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Type(@JsonValue String value) {
			/**
			 * The value {@code audio}.
			 */
			public static final Type AUDIO = new Type("audio");

			/**
			 * The value {@code text}.
			 */
			public static final Type TEXT = new Type("text");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Type {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Type of(String value) {
				return switch (value) {
					case "audio" -> AUDIO;
					case "text" -> TEXT;
					default -> new Type(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "audio", "text" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link Part}.
		 */
		public static final class Builder {

			private @Nullable Type type;

			private @Nullable String text;

			private @Nullable String audio;

			private @Nullable String transcript;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Part source) {
				this.type = source.type();
				this.text = source.text();
				this.audio = source.audio();
				this.transcript = source.transcript();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The content type ("text", "audio").
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable Type type) {
				this.type = type;
				return this;
			}

			/**
			 * The content type ("text", "audio").
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder type(String value) {
				return type(Type.of(value));
			}

			/**
			 * The text content (if type is "text").
			 * @param text the value
			 * @return this builder
			 */
			public Builder text(@Nullable String text) {
				this.text = text;
				return this;
			}

			/**
			 * Base64-encoded audio data (if type is "audio").
			 * @param audio the value
			 * @return this builder
			 */
			public Builder audio(@Nullable String audio) {
				this.audio = audio;
				return this;
			}

			/**
			 * The transcript of the audio (if type is "audio").
			 * @param transcript the value
			 * @return this builder
			 */
			public Builder transcript(@Nullable String transcript) {
				this.transcript = transcript;
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
			public Part build() {
				return new Part(this.type, this.text, this.audio, this.transcript, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Part} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Part> {

			Reader() {
				super(Part.class, "type", "text", "audio", "transcript");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> Type.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected Part create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Part((Type) values[0], (String) values[1], (String) values[2], (String) values[3],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link Part} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Part> {

			Writer() {
				super(Part.class, "type", "text", "audio", "transcript");
			}

			@Override
			protected @Nullable Object value(Part record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.text();
					case 2 -> record.audio();
					case 3 -> record.transcript();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Part record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RealtimeServerEventResponseContentPartDone}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String responseId;

		private @Nullable String itemId;

		private @Nullable Long outputIndex;

		private @Nullable Long contentIndex;

		private @Nullable Part part;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.content_part.done";
		}

		private Builder(RealtimeServerEventResponseContentPartDone source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.responseId = source.responseId();
			this.itemId = source.itemId();
			this.outputIndex = source.outputIndex();
			this.contentIndex = source.contentIndex();
			this.part = source.part();
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
		 * The ID of the item.
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
		 * The index of the content part in the item's content array.
		 * @param contentIndex the value (required)
		 * @return this builder
		 */
		public Builder contentIndex(@Nullable Long contentIndex) {
			this.contentIndex = contentIndex;
			return this;
		}

		/**
		 * The content part that is done.
		 * @param part the value (required)
		 * @return this builder
		 */
		public Builder part(@Nullable Part part) {
			this.part = part;
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
		public RealtimeServerEventResponseContentPartDone build() {
			return new RealtimeServerEventResponseContentPartDone(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.responseId, "'responseId' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.contentIndex, "'contentIndex' is required"),
					Objects.requireNonNull(this.part, "'part' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventResponseContentPartDone} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventResponseContentPartDone> {

		Reader() {
			super(RealtimeServerEventResponseContentPartDone.class, "event_id", "type", "response_id", "item_id",
					"output_index", "content_index", "part");
		}

		@Override
		protected RealtimeServerEventResponseContentPartDone create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventResponseContentPartDone((String) values[0], (String) values[1],
					(String) values[2], (String) values[3], (Long) values[4], (Long) values[5], (Part) values[6],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventResponseContentPartDone} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventResponseContentPartDone> {

		Writer() {
			super(RealtimeServerEventResponseContentPartDone.class, "event_id", "type", "response_id", "item_id",
					"output_index", "content_index", "part");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventResponseContentPartDone record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.responseId();
				case 3 -> record.itemId();
				case 4 -> record.outputIndex();
				case 5 -> record.contentIndex();
				case 6 -> record.part();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventResponseContentPartDone record) {
			return record.additionalProperties();
		}

	}
}
