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
 * Returned when a new Response is created. The first event of response creation, where
 * the response is in an initial state of {@code in_progress}.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code response.created}.
 * @param response The response resource.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventResponseCreated.Reader.class)
public record RealtimeBetaServerEventResponseCreated(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("response") RealtimeBetaResponse response,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventResponseCreated}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code response.created}.
	 * @param response The response resource.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventResponseCreated {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventResponseCreated}.
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
	 * Builds a {@link RealtimeBetaServerEventResponseCreated}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable RealtimeBetaResponse response;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.created";
		}

		private Builder(RealtimeBetaServerEventResponseCreated source) {
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
		public Builder response(@Nullable RealtimeBetaResponse response) {
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
		public RealtimeBetaServerEventResponseCreated build() {
			return new RealtimeBetaServerEventResponseCreated(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.response, "'response' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventResponseCreated} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventResponseCreated> {

		Reader() {
			super(RealtimeBetaServerEventResponseCreated.class, "event_id", "type", "response");
		}

		@Override
		protected RealtimeBetaServerEventResponseCreated create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventResponseCreated((String) values[0], (String) values[1],
					(RealtimeBetaResponse) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventResponseCreated} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventResponseCreated> {

		Writer() {
			super(RealtimeBetaServerEventResponseCreated.class, "event_id", "type", "response");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventResponseCreated record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.response();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaServerEventResponseCreated record) {
			return record.additionalProperties();
		}

	}
}
