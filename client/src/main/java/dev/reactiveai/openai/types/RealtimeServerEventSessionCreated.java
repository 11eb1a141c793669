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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Returned when a Session is created. Emitted automatically when a new connection is
 * established as the first server event. This event will contain the default Session
 * configuration.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code session.created}.
 * @param session The session configuration.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventSessionCreated.Reader.class)
public record RealtimeServerEventSessionCreated(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("session") RealtimeServerEventSessionCreated.Session session,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventSessionCreated}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code session.created}.
	 * @param session The session configuration.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventSessionCreated {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventSessionCreated}.
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
	 * The session configuration.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Session.Deserializer.class)
	public sealed interface Session
			permits RealtimeSessionCreateRequestGA, RealtimeTranscriptionSessionCreateRequestGA, Session.Unknown {

		/**
		 * A {@link Session} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Session, UnknownVariant {
		}

		/**
		 * Reads a {@link Session} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Session> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Session>variants(Unknown::new)
					.discriminator("type")
					.object(RealtimeSessionCreateRequestGA.class,
							VariantShape
								.declaring("type", "output_modalities", "model", "instructions", "audio", "include",
										"tracing", "tools", "tool_choice", "max_output_tokens", "truncation", "prompt")
								.requiring("type")
								.values("type", "realtime"))
					.object(RealtimeTranscriptionSessionCreateRequestGA.class,
							VariantShape.declaring("type", "audio", "include")
								.requiring("type")
								.values("type", "transcription")));
			}

		}

	}

	/**
	 * Builds a {@link RealtimeServerEventSessionCreated}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable Session session;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "session.created";
		}

		private Builder(RealtimeServerEventSessionCreated source) {
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
		 * The session configuration.
		 * @param session the value (required)
		 * @return this builder
		 */
		public Builder session(@Nullable Session session) {
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
		public RealtimeServerEventSessionCreated build() {
			return new RealtimeServerEventSessionCreated(Objects.requireNonNull(this.eventId, "'eventId' is required"),
					this.type, Objects.requireNonNull(this.session, "'session' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventSessionCreated} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventSessionCreated> {

		Reader() {
			super(RealtimeServerEventSessionCreated.class, "event_id", "type", "session");
		}

		@Override
		protected RealtimeServerEventSessionCreated create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventSessionCreated((String) values[0], (String) values[1], (Session) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventSessionCreated} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventSessionCreated> {

		Writer() {
			super(RealtimeServerEventSessionCreated.class, "event_id", "type", "session");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventSessionCreated record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.session();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventSessionCreated record) {
			return record.additionalProperties();
		}

	}
}
