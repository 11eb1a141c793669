// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents an individual {@code certificate} uploaded to the organization.
 *
 * @param object The object type.
 * <ul>
 * <li>If creating, updating, or getting a specific certificate, the object type is
 * {@code certificate}.</li>
 * <li>If listing, activating, or deactivating certificates for the organization, the
 * object type is {@code organization.certificate}.</li>
 * <li>If listing, activating, or deactivating certificates for a project, the object type
 * is {@code organization.project.certificate}.</li>
 * </ul>
 * @param id The identifier, which can be referenced in API endpoints
 * @param name The name of the certificate.
 * @param createdAt The Unix timestamp (in seconds) of when the certificate was uploaded.
 * @param certificateDetails A
 * {@link dev.reactiveai.openai.types.Certificate.CertificateDetails} (the API description
 * says no more).
 * @param active Whether the certificate is currently active at the specified scope. Not
 * returned when getting details for a specific certificate.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Certificate.Reader.class)
public record Certificate(@JsonProperty("object") Certificate.ObjectType object, @JsonProperty("id") String id,
		@JsonProperty("name") String name, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("certificate_details") Certificate.CertificateDetails certificateDetails,
		@JsonProperty("active") @Nullable Boolean active,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Certificate}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object The object type.
	 * @param id The identifier, which can be referenced in API endpoints
	 * @param name The name of the certificate.
	 * @param createdAt The Unix timestamp (in seconds) of when the certificate was
	 * uploaded.
	 * @param certificateDetails A
	 * {@link dev.reactiveai.openai.types.Certificate.CertificateDetails} (the API
	 * description says no more).
	 * @param active Whether the certificate is currently active at the specified scope.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Certificate {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Certificate}.
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
	 * The object type.
	 * <ul>
	 * <li>If creating, updating, or getting a specific certificate, the object type is
	 * {@code certificate}.</li>
	 * <li>If listing, activating, or deactivating certificates for the organization, the
	 * object type is {@code organization.certificate}.</li>
	 * <li>If listing, activating, or deactivating certificates for a project, the object
	 * type is {@code organization.project.certificate}.</li>
	 * </ul>
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record ObjectType(@JsonValue String value) {
		/**
		 * The value {@code certificate}.
		 */
		public static final ObjectType CERTIFICATE = new ObjectType("certificate");

		/**
		 * The value {@code organization.certificate}.
		 */
		public static final ObjectType ORGANIZATION_CERTIFICATE = new ObjectType("organization.certificate");

		/**
		 * The value {@code organization.project.certificate}.
		 */
		public static final ObjectType ORGANIZATION_PROJECT_CERTIFICATE = new ObjectType(
				"organization.project.certificate");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public ObjectType {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static ObjectType of(String value) {
			return switch (value) {
				case "certificate" -> CERTIFICATE;
				case "organization.certificate" -> ORGANIZATION_CERTIFICATE;
				case "organization.project.certificate" -> ORGANIZATION_PROJECT_CERTIFICATE;
				default -> new ObjectType(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "certificate", "organization.certificate", "organization.project.certificate" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * A {@link Certificate}'s {@code certificate_details}.
	 *
	 * @param validAt The Unix timestamp (in seconds) of when the certificate becomes
	 * valid.
	 * @param expiresAt The Unix timestamp (in seconds) of when the certificate expires.
	 * @param content The content of the certificate in PEM format.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = CertificateDetails.Reader.class)
	public static record CertificateDetails(@JsonProperty("valid_at") @Nullable Long validAt,
			@JsonProperty("expires_at") @Nullable Long expiresAt, @JsonProperty("content") @Nullable String content,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link CertificateDetails}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param validAt The Unix timestamp (in seconds) of when the certificate becomes
		 * valid.
		 * @param expiresAt The Unix timestamp (in seconds) of when the certificate
		 * expires.
		 * @param content The content of the certificate in PEM format.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public CertificateDetails {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link CertificateDetails}.
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
		 * Builds a {@link CertificateDetails}.
		 */
		public static final class Builder {

			private @Nullable Long validAt;

			private @Nullable Long expiresAt;

			private @Nullable String content;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(CertificateDetails source) {
				this.validAt = source.validAt();
				this.expiresAt = source.expiresAt();
				this.content = source.content();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The Unix timestamp (in seconds) of when the certificate becomes valid.
			 * @param validAt the value
			 * @return this builder
			 */
			public Builder validAt(@Nullable Long validAt) {
				this.validAt = validAt;
				return this;
			}

			/**
			 * The Unix timestamp (in seconds) of when the certificate expires.
			 * @param expiresAt the value
			 * @return this builder
			 */
			public Builder expiresAt(@Nullable Long expiresAt) {
				this.expiresAt = expiresAt;
				return this;
			}

			/**
			 * The content of the certificate in PEM format.
			 * @param content the value
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
			public CertificateDetails build() {
				return new CertificateDetails(this.validAt, this.expiresAt, this.content, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link CertificateDetails} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<CertificateDetails> {

			Reader() {
				super(CertificateDetails.class, "valid_at", "expires_at", "content");
			}

			@Override
			protected CertificateDetails create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new CertificateDetails((Long) values[0], (Long) values[1], (String) values[2],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link CertificateDetails} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<CertificateDetails> {

			Writer() {
				super(CertificateDetails.class, "valid_at", "expires_at", "content");
			}

			@Override
			protected @Nullable Object value(CertificateDetails record, int index) {
				return switch (index) {
					case 0 -> record.validAt();
					case 1 -> record.expiresAt();
					case 2 -> record.content();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(CertificateDetails record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link Certificate}.
	 */
	public static final class Builder {

		private @Nullable ObjectType object;

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable Long createdAt;

		private @Nullable CertificateDetails certificateDetails;

		private @Nullable Boolean active;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(Certificate source) {
			this.object = source.object();
			this.id = source.id();
			this.name = source.name();
			this.createdAt = source.createdAt();
			this.certificateDetails = source.certificateDetails();
			this.active = source.active();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The object type.
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable ObjectType object) {
			this.object = object;
			return this;
		}

		/**
		 * The object type.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder object(String value) {
			return object(ObjectType.of(value));
		}

		/**
		 * The identifier, which can be referenced in API endpoints
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The name of the certificate.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) of when the certificate was uploaded.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.Certificate.CertificateDetails} (the API
		 * description says no more).
		 * @param certificateDetails the value (required)
		 * @return this builder
		 */
		public Builder certificateDetails(@Nullable CertificateDetails certificateDetails) {
			this.certificateDetails = certificateDetails;
			return this;
		}

		/**
		 * Whether the certificate is currently active at the specified scope.
		 * @param active the value
		 * @return this builder
		 */
		public Builder active(@Nullable Boolean active) {
			this.active = active;
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
		public Certificate build() {
			return new Certificate(Objects.requireNonNull(this.object, "'object' is required"),
					Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.certificateDetails, "'certificateDetails' is required"), this.active,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Certificate} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Certificate> {

		Reader() {
			super(Certificate.class, "object", "id", "name", "created_at", "certificate_details", "active");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> ObjectType.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected Certificate create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Certificate((ObjectType) values[0], (String) values[1], (String) values[2], (Long) values[3],
					(CertificateDetails) values[4], (Boolean) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Certificate} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Certificate> {

		Writer() {
			super(Certificate.class, "object", "id", "name", "created_at", "certificate_details", "active");
		}

		@Override
		protected @Nullable Object value(Certificate record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.name();
				case 3 -> record.createdAt();
				case 4 -> record.certificateDetails();
				case 5 -> record.active();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Certificate record) {
			return record.additionalProperties();
		}

	}
}
