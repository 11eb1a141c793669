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
 * The Upload object can accept byte chunks in the form of Parts.
 *
 * @param id The Upload unique identifier, which can be referenced in API endpoints.
 * @param createdAt The Unix timestamp (in seconds) for when the Upload was created.
 * @param filename The name of the file to be uploaded.
 * @param bytes The intended number of bytes to be uploaded.
 * @param purpose The intended purpose of the file. <a href=
 * "https://platform.openai.com/docs/api-reference/files/object#files/object-purpose">Please
 * refer here</a> for acceptable values.
 * @param status The status of the Upload.
 * @param expiresAt The Unix timestamp (in seconds) for when the Upload will expire.
 * @param object The object type, which is always "upload".
 * @param file The {@code File} object represents a document that has been uploaded to
 * OpenAI.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Upload.Reader.class)
public record Upload(@JsonProperty("id") String id, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("filename") String filename, @JsonProperty("bytes") Long bytes,
		@JsonProperty("purpose") String purpose, @JsonProperty("status") Upload.Status status,
		@JsonProperty("expires_at") Long expiresAt, @JsonProperty("object") @Nullable String object,
		@JsonProperty("file") @Nullable OpenAIFile file,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Upload}, filling in {@code object} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param id The Upload unique identifier, which can be referenced in API endpoints.
	 * @param createdAt The Unix timestamp (in seconds) for when the Upload was created.
	 * @param filename The name of the file to be uploaded.
	 * @param bytes The intended number of bytes to be uploaded.
	 * @param purpose The intended purpose of the file.
	 * @param status The status of the Upload.
	 * @param expiresAt The Unix timestamp (in seconds) for when the Upload will expire.
	 * @param object The object type, which is always "upload".
	 * @param file The {@code File} object represents a document that has been uploaded to
	 * OpenAI.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Upload {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Upload}.
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
	 * The status of the Upload.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code pending}.
		 */
		public static final Status PENDING = new Status("pending");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code cancelled}.
		 */
		public static final Status CANCELLED = new Status("cancelled");

		/**
		 * The value {@code expired}.
		 */
		public static final Status EXPIRED = new Status("expired");

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
				case "pending" -> PENDING;
				case "completed" -> COMPLETED;
				case "cancelled" -> CANCELLED;
				case "expired" -> EXPIRED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "pending", "completed", "cancelled", "expired" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link Upload}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable Long createdAt;

		private @Nullable String filename;

		private @Nullable Long bytes;

		private @Nullable String purpose;

		private @Nullable Status status;

		private @Nullable Long expiresAt;

		private @Nullable String object;

		private @Nullable OpenAIFile file;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "upload";
		}

		private Builder(Upload source) {
			this.id = source.id();
			this.createdAt = source.createdAt();
			this.filename = source.filename();
			this.bytes = source.bytes();
			this.purpose = source.purpose();
			this.status = source.status();
			this.expiresAt = source.expiresAt();
			this.object = source.object();
			this.file = source.file();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The Upload unique identifier, which can be referenced in API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the Upload was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The name of the file to be uploaded.
		 * @param filename the value (required)
		 * @return this builder
		 */
		public Builder filename(@Nullable String filename) {
			this.filename = filename;
			return this;
		}

		/**
		 * The intended number of bytes to be uploaded.
		 * @param bytes the value (required)
		 * @return this builder
		 */
		public Builder bytes(@Nullable Long bytes) {
			this.bytes = bytes;
			return this;
		}

		/**
		 * The intended purpose of the file.
		 * @param purpose the value (required)
		 * @return this builder
		 */
		public Builder purpose(@Nullable String purpose) {
			this.purpose = purpose;
			return this;
		}

		/**
		 * The status of the Upload.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the Upload.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * The Unix timestamp (in seconds) for when the Upload will expire.
		 * @param expiresAt the value (required)
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * The {@code File} object represents a document that has been uploaded to OpenAI.
		 * @param file the value
		 * @return this builder
		 */
		public Builder file(@Nullable OpenAIFile file) {
			this.file = file;
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
		public Upload build() {
			return new Upload(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.filename, "'filename' is required"),
					Objects.requireNonNull(this.bytes, "'bytes' is required"),
					Objects.requireNonNull(this.purpose, "'purpose' is required"),
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.expiresAt, "'expiresAt' is required"), this.object, this.file,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Upload} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Upload> {

		Reader() {
			super(Upload.class, "id", "created_at", "filename", "bytes", "purpose", "status", "expires_at", "object",
					"file");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 5 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected Upload create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Upload((String) values[0], (Long) values[1], (String) values[2], (Long) values[3],
					(String) values[4], (Status) values[5], (Long) values[6], (String) values[7],
					(OpenAIFile) values[8], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Upload} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Upload> {

		Writer() {
			super(Upload.class, "id", "created_at", "filename", "bytes", "purpose", "status", "expires_at", "object",
					"file");
		}

		@Override
		protected @Nullable Object value(Upload record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.createdAt();
				case 2 -> record.filename();
				case 3 -> record.bytes();
				case 4 -> record.purpose();
				case 5 -> record.status();
				case 6 -> record.expiresAt();
				case 7 -> record.object();
				case 8 -> record.file();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Upload record) {
			return record.additionalProperties();
		}

	}
}
