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
 * Returned when a Session is created. Emitted automatically when a new connection is
 * established as the first server event. This event will contain the default Session
 * configuration.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code session.created}.
 * @param session Realtime session object for the beta interface.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventSessionCreated.Reader.class)
public record RealtimeBetaServerEventSessionCreated(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("session") RealtimeSession session,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventSessionCreated}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code session.created}.
	 * @param session Realtime session object for the beta interface.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventSessionCreated {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventSessionCreated}.
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
	 * Builds a {@link RealtimeBetaServerEventSessionCreated}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable RealtimeSession session;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "session.created";
		}

		private Builder(RealtimeBetaServerEventSessionCreated source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.session = source.session();
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
		 * Realtime session object for the beta interface.
		 * @param session the value (required)
		 * @return this builder
		 */
		public Builder session(@Nullable RealtimeSession session) {
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
		public RealtimeBetaServerEventSessionCreated build() {
			return new RealtimeBetaServerEventSessionCreated(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.session, "'session' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventSessionCreated} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventSessionCreated> {

		Reader() {
			super(RealtimeBetaServerEventSessionCreated.class, "event_id", "type", "session");
		}

		@Override
		protected RealtimeBetaServerEventSessionCreated create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventSessionCreated((String) values[0], (String) values[1],
					(RealtimeSession) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventSessionCreated} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventSessionCreated> {

		Writer() {
			super(RealtimeBetaServerEventSessionCreated.class, "event_id", "type", "session");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventSessionCreated record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.session();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaServerEventSessionCreated record) {
			return record.additionalProperties();
		}

	}
}
