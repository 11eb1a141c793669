// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A list of files attached to a vector store.
 *
 * @param id The identifier, which can be referenced in API endpoints.
 * @param object The object type, which is always {@code vector_store.file}.
 * @param usageBytes The total vector store usage in bytes. Note that this may be
 * different from the original file size.
 * @param createdAt The Unix timestamp (in seconds) for when the vector store file was
 * created.
 * @param vectorStoreId The ID of the
 * <a href="https://platform.openai.com/docs/api-reference/vector-stores/object">vector
 * store</a> that the
 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> is attached to.
 * @param status The status of the vector store file, which can be either
 * {@code in_progress}, {@code completed}, {@code cancelled}, or {@code failed}. The
 * status {@code completed} indicates that the vector store file is ready for use.
 * @param lastError The last error associated with this vector store file. Will be
 * {@code null} if there are no errors.
 * @param chunkingStrategy The strategy used to chunk the file.
 * @param attributes Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard. Keys are strings with a maximum
 * length of 64 characters. Values are strings with a maximum length of 512 characters,
 * booleans, or numbers.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VectorStoreFile.Reader.class)
public record VectorStoreFile(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("usage_bytes") Long usageBytes, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("vector_store_id") String vectorStoreId, @JsonProperty("status") VectorStoreFile.Status status,
		@JsonProperty("last_error") VectorStoreFile.@Nullable LastError lastError,
		@JsonProperty("chunking_strategy") VectorStoreFile.@Nullable ChunkingStrategy chunkingStrategy,
		@JsonProperty("attributes") @Nullable Map<String, VectorStoreFileAttributesValue> attributes,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VectorStoreFile}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id The identifier, which can be referenced in API endpoints.
	 * @param object The object type, which is always {@code vector_store.file}.
	 * @param usageBytes The total vector store usage in bytes.
	 * @param createdAt The Unix timestamp (in seconds) for when the vector store file was
	 * created.
	 * @param vectorStoreId The ID of the <a href=
	 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
	 * store</a> that the
	 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> is attached
	 * to.
	 * @param status The status of the vector store file, which can be either
	 * {@code in_progress}, {@code completed}, {@code cancelled}, or {@code failed}.
	 * @param lastError The last error associated with this vector store file.
	 * @param chunkingStrategy The strategy used to chunk the file.
	 * @param attributes Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VectorStoreFile {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VectorStoreFile}.
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
	 * The status of the vector store file, which can be either {@code in_progress},
	 * {@code completed}, {@code cancelled}, or {@code failed}. The status
	 * {@code completed} indicates that the vector store file is ready for use.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code cancelled}.
		 */
		public static final Status CANCELLED = new Status("cancelled");

		/**
		 * The value {@code failed}.
		 */
		public static final Status FAILED = new Status("failed");

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
				case "in_progress" -> IN_PROGRESS;
				case "completed" -> COMPLETED;
				case "cancelled" -> CANCELLED;
				case "failed" -> FAILED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "in_progress", "completed", "cancelled", "failed" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The last error associated with this vector store file. Will be {@code null} if
	 * there are no errors.
	 *
	 * @param code One of {@code server_error}, {@code unsupported_file}, or
	 * {@code invalid_file}.
	 * @param message A human-readable description of the error.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = LastError.Reader.class)
	public static record LastError(@JsonProperty("code") LastError.Code code, @JsonProperty("message") String message,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link LastError}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param code One of {@code server_error}, {@code unsupported_file}, or
		 * {@code invalid_file}.
		 * @param message A human-readable description of the error.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public LastError {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link LastError}.
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
		 * One of {@code server_error}, {@code unsupported_file}, or {@code invalid_file}.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Code(@JsonValue String value) {
			/**
			 * The value {@code server_error}.
			 */
			public static final Code SERVER_ERROR = new Code("server_error");

			/**
			 * The value {@code unsupported_file}.
			 */
			public static final Code UNSUPPORTED_FILE = new Code("unsupported_file");

			/**
			 * The value {@code invalid_file}.
			 */
			public static final Code INVALID_FILE = new Code("invalid_file");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Code {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Code of(String value) {
				return switch (value) {
					case "server_error" -> SERVER_ERROR;
					case "unsupported_file" -> UNSUPPORTED_FILE;
					case "invalid_file" -> INVALID_FILE;
					default -> new Code(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "server_error", "unsupported_file", "invalid_file" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link LastError}.
		 */
		public static final class Builder {

			private @Nullable Code code;

			private @Nullable String message;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(LastError source) {
				this.code = source.code();
				this.message = source.message();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * One of {@code server_error}, {@code unsupported_file}, or
			 * {@code invalid_file}.
			 * @param code the value (required)
			 * @return this builder
			 */
			public Builder code(@Nullable Code code) {
				this.code = code;
				return this;
			}

			/**
			 * One of {@code server_error}, {@code unsupported_file}, or
			 * {@code invalid_file}.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value (required)
			 * @return this builder
			 */
			public Builder code(String value) {
				return code(Code.of(value));
			}

			/**
			 * A human-readable description of the error.
			 * @param message the value (required)
			 * @return this builder
			 */
			public Builder message(@Nullable String message) {
				this.message = message;
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
			public LastError build() {
				return new LastError(Objects.requireNonNull(this.code, "'code' is required"),
						Objects.requireNonNull(this.message, "'message' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link LastError} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<LastError> {

			Reader() {
				super(LastError.class, "code", "message");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> Code.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected LastError create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new LastError((Code) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link LastError} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<LastError> {

			Writer() {
				super(LastError.class, "code", "message");
			}

			@Override
			protected @Nullable Object value(LastError record, int index) {
				return switch (index) {
					case 0 -> record.code();
					case 1 -> record.message();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(LastError record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The strategy used to chunk the file.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ChunkingStrategy.Deserializer.class)
	public sealed interface ChunkingStrategy
			permits StaticChunkingStrategyResponseParam, OtherChunkingStrategyResponseParam, ChunkingStrategy.Unknown {

		/**
		 * A {@link ChunkingStrategy} that this version of the client does not recognize,
		 * kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ChunkingStrategy, UnknownVariant {
		}

		/**
		 * Reads a {@link ChunkingStrategy} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ChunkingStrategy> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<ChunkingStrategy>variants(Unknown::new)
					.discriminator("type")
					.object(StaticChunkingStrategyResponseParam.class,
							VariantShape.declaring("type", "static")
								.requiring("type", "static")
								.values("type", "static"))
					.object(OtherChunkingStrategyResponseParam.class,
							VariantShape.declaring("type").requiring("type").values("type", "other")));
			}

		}

	}

	/**
	 * Builds a {@link VectorStoreFile}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long usageBytes;

		private @Nullable Long createdAt;

		private @Nullable String vectorStoreId;

		private @Nullable Status status;

		private @Nullable LastError lastError;

		private @Nullable ChunkingStrategy chunkingStrategy;

		private @Nullable Map<String, VectorStoreFileAttributesValue> attributes;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "vector_store.file";
		}

		private Builder(VectorStoreFile source) {
			this.id = source.id();
			this.object = source.object();
			this.usageBytes = source.usageBytes();
			this.createdAt = source.createdAt();
			this.vectorStoreId = source.vectorStoreId();
			this.status = source.status();
			this.lastError = source.lastError();
			this.chunkingStrategy = source.chunkingStrategy();
			this.attributes = (source.attributes() != null) ? new LinkedHashMap<>(source.attributes()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The identifier, which can be referenced in API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The total vector store usage in bytes.
		 * @param usageBytes the value (required)
		 * @return this builder
		 */
		public Builder usageBytes(@Nullable Long usageBytes) {
			this.usageBytes = usageBytes;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the vector store file was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The ID of the <a href=
		 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
		 * store</a> that the
		 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> is
		 * attached to.
		 * @param vectorStoreId the value (required)
		 * @return this builder
		 */
		public Builder vectorStoreId(@Nullable String vectorStoreId) {
			this.vectorStoreId = vectorStoreId;
			return this;
		}

		/**
		 * The status of the vector store file, which can be either {@code in_progress},
		 * {@code completed}, {@code cancelled}, or {@code failed}.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the vector store file, which can be either {@code in_progress},
		 * {@code completed}, {@code cancelled}, or {@code failed}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * The last error associated with this vector store file.
		 * @param lastError the value
		 * @return this builder
		 */
		public Builder lastError(@Nullable LastError lastError) {
			this.lastError = lastError;
			return this;
		}

		/**
		 * The strategy used to chunk the file.
		 * @param chunkingStrategy the value
		 * @return this builder
		 */
		public Builder chunkingStrategy(@Nullable ChunkingStrategy chunkingStrategy) {
			this.chunkingStrategy = chunkingStrategy;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Takes a copy of the map.
		 * @param attributes the value
		 * @return this builder
		 */
		public Builder attributes(@Nullable Map<String, ? extends VectorStoreFileAttributesValue> attributes) {
			this.attributes = (attributes != null) ? new LinkedHashMap<>(attributes) : null;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putAttribute(String key, VectorStoreFileAttributesValue value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.attributes == null) {
				this.attributes = new LinkedHashMap<>();
			}
			this.attributes.put(key, value);
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
		public VectorStoreFile build() {
			return new VectorStoreFile(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.usageBytes, "'usageBytes' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.vectorStoreId, "'vectorStoreId' is required"),
					Objects.requireNonNull(this.status, "'status' is required"), this.lastError, this.chunkingStrategy,
					(this.attributes != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.attributes))
							: null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VectorStoreFile} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VectorStoreFile> {

		Reader() {
			super(VectorStoreFile.class, "id", "object", "usage_bytes", "created_at", "vector_store_id", "status",
					"last_error", "chunking_strategy", "attributes");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 5 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected VectorStoreFile create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VectorStoreFile((String) values[0], (String) values[1], (Long) values[2], (Long) values[3],
					(String) values[4], (Status) values[5], (LastError) values[6], (ChunkingStrategy) values[7],
					(Map<String, VectorStoreFileAttributesValue>) values[8], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VectorStoreFile} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VectorStoreFile> {

		Writer() {
			super(VectorStoreFile.class, "id", "object", "usage_bytes", "created_at", "vector_store_id", "status",
					"last_error", "chunking_strategy", "attributes");
		}

		@Override
		protected @Nullable Object value(VectorStoreFile record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.usageBytes();
				case 3 -> record.createdAt();
				case 4 -> record.vectorStoreId();
				case 5 -> record.status();
				case 6 -> record.lastError();
				case 7 -> record.chunkingStrategy();
				case 8 -> record.attributes();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VectorStoreFile record) {
			return record.additionalProperties();
		}

	}
}
