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
 * An event that is emitted when a response fails.
 *
 * @param type The type of the event. Always {@code response.failed}.
 * @param sequenceNumber The sequence number of this event.
 * @param response The response that failed.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseFailedEvent.Reader.class)
public record ResponseFailedEvent(@JsonProperty("type") String type,
		@JsonProperty("sequence_number") Long sequenceNumber, @JsonProperty("response") Response response,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseFailedEvent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the event.
	 * @param sequenceNumber The sequence number of this event.
	 * @param response The response that failed.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseFailedEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseFailedEvent}.
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
	 * Builds a {@link ResponseFailedEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long sequenceNumber;

		private @Nullable Response response;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.failed";
		}

		private Builder(ResponseFailedEvent source) {
			this.type = source.type();
			this.sequenceNumber = source.sequenceNumber();
			this.response = source.response();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The sequence number of this event.
		 * @param sequenceNumber the value (required)
		 * @return this builder
		 */
		public Builder sequenceNumber(@Nullable Long sequenceNumber) {
			this.sequenceNumber = sequenceNumber;
			return this;
		}

		/**
		 * The response that failed.
		 * @param response the value (required)
		 * @return this builder
		 */
		public Builder response(@Nullable Response response) {
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
		public ResponseFailedEvent build() {
			return new ResponseFailedEvent(this.type,
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					Objects.requireNonNull(this.response, "'response' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseFailedEvent} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseFailedEvent> {

		Reader() {
			super(ResponseFailedEvent.class, "type", "sequence_number", "response");
		}

		@Override
		protected ResponseFailedEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseFailedEvent((String) values[0], (Long) values[1], (Response) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseFailedEvent} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseFailedEvent> {

		Writer() {
			super(ResponseFailedEvent.class, "type", "sequence_number", "response");
		}

		@Override
		protected @Nullable Object value(ResponseFailedEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.sequenceNumber();
				case 2 -> record.response();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseFailedEvent record) {
			return record.additionalProperties();
		}

	}
}
