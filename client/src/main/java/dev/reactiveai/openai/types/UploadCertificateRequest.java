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
 * The request body of {@code POST /organization/certificates}: Upload a certificate to
 * the organization.
 *
 * @param name An optional name for the certificate
 * @param content The certificate content in PEM format
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UploadCertificateRequest.Reader.class)
public record UploadCertificateRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("content") String content,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UploadCertificateRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name An optional name for the certificate
	 * @param content The certificate content in PEM format
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UploadCertificateRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UploadCertificateRequest}.
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
	 * Builds a {@link UploadCertificateRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String content;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(UploadCertificateRequest source) {
			this.name = source.name();
			this.content = source.content();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * An optional name for the certificate
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The certificate content in PEM format
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable String content) {
			this.content = content;
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
		public UploadCertificateRequest build() {
			return new UploadCertificateRequest(this.name,
					Objects.requireNonNull(this.content, "'content' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UploadCertificateRequest} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UploadCertificateRequest> {

		Reader() {
			super(UploadCertificateRequest.class, "name", "content");
		}

		@Override
		protected UploadCertificateRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UploadCertificateRequest((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UploadCertificateRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UploadCertificateRequest> {

		Writer() {
			super(UploadCertificateRequest.class, "name", "content");
		}

		@Override
		protected @Nullable Object value(UploadCertificateRequest record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.content();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UploadCertificateRequest record) {
			return record.additionalProperties();
		}

	}
}
