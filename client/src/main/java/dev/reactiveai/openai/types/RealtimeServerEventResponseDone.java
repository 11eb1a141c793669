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
 * Returned when a Response is done streaming. Always emitted, no matter the final state.
 * The Response object included in the {@code response.done} event will include all output
 * Items in the Response but will omit the raw audio data.
 * <p>
 * Clients should check the {@code status} field of the Response to determine if it was
 * successful ({@code completed}) or if there was another outcome: {@code cancelled},
 * {@code failed}, or {@code incomplete}.
 * <p>
 * A response will contain all output items that were generated during the response,
 * excluding any audio content.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code response.done}.
 * @param response The response resource.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeServerEventResponseDone.Reader.class)
public record RealtimeServerEventResponseDone(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("response") RealtimeResponse response,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RealtimeServerEvent {

	/**
	 * Creates a {@link RealtimeServerEventResponseDone}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code response.done}.
	 * @param response The response resource.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeServerEventResponseDone {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeServerEventResponseDone}.
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
	 * Builds a {@link RealtimeServerEventResponseDone}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable RealtimeResponse response;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.done";
		}

		private Builder(RealtimeServerEventResponseDone source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.response = source.response();
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
		 * The response resource.
		 * @param response the value (required)
		 * @return this builder
		 */
		public Builder response(@Nullable RealtimeResponse response) {
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
		public RealtimeServerEventResponseDone build() {
			return new RealtimeServerEventResponseDone(Objects.requireNonNull(this.eventId, "'eventId' is required"),
					this.type, Objects.requireNonNull(this.response, "'response' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeServerEventResponseDone} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeServerEventResponseDone> {

		Reader() {
			super(RealtimeServerEventResponseDone.class, "event_id", "type", "response");
		}

		@Override
		protected RealtimeServerEventResponseDone create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeServerEventResponseDone((String) values[0], (String) values[1],
					(RealtimeResponse) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeServerEventResponseDone} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeServerEventResponseDone> {

		Writer() {
			super(RealtimeServerEventResponseDone.class, "event_id", "type", "response");
		}

		@Override
		protected @Nullable Object value(RealtimeServerEventResponseDone record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.response();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeServerEventResponseDone record) {
			return record.additionalProperties();
		}

	}
}
