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
 * Parameters required to transfer a SIP call to a new destination using the Realtime API.
 *
 * @param targetUri URI that should appear in the SIP Refer-To header. Supports values
 * like {@code tel:+14155550123} or {@code sip:agent@example.com}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeCallReferRequest.Reader.class)
public record RealtimeCallReferRequest(@JsonProperty("target_uri") String targetUri,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeCallReferRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param targetUri URI that should appear in the SIP Refer-To header.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeCallReferRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeCallReferRequest}.
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
	 * Builds a {@link RealtimeCallReferRequest}.
	 */
	public static final class Builder {

		private @Nullable String targetUri;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RealtimeCallReferRequest source) {
			this.targetUri = source.targetUri();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * URI that should appear in the SIP Refer-To header.
		 * @param targetUri the value (required)
		 * @return this builder
		 */
		public Builder targetUri(@Nullable String targetUri) {
			this.targetUri = targetUri;
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
		public RealtimeCallReferRequest build() {
			return new RealtimeCallReferRequest(Objects.requireNonNull(this.targetUri, "'targetUri' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeCallReferRequest} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeCallReferRequest> {

		Reader() {
			super(RealtimeCallReferRequest.class, "target_uri");
		}

		@Override
		protected RealtimeCallReferRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeCallReferRequest((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeCallReferRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeCallReferRequest> {

		Writer() {
			super(RealtimeCallReferRequest.class, "target_uri");
		}

		@Override
		protected @Nullable Object value(RealtimeCallReferRequest record, int index) {
			return switch (index) {
				case 0 -> record.targetUri();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeCallReferRequest record) {
			return record.additionalProperties();
		}

	}
}
