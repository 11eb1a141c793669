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
 * The {@code File} object represents a document that has been uploaded to OpenAI.
 *
 * @param id The file identifier, which can be referenced in the API endpoints.
 * @param bytes The size of the file, in bytes.
 * @param createdAt The Unix timestamp (in seconds) for when the file was created.
 * @param expiresAt The Unix timestamp (in seconds) for when the file will expire.
 * @param filename The name of the file.
 * @param object The object type, which is always {@code file}.
 * @param purpose The intended purpose of the file. Supported values are
 * {@code assistants}, {@code assistants_output}, {@code batch}, {@code batch_output},
 * {@code fine-tune}, {@code fine-tune-results}, {@code vision}, and {@code user_data}.
 * @param status Deprecated. The current status of the file, which can be either
 * {@code uploaded}, {@code processed}, or {@code error}.
 * @param statusDetails Deprecated. For details on why a fine-tuning training file failed
 * validation, see the {@code error} field on {@code fine_tuning.job}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OpenAIFile.Reader.class)
public record OpenAIFile(@JsonProperty("id") String id, @JsonProperty("bytes") Long bytes,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("expires_at") @Nullable Long expiresAt,
		@JsonProperty("filename") String filename, @JsonProperty("object") String object,
		@JsonProperty("purpose") OpenAIFile.Purpose purpose, @JsonProperty("status") OpenAIFile.Status status,
		@JsonProperty("status_details") @Nullable String statusDetails,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OpenAIFile}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param id The file identifier, which can be referenced in the API endpoints.
	 * @param bytes The size of the file, in bytes.
	 * @param createdAt The Unix timestamp (in seconds) for when the file was created.
	 * @param expiresAt The Unix timestamp (in seconds) for when the file will expire.
	 * @param filename The name of the file.
	 * @param object The object type, which is always {@code file}.
	 * @param purpose The intended purpose of the file.
	 * @param status Deprecated.
	 * @param statusDetails Deprecated.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OpenAIFile {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Deprecated. The current status of the file, which can be either {@code uploaded},
	 * {@code processed}, or {@code error}.
	 * @return its value
	 * @deprecated The API description marks it deprecated and names no replacement.
	 */
	@Deprecated
	@JsonProperty("status")
	public Status status() {
		return this.status;
	}

	/**
	 * Deprecated. For details on why a fine-tuning training file failed validation, see
	 * the {@code error} field on {@code fine_tuning.job}.
	 * @return its value, or null when absent
	 * @deprecated The API description marks it deprecated and names no replacement.
	 */
	@Deprecated
	@JsonProperty("status_details")
	public @Nullable String statusDetails() {
		return this.statusDetails;
	}

	/**
	 * A builder of {@link OpenAIFile}.
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
	 * The intended purpose of the file. Supported values are {@code assistants},
	 * {@code assistants_output}, {@code batch}, {@code batch_output}, {@code fine-tune},
	 * {@code fine-tune-results}, {@code vision}, and {@code user_data}.
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
		 * The value {@code assistants_output}.
		 */
		public static final Purpose ASSISTANTS_OUTPUT = new Purpose("assistants_output");

		/**
		 * The value {@code batch}.
		 */
		public static final Purpose BATCH = new Purpose("batch");

		/**
		 * The value {@code batch_output}.
		 */
		public static final Purpose BATCH_OUTPUT = new Purpose("batch_output");

		/**
		 * The value {@code fine-tune}.
		 */
		public static final Purpose FINE_TUNE = new Purpose("fine-tune");

		/**
		 * The value {@code fine-tune-results}.
		 */
		public static final Purpose FINE_TUNE_RESULTS = new Purpose("fine-tune-results");

		/**
		 * The value {@code vision}.
		 */
		public static final Purpose VISION = new Purpose("vision");

		/**
		 * The value {@code user_data}.
		 */
		public static final Purpose USER_DATA = new Purpose("user_data");

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
				case "assistants_output" -> ASSISTANTS_OUTPUT;
				case "batch" -> BATCH;
				case "batch_output" -> BATCH_OUTPUT;
				case "fine-tune" -> FINE_TUNE;
				case "fine-tune-results" -> FINE_TUNE_RESULTS;
				case "vision" -> VISION;
				case "user_data" -> USER_DATA;
				default -> new Purpose(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "assistants", "assistants_output", "batch", "batch_output", "fine-tune", "fine-tune-results",
						"vision", "user_data" ->
					true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Deprecated. The current status of the file, which can be either {@code uploaded},
	 * {@code processed}, or {@code error}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code uploaded}.
		 */
		public static final Status UPLOADED = new Status("uploaded");

		/**
		 * The value {@code processed}.
		 */
		public static final Status PROCESSED = new Status("processed");

		/**
		 * The value {@code error}.
		 */
		public static final Status ERROR = new Status("error");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "uploaded" -> UPLOADED;
				case "processed" -> PROCESSED;
				case "error" -> ERROR;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "uploaded", "processed", "error" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link OpenAIFile}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable Long bytes;

		private @Nullable Long createdAt;

		private @Nullable Long expiresAt;

		private @Nullable String filename;

		private @Nullable String object;

		private @Nullable Purpose purpose;

		private @Nullable Status status;

		private @Nullable String statusDetails;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "file";
		}

		private Builder(OpenAIFile source) {
			this.id = source.id();
			this.bytes = source.bytes();
			this.createdAt = source.createdAt();
			this.expiresAt = source.expiresAt();
			this.filename = source.filename();
			this.object = source.object();
			this.purpose = source.purpose();
			this.status = source.status();
			this.statusDetails = source.statusDetails();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The file identifier, which can be referenced in the API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The size of the file, in bytes.
		 * @param bytes the value (required)
		 * @return this builder
		 */
		public Builder bytes(@Nullable Long bytes) {
			this.bytes = bytes;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the file was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the file will expire.
		 * @param expiresAt the value
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * The name of the file.
		 * @param filename the value (required)
		 * @return this builder
		 */
		public Builder filename(@Nullable String filename) {
			this.filename = filename;
			return this;
		}

		/**
		 * The intended purpose of the file.
		 * @param purpose the value (required)
		 * @return this builder
		 */
		public Builder purpose(@Nullable Purpose purpose) {
			this.purpose = purpose;
			return this;
		}

		/**
		 * The intended purpose of the file.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder purpose(String value) {
			return purpose(Purpose.of(value));
		}

		/**
		 * Deprecated.
		 * @param status the value (required)
		 * @return this builder
		 * @deprecated The API description marks it deprecated and names no replacement.
		 */
		@Deprecated
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * Deprecated.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 * @deprecated The API description marks it deprecated and names no replacement.
		 */
		@Deprecated
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * Deprecated.
		 * @param statusDetails the value
		 * @return this builder
		 * @deprecated The API description marks it deprecated and names no replacement.
		 */
		@Deprecated
		public Builder statusDetails(@Nullable String statusDetails) {
			this.statusDetails = statusDetails;
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
		public OpenAIFile build() {
			return new OpenAIFile(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.bytes, "'bytes' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.expiresAt,
					Objects.requireNonNull(this.filename, "'filename' is required"), this.object,
					Objects.requireNonNull(this.purpose, "'purpose' is required"),
					Objects.requireNonNull(this.status, "'status' is required"), this.statusDetails,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OpenAIFile} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OpenAIFile> {

		Reader() {
			super(OpenAIFile.class, "id", "bytes", "created_at", "expires_at", "filename", "object", "purpose",
					"status", "status_details");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 6 -> Purpose.of(value);
				case 7 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected OpenAIFile create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new OpenAIFile((String) values[0], (Long) values[1], (Long) values[2], (Long) values[3],
					(String) values[4], (String) values[5], (Purpose) values[6], (Status) values[7], (String) values[8],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link OpenAIFile} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OpenAIFile> {

		Writer() {
			super(OpenAIFile.class, "id", "bytes", "created_at", "expires_at", "filename", "object", "purpose",
					"status", "status_details");
		}

		@Override
		protected @Nullable Object value(OpenAIFile record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.bytes();
				case 2 -> record.createdAt();
				case 3 -> record.expiresAt();
				case 4 -> record.filename();
				case 5 -> record.object();
				case 6 -> record.purpose();
				case 7 -> record.status();
				case 8 -> record.statusDetails();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OpenAIFile record) {
			return record.additionalProperties();
		}

	}
}
