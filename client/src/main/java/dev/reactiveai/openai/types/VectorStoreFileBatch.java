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
 * A batch of files attached to a vector store.
 *
 * @param id The identifier, which can be referenced in API endpoints.
 * @param object The object type, which is always {@code vector_store.file_batch}.
 * @param createdAt The Unix timestamp (in seconds) for when the vector store files batch
 * was created.
 * @param vectorStoreId The ID of the
 * <a href="https://platform.openai.com/docs/api-reference/vector-stores/object">vector
 * store</a> that the
 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> is attached to.
 * @param status The status of the vector store files batch, which can be either
 * {@code in_progress}, {@code completed}, {@code cancelled} or {@code failed}.
 * @param fileCounts A {@link dev.reactiveai.openai.types.VectorStoreFileBatch.FileCounts}
 * (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VectorStoreFileBatch.Reader.class)
public record VectorStoreFileBatch(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("vector_store_id") String vectorStoreId,
		@JsonProperty("status") VectorStoreFileBatch.Status status,
		@JsonProperty("file_counts") VectorStoreFileBatch.FileCounts fileCounts,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VectorStoreFileBatch}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id The identifier, which can be referenced in API endpoints.
	 * @param object The object type, which is always {@code vector_store.file_batch}.
	 * @param createdAt The Unix timestamp (in seconds) for when the vector store files
	 * batch was created.
	 * @param vectorStoreId The ID of the <a href=
	 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
	 * store</a> that the
	 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> is attached
	 * to.
	 * @param status The status of the vector store files batch, which can be either
	 * {@code in_progress}, {@code completed}, {@code cancelled} or {@code failed}.
	 * @param fileCounts A
	 * {@link dev.reactiveai.openai.types.VectorStoreFileBatch.FileCounts} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VectorStoreFileBatch {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VectorStoreFileBatch}.
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
	 * The status of the vector store files batch, which can be either
	 * {@code in_progress}, {@code completed}, {@code cancelled} or {@code failed}.
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
	 * A {@link VectorStoreFileBatch}'s {@code file_counts}.
	 *
	 * @param inProgress The number of files that are currently being processed.
	 * @param completed The number of files that have been processed.
	 * @param failed The number of files that have failed to process.
	 * @param cancelled The number of files that where cancelled.
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
		 * @param completed The number of files that have been processed.
		 * @param failed The number of files that have failed to process.
		 * @param cancelled The number of files that where cancelled.
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
			 * The number of files that have been processed.
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
			 * The number of files that where cancelled.
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
	 * Builds a {@link VectorStoreFileBatch}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String vectorStoreId;

		private @Nullable Status status;

		private @Nullable FileCounts fileCounts;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "vector_store.files_batch";
		}

		private Builder(VectorStoreFileBatch source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.vectorStoreId = source.vectorStoreId();
			this.status = source.status();
			this.fileCounts = source.fileCounts();
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
		 * The Unix timestamp (in seconds) for when the vector store files batch was
		 * created.
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
		 * The status of the vector store files batch, which can be either
		 * {@code in_progress}, {@code completed}, {@code cancelled} or {@code failed}.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the vector store files batch, which can be either
		 * {@code in_progress}, {@code completed}, {@code cancelled} or {@code failed}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * A {@link dev.reactiveai.openai.types.VectorStoreFileBatch.FileCounts} (the API
		 * description says no more).
		 * @param fileCounts the value (required)
		 * @return this builder
		 */
		public Builder fileCounts(@Nullable FileCounts fileCounts) {
			this.fileCounts = fileCounts;
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
		public VectorStoreFileBatch build() {
			return new VectorStoreFileBatch(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.vectorStoreId, "'vectorStoreId' is required"),
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.fileCounts, "'fileCounts' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VectorStoreFileBatch} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VectorStoreFileBatch> {

		Reader() {
			super(VectorStoreFileBatch.class, "id", "object", "created_at", "vector_store_id", "status", "file_counts");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 4 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected VectorStoreFileBatch create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VectorStoreFileBatch((String) values[0], (String) values[1], (Long) values[2],
					(String) values[3], (Status) values[4], (FileCounts) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VectorStoreFileBatch} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VectorStoreFileBatch> {

		Writer() {
			super(VectorStoreFileBatch.class, "id", "object", "created_at", "vector_store_id", "status", "file_counts");
		}

		@Override
		protected @Nullable Object value(VectorStoreFileBatch record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.vectorStoreId();
				case 4 -> record.status();
				case 5 -> record.fileCounts();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VectorStoreFileBatch record) {
			return record.additionalProperties();
		}

	}
}
