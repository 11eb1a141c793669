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
 * Send this event to update a transcription session.
 *
 * @param eventId Optional client-generated ID used to identify this event.
 * @param type The event type, must be {@code transcription_session.update}.
 * @param session Realtime transcription session object configuration.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaClientEventTranscriptionSessionUpdate.Reader.class)
public record RealtimeBetaClientEventTranscriptionSessionUpdate(@JsonProperty("event_id") @Nullable String eventId,
		@JsonProperty("type") String type, @JsonProperty("session") RealtimeTranscriptionSessionCreateRequest session,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaClientEventTranscriptionSessionUpdate}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param eventId Optional client-generated ID used to identify this event.
	 * @param type The event type, must be {@code transcription_session.update}.
	 * @param session Realtime transcription session object configuration.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaClientEventTranscriptionSessionUpdate {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaClientEventTranscriptionSessionUpdate}.
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
	 * Builds a {@link RealtimeBetaClientEventTranscriptionSessionUpdate}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable RealtimeTranscriptionSessionCreateRequest session;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "transcription_session.update";
		}

		private Builder(RealtimeBetaClientEventTranscriptionSessionUpdate source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.session = source.session();
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
		 * Realtime transcription session object configuration.
		 * @param session the value (required)
		 * @return this builder
		 */
		public Builder session(@Nullable RealtimeTranscriptionSessionCreateRequest session) {
			this.session = session;
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
		public RealtimeBetaClientEventTranscriptionSessionUpdate build() {
			return new RealtimeBetaClientEventTranscriptionSessionUpdate(this.eventId, this.type,
					Objects.requireNonNull(this.session, "'session' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaClientEventTranscriptionSessionUpdate} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaClientEventTranscriptionSessionUpdate> {

		Reader() {
			super(RealtimeBetaClientEventTranscriptionSessionUpdate.class, "event_id", "type", "session");
		}

		@Override
		protected RealtimeBetaClientEventTranscriptionSessionUpdate create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaClientEventTranscriptionSessionUpdate((String) values[0], (String) values[1],
					(RealtimeTranscriptionSessionCreateRequest) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaClientEventTranscriptionSessionUpdate} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaClientEventTranscriptionSessionUpdate> {

		Writer() {
			super(RealtimeBetaClientEventTranscriptionSessionUpdate.class, "event_id", "type", "session");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaClientEventTranscriptionSessionUpdate record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.session();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaClientEventTranscriptionSessionUpdate record) {
			return record.additionalProperties();
		}

	}
}
