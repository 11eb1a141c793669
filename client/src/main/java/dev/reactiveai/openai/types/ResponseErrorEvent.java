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
 * Emitted when an error occurs.
 *
 * @param type The type of the event. Always {@code error}.
 * @param code The error code.
 * @param message The error message.
 * @param param The error parameter.
 * @param sequenceNumber The sequence number of this event.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseErrorEvent.Reader.class)
public record ResponseErrorEvent(@JsonProperty("type") String type, @JsonProperty("code") @Nullable String code,
		@JsonProperty("message") String message, @JsonProperty("param") @Nullable String param,
		@JsonProperty("sequence_number") Long sequenceNumber,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ResponseStreamEvent {

	/**
	 * Creates a {@link ResponseErrorEvent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the event.
	 * @param code The error code.
	 * @param message The error message.
	 * @param param The error parameter.
	 * @param sequenceNumber The sequence number of this event.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseErrorEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseErrorEvent}.
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
	 * Builds a {@link ResponseErrorEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String code;

		private @Nullable String message;

		private @Nullable String param;

		private @Nullable Long sequenceNumber;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "error";
		}

		private Builder(ResponseErrorEvent source) {
			this.type = source.type();
			this.code = source.code();
			this.message = source.message();
			this.param = source.param();
			this.sequenceNumber = source.sequenceNumber();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The error code.
		 * @param code the value
		 * @return this builder
		 */
		public Builder code(@Nullable String code) {
			this.code = code;
			return this;
		}

		/**
		 * The error message.
		 * @param message the value (required)
		 * @return this builder
		 */
		public Builder message(@Nullable String message) {
			this.message = message;
			return this;
		}

		/**
		 * The error parameter.
		 * @param param the value
		 * @return this builder
		 */
		public Builder param(@Nullable String param) {
			this.param = param;
			return this;
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
		public ResponseErrorEvent build() {
			return new ResponseErrorEvent(this.type, this.code,
					Objects.requireNonNull(this.message, "'message' is required"), this.param,
					Objects.requireNonNull(this.sequenceNumber, "'sequenceNumber' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseErrorEvent} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseErrorEvent> {

		Reader() {
			super(ResponseErrorEvent.class, "type", "code", "message", "param", "sequence_number");
		}

		@Override
		protected ResponseErrorEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseErrorEvent((String) values[0], (String) values[1], (String) values[2],
					(String) values[3], (Long) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseErrorEvent} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseErrorEvent> {

		Writer() {
			super(ResponseErrorEvent.class, "type", "code", "message", "param", "sequence_number");
		}

		@Override
		protected @Nullable Object value(ResponseErrorEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.code();
				case 2 -> record.message();
				case 3 -> record.param();
				case 4 -> record.sequenceNumber();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseErrorEvent record) {
			return record.additionalProperties();
		}

	}
}
