// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /files}: Upload a file that can be used across various
 * endpoints.
 *
 * @param file The File object (not file name) to be uploaded.
 * @param purpose The intended purpose of the uploaded file. One of:
 * <ul>
 * <li>{@code assistants}: Used in the Assistants API</li>
 * <li>{@code batch}: Used in the Batch API</li>
 * <li>{@code fine-tune}: Used for fine-tuning</li>
 * <li>{@code vision}: Images used for vision fine-tuning</li>
 * <li>{@code user_data}: Flexible file type for any purpose</li>
 * <li>{@code evals}: Used for eval data sets</li>
 * </ul>
 * @param expiresAfter The expiration policy for a file. By default, files with
 * {@code purpose=batch} expire after 30 days and all other files are persisted until they
 * are manually deleted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateFileRequest.Reader.class)
public record CreateFileRequest(@JsonProperty("file") UploadFile file,
		@JsonProperty("purpose") CreateFileRequest.Purpose purpose,
		@JsonProperty("expires_after") @Nullable FileExpirationAfter expiresAfter,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateFileRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param file The File object (not file name) to be uploaded.
	 * @param purpose The intended purpose of the uploaded file.
	 * @param expiresAfter The expiration policy for a file.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateFileRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateFileRequest}.
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
	 * The intended purpose of the uploaded file. One of:
	 * <ul>
	 * <li>{@code assistants}: Used in the Assistants API</li>
	 * <li>{@code batch}: Used in the Batch API</li>
	 * <li>{@code fine-tune}: Used for fine-tuning</li>
	 * <li>{@code vision}: Images used for vision fine-tuning</li>
	 * <li>{@code user_data}: Flexible file type for any purpose</li>
	 * <li>{@code evals}: Used for eval data sets</li>
	 * </ul>
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
		 * The value {@code user_data}.
		 */
		public static final Purpose USER_DATA = new Purpose("user_data");

		/**
		 * The value {@code evals}.
		 */
		public static final Purpose EVALS = new Purpose("evals");

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
				case "user_data" -> USER_DATA;
				case "evals" -> EVALS;
				default -> new Purpose(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "assistants", "batch", "fine-tune", "vision", "user_data", "evals" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link CreateFileRequest}.
	 */
	public static final class Builder {

		private @Nullable UploadFile file;

		private @Nullable Purpose purpose;

		private @Nullable FileExpirationAfter expiresAfter;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateFileRequest source) {
			this.file = source.file();
			this.purpose = source.purpose();
			this.expiresAfter = source.expiresAfter();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The File object (not file name) to be uploaded.
		 * @param file the value (required)
		 * @return this builder
		 */
		public Builder file(@Nullable UploadFile file) {
			this.file = file;
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
		public CreateFileRequest build() {
			return new CreateFileRequest(Objects.requireNonNull(this.file, "'file' is required"),
					Objects.requireNonNull(this.purpose, "'purpose' is required"), this.expiresAfter,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateFileRequest} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateFileRequest> {

		Reader() {
			super(CreateFileRequest.class, "file", "purpose", "expires_after");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Purpose.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CreateFileRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateFileRequest((UploadFile) values[0], (Purpose) values[1], (FileExpirationAfter) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateFileRequest} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateFileRequest> {

		Writer() {
			super(CreateFileRequest.class, "file", "purpose", "expires_after");
		}

		@Override
		protected @Nullable Object value(CreateFileRequest record, int index) {
			return switch (index) {
				case 0 -> record.file();
				case 1 -> record.purpose();
				case 2 -> record.expiresAfter();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateFileRequest record) {
			return record.additionalProperties();
		}

	}
}
