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
 * Returned when a session is updated with a {@code session.update} event, unless there is
 * an error.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code session.updated}.
 * @param session Realtime session object for the beta interface.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventSessionUpdated.Reader.class)
public record RealtimeBetaServerEventSessionUpdated(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("session") RealtimeSession session,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventSessionUpdated}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code session.updated}.
	 * @param session Realtime session object for the beta interface.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventSessionUpdated {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventSessionUpdated}.
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
	 * Builds a {@link RealtimeBetaServerEventSessionUpdated}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable RealtimeSession session;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "session.updated";
		}

		private Builder(RealtimeBetaServerEventSessionUpdated source) {
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
		public RealtimeBetaServerEventSessionUpdated build() {
			return new RealtimeBetaServerEventSessionUpdated(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.session, "'session' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventSessionUpdated} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventSessionUpdated> {

		Reader() {
			super(RealtimeBetaServerEventSessionUpdated.class, "event_id", "type", "session");
		}

		@Override
		protected RealtimeBetaServerEventSessionUpdated create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventSessionUpdated((String) values[0], (String) values[1],
					(RealtimeSession) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventSessionUpdated} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventSessionUpdated> {

		Writer() {
			super(RealtimeBetaServerEventSessionUpdated.class, "event_id", "type", "session");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventSessionUpdated record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.session();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaServerEventSessionUpdated record) {
			return record.additionalProperties();
		}

	}
}
