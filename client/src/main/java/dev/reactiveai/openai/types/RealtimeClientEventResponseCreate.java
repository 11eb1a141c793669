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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * This event instructs the server to create a Response, which means triggering model
 * inference. When in Server VAD mode, the server will create Responses automatically.
 * <p>
 * A Response will include at least one Item, and may have two, in which case the second
 * will be a function call. These Items will be appended to the conversation history by
 * default.
 * <p>
 * The server will respond with a {@code response.created} event, events for Items and
 * content created, and finally a {@code response.done} event to indicate the Response is
 * complete.
 * <p>
 * The {@code response.create} event includes inference configuration like
 * {@code instructions} and {@code tools}. If these are set, they will override the
 * Session's configuration for this Response only.
 * <p>
 * Responses can be created out-of-band of the default Conversation, meaning that they can
 * have arbitrary input, and it's possible to disable writing the output to the
 * Conversation. Only one Response can write to the default Conversation at a time, but
 * otherwise multiple Responses can be created in parallel. The {@code metadata} field is
 * a good way to disambiguate multiple simultaneous Responses.
 * <p>
 * Clients can set {@code conversation} to {@code none} to create a Response that does not
 * write to the default Conversation. Arbitrary input can be provided with the
 * {@code input} field, which is an array accepting raw Items and references to existing
 * Items.
 *
 * @param eventId Optional client-generated ID used to identify this event.
 * @param type The event type, must be {@code response.create}.
 * @param response Create a new Realtime response with these parameters
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeClientEventResponseCreate.Reader.class)
public record RealtimeClientEventResponseCreate(@JsonProperty("event_id") @Nullable String eventId,
		@JsonProperty("type") String type, @JsonProperty("response") @Nullable RealtimeResponseCreateParams response,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeClientEvent {

	/**
	 * Creates a {@link RealtimeClientEventResponseCreate}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId Optional client-generated ID used to identify this event.
	 * @param type The event type, must be {@code response.create}.
	 * @param response Create a new Realtime response with these parameters
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeClientEventResponseCreate {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeClientEventResponseCreate}.
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
	 * Builds a {@link RealtimeClientEventResponseCreate}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable RealtimeResponseCreateParams response;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.create";
		}

		private Builder(RealtimeClientEventResponseCreate source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.response = source.response();
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
		 * Create a new Realtime response with these parameters
		 * @param response the value
		 * @return this builder
		 */
		public Builder response(@Nullable RealtimeResponseCreateParams response) {
			this.response = response;
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
		public RealtimeClientEventResponseCreate build() {
			return new RealtimeClientEventResponseCreate(this.eventId, this.type, this.response,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeClientEventResponseCreate} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeClientEventResponseCreate> {

		Reader() {
			super(RealtimeClientEventResponseCreate.class, "event_id", "type", "response");
		}

		@Override
		protected RealtimeClientEventResponseCreate create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeClientEventResponseCreate((String) values[0], (String) values[1],
					(RealtimeResponseCreateParams) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeClientEventResponseCreate} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeClientEventResponseCreate> {

		Writer() {
			super(RealtimeClientEventResponseCreate.class, "event_id", "type", "response");
		}

		@Override
		protected @Nullable Object value(RealtimeClientEventResponseCreate record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.response();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeClientEventResponseCreate record) {
			return record.additionalProperties();
		}

	}
}
