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
 * The request body of {@code POST /uploads}: Creates an intermediate
 * <a href="https://platform.openai.com/docs/api-reference/uploads/object">Upload</a>
 * object that you can add
 * <a href="https://platform.openai.com/docs/api-reference/uploads/part-object">Parts</a>
 * to.
 *
 * @param filename The name of the file to upload.
 * @param purpose The intended purpose of the uploaded file.
 * <p>
 * See the <a href=
 * "https://platform.openai.com/docs/api-reference/files/create#files-create-purpose">documentation
 * on File purposes</a>.
 * @param bytes The number of bytes in the file you are uploading.
 * @param mimeType The MIME type of the file.
 * <p>
 * This must fall within the supported MIME types for your file purpose. See the supported
 * MIME types for assistants and vision.
 * @param expiresAfter The expiration policy for a file. By default, files with
 * {@code purpose=batch} expire after 30 days and all other files are persisted until they
 * are manually deleted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateUploadRequest.Reader.class)
public record CreateUploadRequest(@JsonProperty("filename") String filename,
		@JsonProperty("purpose") CreateUploadRequest.Purpose purpose, @JsonProperty("bytes") Long bytes,
		@JsonProperty("mime_type") String mimeType,
		@JsonProperty("expires_after") @Nullable FileExpirationAfter expiresAfter,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateUploadRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param filename The name of the file to upload.
	 * @param purpose The intended purpose of the uploaded file.
	 * @param bytes The number of bytes in the file you are uploading.
	 * @param mimeType The MIME type of the file.
	 * @param expiresAfter The expiration policy for a file.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateUploadRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateUploadRequest}.
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
	 * The intended purpose of the uploaded file.
	 * <p>
	 * See the <a href=
	 * "https://platform.openai.com/docs/api-reference/files/create#files-create-purpose">documentation
	 * on File purposes</a>.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Purpose(@JsonValue String value) {
		/**
		 * The value {@code assistants}.
		 */
		public static final Purpose ASSISTANTS = new Purpose("assistants");

		/**
		 * The value {@code batch}.
		 */
		public static final Purpose BATCH = new Purpose("batch");

		/**
		 * The value {@code fine-tune}.
		 */
		public static final Purpose FINE_TUNE = new Purpose("fine-tune");

		/**
		 * The value {@code vision}.
		 */
		public static final Purpose VISION = new Purpose("vision");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Purpose {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Purpose of(String value) {
			return switch (value) {
				case "assistants" -> ASSISTANTS;
				case "batch" -> BATCH;
				case "fine-tune" -> FINE_TUNE;
				case "vision" -> VISION;
				default -> new Purpose(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "assistants", "batch", "fine-tune", "vision" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link CreateUploadRequest}.
	 */
	public static final class Builder {

		private @Nullable String filename;

		private @Nullable Purpose purpose;

		private @Nullable Long bytes;

		private @Nullable String mimeType;

		private @Nullable FileExpirationAfter expiresAfter;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateUploadRequest source) {
			this.filename = source.filename();
			this.purpose = source.purpose();
			this.bytes = source.bytes();
			this.mimeType = source.mimeType();
			this.expiresAfter = source.expiresAfter();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the file to upload.
		 * @param filename the value (required)
		 * @return this builder
		 */
		public Builder filename(@Nullable String filename) {
			this.filename = filename;
			return this;
		}

		/**
		 * The intended purpose of the uploaded file.
		 * @param purpose the value (required)
		 * @return this builder
		 */
		public Builder purpose(@Nullable Purpose purpose) {
			this.purpose = purpose;
			return this;
		}

		/**
		 * The intended purpose of the uploaded file.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder purpose(String value) {
			return purpose(Purpose.of(value));
		}

		/**
		 * The number of bytes in the file you are uploading.
		 * @param bytes the value (required)
		 * @return this builder
		 */
		public Builder bytes(@Nullable Long bytes) {
			this.bytes = bytes;
			return this;
		}

		/**
		 * The MIME type of the file.
		 * @param mimeType the value (required)
		 * @return this builder
		 */
		public Builder mimeType(@Nullable String mimeType) {
			this.mimeType = mimeType;
			return this;
		}

		/**
		 * The expiration policy for a file.
		 * @param expiresAfter the value
		 * @return this builder
		 */
		public Builder expiresAfter(@Nullable FileExpirationAfter expiresAfter) {
			this.expiresAfter = expiresAfter;
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
		public CreateUploadRequest build() {
			return new CreateUploadRequest(Objects.requireNonNull(this.filename, "'filename' is required"),
					Objects.requireNonNull(this.purpose, "'purpose' is required"),
					Objects.requireNonNull(this.bytes, "'bytes' is required"),
					Objects.requireNonNull(this.mimeType, "'mimeType' is required"), this.expiresAfter,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateUploadRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateUploadRequest> {

		Reader() {
			super(CreateUploadRequest.class, "filename", "purpose", "bytes", "mime_type", "expires_after");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Purpose.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CreateUploadRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateUploadRequest((String) values[0], (Purpose) values[1], (Long) values[2],
					(String) values[3], (FileExpirationAfter) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateUploadRequest} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateUploadRequest> {

		Writer() {
			super(CreateUploadRequest.class, "filename", "purpose", "bytes", "mime_type", "expires_after");
		}

		@Override
		protected @Nullable Object value(CreateUploadRequest record, int index) {
			return switch (index) {
				case 0 -> record.filename();
				case 1 -> record.purpose();
				case 2 -> record.bytes();
				case 3 -> record.mimeType();
				case 4 -> record.expiresAfter();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateUploadRequest record) {
			return record.additionalProperties();
		}

	}
}
