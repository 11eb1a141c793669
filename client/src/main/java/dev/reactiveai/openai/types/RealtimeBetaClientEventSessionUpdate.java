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
 * Send this event to update the session’s default configuration. The client may send this
 * event at any time to update any field, except for {@code voice}. However, note that
 * once a session has been initialized with a particular {@code model}, it can’t be
 * changed to another model using {@code session.update}.
 * <p>
 * When the server receives a {@code session.update}, it will respond with a
 * {@code session.updated} event showing the full, effective configuration. Only the
 * fields that are present are updated. To clear a field like {@code instructions}, pass
 * an empty string.
 *
 * @param eventId Optional client-generated ID used to identify this event.
 * @param type The event type, must be {@code session.update}.
 * @param session A new Realtime session configuration, with an ephemeral key. Default TTL
 * for keys is one minute.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaClientEventSessionUpdate.Reader.class)
public record RealtimeBetaClientEventSessionUpdate(@JsonProperty("event_id") @Nullable String eventId,
		@JsonProperty("type") String type, @JsonProperty("session") RealtimeSessionCreateRequest session,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaClientEventSessionUpdate}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId Optional client-generated ID used to identify this event.
	 * @param type The event type, must be {@code session.update}.
	 * @param session A new Realtime session configuration, with an ephemeral key.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaClientEventSessionUpdate {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaClientEventSessionUpdate}.
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
	 * Builds a {@link RealtimeBetaClientEventSessionUpdate}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable RealtimeSessionCreateRequest session;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "session.update";
		}

		private Builder(RealtimeBetaClientEventSessionUpdate source) {
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
		 * A new Realtime session configuration, with an ephemeral key.
		 * @param session the value (required)
		 * @return this builder
		 */
		public Builder session(@Nullable RealtimeSessionCreateRequest session) {
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
		public RealtimeBetaClientEventSessionUpdate build() {
			return new RealtimeBetaClientEventSessionUpdate(this.eventId, this.type,
					Objects.requireNonNull(this.session, "'session' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaClientEventSessionUpdate} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaClientEventSessionUpdate> {

		Reader() {
			super(RealtimeBetaClientEventSessionUpdate.class, "event_id", "type", "session");
		}

		@Override
		protected RealtimeBetaClientEventSessionUpdate create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaClientEventSessionUpdate((String) values[0], (String) values[1],
					(RealtimeSessionCreateRequest) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaClientEventSessionUpdate} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaClientEventSessionUpdate> {

		Writer() {
			super(RealtimeBetaClientEventSessionUpdate.class, "event_id", "type", "session");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaClientEventSessionUpdate record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.session();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaClientEventSessionUpdate record) {
			return record.additionalProperties();
		}

	}
}
