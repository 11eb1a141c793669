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
 * The response of {@code DELETE /organization/certificates/{certificate_id}}: Delete a
 * certificate from the organization.
 *
 * @param object The object type, must be {@code certificate.deleted}.
 * @param id The ID of the certificate that was deleted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DeleteCertificateResponse.Reader.class)
public record DeleteCertificateResponse(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link DeleteCertificateResponse}, filling in {@code object} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param object The object type, must be {@code certificate.deleted}.
	 * @param id The ID of the certificate that was deleted.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DeleteCertificateResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DeleteCertificateResponse}.
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
	 * Builds a {@link DeleteCertificateResponse}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "certificate.deleted";
		}

		private Builder(DeleteCertificateResponse source) {
			this.object = source.object();
			this.id = source.id();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the certificate that was deleted.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
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
		public DeleteCertificateResponse build() {
			return new DeleteCertificateResponse(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DeleteCertificateResponse} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DeleteCertificateResponse> {

		Reader() {
			super(DeleteCertificateResponse.class, "object", "id");
		}

		@Override
		protected DeleteCertificateResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new DeleteCertificateResponse((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link DeleteCertificateResponse} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DeleteCertificateResponse> {

		Writer() {
			super(DeleteCertificateResponse.class, "object", "id");
		}

		@Override
		protected @Nullable Object value(DeleteCertificateResponse record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DeleteCertificateResponse record) {
			return record.additionalProperties();
		}

	}
}
