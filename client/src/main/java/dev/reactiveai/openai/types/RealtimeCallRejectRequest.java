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
 * Parameters used to decline an incoming SIP call handled by the Realtime API.
 *
 * @param statusCode SIP response code to send back to the caller. Defaults to {@code 603}
 * (Decline) when omitted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeCallRejectRequest.Reader.class)
public record RealtimeCallRejectRequest(@JsonProperty("status_code") @Nullable Long statusCode,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeCallRejectRequest}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param statusCode SIP response code to send back to the caller.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeCallRejectRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeCallRejectRequest}.
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
	 * Builds a {@link RealtimeCallRejectRequest}.
	 */
	public static final class Builder {

		private @Nullable Long statusCode;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RealtimeCallRejectRequest source) {
			this.statusCode = source.statusCode();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * SIP response code to send back to the caller.
		 * @param statusCode the value
		 * @return this builder
		 */
		public Builder statusCode(@Nullable Long statusCode) {
			this.statusCode = statusCode;
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
		public RealtimeCallRejectRequest build() {
			return new RealtimeCallRejectRequest(this.statusCode, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeCallRejectRequest} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeCallRejectRequest> {

		Reader() {
			super(RealtimeCallRejectRequest.class, "status_code");
		}

		@Override
		protected RealtimeCallRejectRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeCallRejectRequest((Long) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeCallRejectRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeCallRejectRequest> {

		Writer() {
			super(RealtimeCallRejectRequest.class, "status_code");
		}

		@Override
		protected @Nullable Object value(RealtimeCallRejectRequest record, int index) {
			return switch (index) {
				case 0 -> record.statusCode();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeCallRejectRequest record) {
			return record.additionalProperties();
		}

	}
}
