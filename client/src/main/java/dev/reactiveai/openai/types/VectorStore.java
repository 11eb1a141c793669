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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A vector store is a collection of processed files can be used by the
 * {@code file_search} tool.
 *
 * @param id The identifier, which can be referenced in API endpoints.
 * @param object The object type, which is always {@code vector_store}.
 * @param createdAt The Unix timestamp (in seconds) for when the vector store was created.
 * @param name The name of the vector store.
 * @param usageBytes The total number of bytes used by the files in the vector store.
 * @param fileCounts A {@link dev.reactiveai.openai.types.VectorStore.FileCounts} (the API
 * description says no more).
 * @param status The status of the vector store, which can be either {@code expired},
 * {@code in_progress}, or {@code completed}. A status of {@code completed} indicates that
 * the vector store is ready for use.
 * @param expiresAfter The expiration policy for a vector store.
 * @param expiresAt The Unix timestamp (in seconds) for when the vector store will expire.
 * @param lastActiveAt The Unix timestamp (in seconds) for when the vector store was last
 * active.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VectorStore.Reader.class)
public record VectorStore(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("name") String name,
		@JsonProperty("usage_bytes") Long usageBytes, @JsonProperty("file_counts") VectorStore.FileCounts fileCounts,
		@JsonProperty("status") VectorStore.Status status,
		@JsonProperty("expires_after") @Nullable VectorStoreExpirationAfter expiresAfter,
		@JsonProperty("expires_at") @Nullable Long expiresAt,
		@JsonProperty("last_active_at") @Nullable Long lastActiveAt,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VectorStore}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param id The identifier, which can be referenced in API endpoints.
	 * @param object The object type, which is always {@code vector_store}.
	 * @param createdAt The Unix timestamp (in seconds) for when the vector store was
	 * created.
	 * @param name The name of the vector store.
	 * @param usageBytes The total number of bytes used by the files in the vector store.
	 * @param fileCounts A {@link dev.reactiveai.openai.types.VectorStore.FileCounts} (the
	 * API description says no more).
	 * @param status The status of the vector store, which can be either {@code expired},
	 * {@code in_progress}, or {@code completed}.
	 * @param expiresAfter The expiration policy for a vector store.
	 * @param expiresAt The Unix timestamp (in seconds) for when the vector store will
	 * expire.
	 * @param lastActiveAt The Unix timestamp (in seconds) for when the vector store was
	 * last active.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VectorStore {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VectorStore}.
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
	 * A {@link VectorStore}'s {@code file_counts}.
	 *
	 * @param inProgress The number of files that are currently being processed.
	 * @param completed The number of files that have been successfully processed.
	 * @param failed The number of files that have failed to process.
	 * @param cancelled The number of files that were cancelled.
	 * @param total The total number of files.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = FileCounts.Reader.class)
	public static record FileCounts(@JsonProperty("in_progress") Long inProgress,
			@JsonProperty("completed") Long completed, @JsonProperty("failed") Long failed,
			@JsonProperty("cancelled") Long cancelled, @JsonProperty("total") Long total,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link FileCounts}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param inProgress The number of files that are currently being processed.
		 * @param completed The number of files that have been successfully processed.
		 * @param failed The number of files that have failed to process.
		 * @param cancelled The number of files that were cancelled.
		 * @param total The total number of files.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public FileCounts {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link FileCounts}.
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
		 * Builds a {@link FileCounts}.
		 */
		public static final class Builder {

			private @Nullable Long inProgress;

			private @Nullable Long completed;

			private @Nullable Long failed;

			private @Nullable Long cancelled;

			private @Nullable Long total;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(FileCounts source) {
				this.inProgress = source.inProgress();
				this.completed = source.completed();
				this.failed = source.failed();
				this.cancelled = source.cancelled();
				this.total = source.total();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The number of files that are currently being processed.
			 * @param inProgress the value (required)
			 * @return this builder
			 */
			public Builder inProgress(@Nullable Long inProgress) {
				this.inProgress = inProgress;
				return this;
			}

			/**
			 * The number of files that have been successfully processed.
			 * @param completed the value (required)
			 * @return this builder
			 */
			public Builder completed(@Nullable Long completed) {
				this.completed = completed;
				return this;
			}

			/**
			 * The number of files that have failed to process.
			 * @param failed the value (required)
			 * @return this builder
			 */
			public Builder failed(@Nullable Long failed) {
				this.failed = failed;
				return this;
			}

			/**
			 * The number of files that were cancelled.
			 * @param cancelled the value (required)
			 * @return this builder
			 */
			public Builder cancelled(@Nullable Long cancelled) {
				this.cancelled = cancelled;
				return this;
			}

			/**
			 * The total number of files.
			 * @param total the value (required)
			 * @return this builder
			 */
			public Builder total(@Nullable Long total) {
				this.total = total;
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
			public FileCounts build() {
				return new FileCounts(Objects.requireNonNull(this.inProgress, "'inProgress' is required"),
						Objects.requireNonNull(this.completed, "'completed' is required"),
						Objects.requireNonNull(this.failed, "'failed' is required"),
						Objects.requireNonNull(this.cancelled, "'cancelled' is required"),
						Objects.requireNonNull(this.total, "'total' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link FileCounts} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<FileCounts> {

			Reader() {
				super(FileCounts.class, "in_progress", "completed", "failed", "cancelled", "total");
			}

			@Override
			protected FileCounts create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new FileCounts((Long) values[0], (Long) values[1], (Long) values[2], (Long) values[3],
						(Long) values[4], additionalProperties);
			}

		}

		/**
		 * Writes a {@link FileCounts} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<FileCounts> {

			Writer() {
				super(FileCounts.class, "in_progress", "completed", "failed", "cancelled", "total");
			}

			@Override
			protected @Nullable Object value(FileCounts record, int index) {
				return switch (index) {
					case 0 -> record.inProgress();
					case 1 -> record.completed();
					case 2 -> record.failed();
					case 3 -> record.cancelled();
					case 4 -> record.total();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(FileCounts record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The status of the vector store, which can be either {@code expired},
	 * {@code in_progress}, or {@code completed}. A status of {@code completed} indicates
	 * that the vector store is ready for use.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code expired}.
		 */
		public static final Status EXPIRED = new Status("expired");

		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

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
				case "expired" -> EXPIRED;
				case "in_progress" -> IN_PROGRESS;
				case "completed" -> COMPLETED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "expired", "in_progress", "completed" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link VectorStore}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String name;

		private @Nullable Long usageBytes;

		private @Nullable FileCounts fileCounts;

		private @Nullable Status status;

		private @Nullable VectorStoreExpirationAfter expiresAfter;

		private @Nullable Long expiresAt;

		private @Nullable Long lastActiveAt;

		private @Nullable Map<String, String> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "vector_store";
		}

		private Builder(VectorStore source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.name = source.name();
			this.usageBytes = source.usageBytes();
			this.fileCounts = source.fileCounts();
			this.status = source.status();
			this.expiresAfter = source.expiresAfter();
			this.expiresAt = source.expiresAt();
			this.lastActiveAt = source.lastActiveAt();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
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
		 * The Unix timestamp (in seconds) for when the vector store was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The name of the vector store.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The total number of bytes used by the files in the vector store.
		 * @param usageBytes the value (required)
		 * @return this builder
		 */
		public Builder usageBytes(@Nullable Long usageBytes) {
			this.usageBytes = usageBytes;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.VectorStore.FileCounts} (the API
		 * description says no more).
		 * @param fileCounts the value (required)
		 * @return this builder
		 */
		public Builder fileCounts(@Nullable FileCounts fileCounts) {
			this.fileCounts = fileCounts;
			return this;
		}

		/**
		 * The status of the vector store, which can be either {@code expired},
		 * {@code in_progress}, or {@code completed}.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the vector store, which can be either {@code expired},
		 * {@code in_progress}, or {@code completed}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * The expiration policy for a vector store.
		 * @param expiresAfter the value
		 * @return this builder
		 */
		public Builder expiresAfter(@Nullable VectorStoreExpirationAfter expiresAfter) {
			this.expiresAfter = expiresAfter;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the vector store will expire.
		 * @param expiresAt the value
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the vector store was last active.
		 * @param lastActiveAt the value
		 * @return this builder
		 */
		public Builder lastActiveAt(@Nullable Long lastActiveAt) {
			this.lastActiveAt = lastActiveAt;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
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
		public Builder putMetadata(String key, String value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
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
		public VectorStore build() {
			return new VectorStore(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.usageBytes, "'usageBytes' is required"),
					Objects.requireNonNull(this.fileCounts, "'fileCounts' is required"),
					Objects.requireNonNull(this.status, "'status' is required"), this.expiresAfter, this.expiresAt,
					this.lastActiveAt,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VectorStore} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VectorStore> {

		Reader() {
			super(VectorStore.class, "id", "object", "created_at", "name", "usage_bytes", "file_counts", "status",
					"expires_after", "expires_at", "last_active_at", "metadata");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 6 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected VectorStore create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new VectorStore((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
					(Long) values[4], (FileCounts) values[5], (Status) values[6],
					(VectorStoreExpirationAfter) values[7], (Long) values[8], (Long) values[9],
					(Map<String, String>) values[10], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VectorStore} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VectorStore> {

		Writer() {
			super(VectorStore.class, "id", "object", "created_at", "name", "usage_bytes", "file_counts", "status",
					"expires_after", "expires_at", "last_active_at", "metadata");
		}

		@Override
		protected @Nullable Object value(VectorStore record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.name();
				case 4 -> record.usageBytes();
				case 5 -> record.fileCounts();
				case 6 -> record.status();
				case 7 -> record.expiresAfter();
				case 8 -> record.expiresAt();
				case 9 -> record.lastActiveAt();
				case 10 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VectorStore record) {
			return record.additionalProperties();
		}

	}
}
