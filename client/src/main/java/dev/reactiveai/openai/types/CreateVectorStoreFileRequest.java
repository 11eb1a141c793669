// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * The request body of {@code POST /vector_stores/{vector_store_id}/files}: Create a
 * vector store file by attaching a
 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> to a
 * <a href="https://platform.openai.com/docs/api-reference/vector-stores/object">vector
 * store</a>.
 *
 * @param fileId A <a href="https://platform.openai.com/docs/api-reference/files">File</a>
 * ID that the vector store should use. Useful for tools like {@code file_search} that can
 * access files. For multi-file ingestion, we recommend <a href=
 * "https://platform.openai.com/docs/api-reference/vector-stores-file-batches/createBatch">{@code file_batches}</a>
 * to minimize per-vector-store write requests.
 * @param chunkingStrategy The chunking strategy used to chunk the file(s). If not set,
 * will use the {@code auto} strategy.
 * @param attributes Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard. Keys are strings with a maximum
 * length of 64 characters. Values are strings with a maximum length of 512 characters,
 * booleans, or numbers.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateVectorStoreFileRequest.Reader.class)
public record CreateVectorStoreFileRequest(@JsonProperty("file_id") String fileId,
		@JsonProperty("chunking_strategy") @Nullable ChunkingStrategyRequestParam chunkingStrategy,
		@JsonProperty("attributes") @Nullable Map<String, VectorStoreFileAttributesValue> attributes,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateVectorStoreFileRequest}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param fileId A
	 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> ID that the
	 * vector store should use.
	 * @param chunkingStrategy The chunking strategy used to chunk the file(s).
	 * @param attributes Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateVectorStoreFileRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateVectorStoreFileRequest}.
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
	 * Builds a {@link CreateVectorStoreFileRequest}.
	 */
	public static final class Builder {

		private @Nullable String fileId;

		private @Nullable ChunkingStrategyRequestParam chunkingStrategy;

		private @Nullable Map<String, VectorStoreFileAttributesValue> attributes;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateVectorStoreFileRequest source) {
			this.fileId = source.fileId();
			this.chunkingStrategy = source.chunkingStrategy();
			this.attributes = (source.attributes() != null) ? new LinkedHashMap<>(source.attributes()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A <a href="https://platform.openai.com/docs/api-reference/files">File</a> ID
		 * that the vector store should use.
		 * @param fileId the value (required)
		 * @return this builder
		 */
		public Builder fileId(@Nullable String fileId) {
			this.fileId = fileId;
			return this;
		}

		/**
		 * The chunking strategy used to chunk the file(s).
		 * @param chunkingStrategy the value
		 * @return this builder
		 */
		public Builder chunkingStrategy(@Nullable ChunkingStrategyRequestParam chunkingStrategy) {
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
		public CreateVectorStoreFileRequest build() {
			return new CreateVectorStoreFileRequest(Objects.requireNonNull(this.fileId, "'fileId' is required"),
					this.chunkingStrategy, (this.attributes != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.attributes)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateVectorStoreFileRequest} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateVectorStoreFileRequest> {

		Reader() {
			super(CreateVectorStoreFileRequest.class, "file_id", "chunking_strategy", "attributes");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateVectorStoreFileRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateVectorStoreFileRequest((String) values[0], (ChunkingStrategyRequestParam) values[1],
					(Map<String, VectorStoreFileAttributesValue>) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateVectorStoreFileRequest} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateVectorStoreFileRequest> {

		Writer() {
			super(CreateVectorStoreFileRequest.class, "file_id", "chunking_strategy", "attributes");
		}

		@Override
		protected @Nullable Object value(CreateVectorStoreFileRequest record, int index) {
			return switch (index) {
				case 0 -> record.fileId();
				case 1 -> record.chunkingStrategy();
				case 2 -> record.attributes();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateVectorStoreFileRequest record) {
			return record.additionalProperties();
		}

	}
}
