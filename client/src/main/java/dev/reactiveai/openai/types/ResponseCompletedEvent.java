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
 * Emitted when the model response is complete.
 *
 * @param type The type of the event. Always {@code response.completed}.
 * @param response Properties of the completed response.
 * @param sequenceNumber The sequence number for this event.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseCompletedEvent.Reader.class)
public record ResponseCompletedEvent(@JsonProperty("type") String type, @JsonProperty("response") Response response,
		@JsonProperty("sequence_number") Long sequenceNumber,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseCompletedEvent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the event.
	 * @param response Properties of the completed response.
	 * @param sequenceNumber The sequence number for this event.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseCompletedEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseCompletedEvent}.
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
	 * Builds a {@link ResponseCompletedEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Response response;

		private @Nullable Long sequenceNumber;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.completed";
		}

		private Builder(ResponseCompletedEvent source) {
			this.type = source.type();
			this.response = source.response();
			this.sequenceNumber = source.sequenceNumber();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Properties of the completed response.
		 * @param response the value (required)
		 * @return this builder
		 */
		public Builder response(@Nullable Response response) {
			this.response = response;
			return this;
		}

		/**
		 * The sequence number for this event.
		 * @param sequenceNumber the value (required)
		 * @return this builder
		 */
		public Builder sequenceNumber(@Nullable Long sequenceNumber) {
			this.sequenceNumber = sequenceNumber;
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
		public ResponseCompletedEvent build() {
			return new ResponseCompletedEvent(this.type,
					Objects.requireNonNull(this.response, "'response' is required"),
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseCompletedEvent} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseCompletedEvent> {

		Reader() {
			super(ResponseCompletedEvent.class, "type", "response", "sequence_number");
		}

		@Override
		protected ResponseCompletedEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseCompletedEvent((String) values[0], (Response) values[1], (Long) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseCompletedEvent} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseCompletedEvent> {

		Writer() {
			super(ResponseCompletedEvent.class, "type", "response", "sequence_number");
		}

		@Override
		protected @Nullable Object value(ResponseCompletedEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.response();
				case 2 -> record.sequenceNumber();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseCompletedEvent record) {
			return record.additionalProperties();
		}

	}
}
