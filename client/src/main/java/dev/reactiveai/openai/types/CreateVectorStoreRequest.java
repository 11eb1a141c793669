// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /vector_stores}: Create a vector store.
 *
 * @param fileIds A list of
 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> IDs that the
 * vector store should use. Useful for tools like {@code file_search} that can access
 * files.
 * @param name The name of the vector store.
 * @param description A description for the vector store. Can be used to describe the
 * vector store's purpose.
 * @param expiresAfter The expiration policy for a vector store.
 * @param chunkingStrategy The chunking strategy used to chunk the file(s). If not set,
 * will use the {@code auto} strategy. Only applicable if {@code file_ids} is non-empty.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateVectorStoreRequest.Reader.class)
public record CreateVectorStoreRequest(@JsonProperty("file_ids") @Nullable List<String> fileIds,
		@JsonProperty("name") @Nullable String name, @JsonProperty("description") @Nullable String description,
		@JsonProperty("expires_after") @Nullable VectorStoreExpirationAfter expiresAfter,
		@JsonProperty("chunking_strategy") CreateVectorStoreRequest.@Nullable ChunkingStrategy chunkingStrategy,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateVectorStoreRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param fileIds A list of
	 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> IDs that
	 * the vector store should use.
	 * @param name The name of the vector store.
	 * @param description A description for the vector store.
	 * @param expiresAfter The expiration policy for a vector store.
	 * @param chunkingStrategy The chunking strategy used to chunk the file(s).
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateVectorStoreRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateVectorStoreRequest}.
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
	 * The chunking strategy used to chunk the file(s). If not set, will use the
	 * {@code auto} strategy. Only applicable if {@code file_ids} is non-empty.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ChunkingStrategy.Deserializer.class)
	public sealed interface ChunkingStrategy
			permits AutoChunkingStrategyRequestParam, StaticChunkingStrategyRequestParam, ChunkingStrategy.Unknown {

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
					.object(AutoChunkingStrategyRequestParam.class,
							VariantShape.declaring("type").requiring("type").values("type", "auto"))
					.object(StaticChunkingStrategyRequestParam.class,
							VariantShape.declaring("type", "static")
								.requiring("type", "static")
								.values("type", "static")));
			}

		}

	}

	/**
	 * Builds a {@link CreateVectorStoreRequest}.
	 */
	public static final class Builder {

		private @Nullable List<String> fileIds;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable VectorStoreExpirationAfter expiresAfter;

		private @Nullable ChunkingStrategy chunkingStrategy;

		private @Nullable Map<String, String> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateVectorStoreRequest source) {
			this.fileIds = (source.fileIds() != null) ? new ArrayList<>(source.fileIds()) : null;
			this.name = source.name();
			this.description = source.description();
			this.expiresAfter = source.expiresAfter();
			this.chunkingStrategy = source.chunkingStrategy();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A list of
		 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> IDs
		 * that the vector store should use.
		 * <p>
		 * Takes a copy of the list.
		 * @param fileIds the value
		 * @return this builder
		 */
		public Builder fileIds(@Nullable List<String> fileIds) {
			this.fileIds = (fileIds != null) ? new ArrayList<>(fileIds) : null;
			return this;
		}

		/**
		 * A list of
		 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> IDs
		 * that the vector store should use.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param fileId the item to add
		 * @return this builder
		 */
		public Builder addFileId(String fileId) {
			Objects.requireNonNull(fileId, "'fileId' must not be null");
			if (this.fileIds == null) {
				this.fileIds = new ArrayList<>();
			}
			this.fileIds.add(fileId);
			return this;
		}

		/**
		 * The name of the vector store.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * A description for the vector store.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
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
		 * The chunking strategy used to chunk the file(s).
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
		public CreateVectorStoreRequest build() {
			return new CreateVectorStoreRequest(
					(this.fileIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.fileIds)) : null,
					this.name, this.description, this.expiresAfter, this.chunkingStrategy,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateVectorStoreRequest} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateVectorStoreRequest> {

		Reader() {
			super(CreateVectorStoreRequest.class, "file_ids", "name", "description", "expires_after",
					"chunking_strategy", "metadata");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateVectorStoreRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateVectorStoreRequest((List<String>) values[0], (String) values[1], (String) values[2],
					(VectorStoreExpirationAfter) values[3], (ChunkingStrategy) values[4],
					(Map<String, String>) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateVectorStoreRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateVectorStoreRequest> {

		Writer() {
			super(CreateVectorStoreRequest.class, "file_ids", "name", "description", "expires_after",
					"chunking_strategy", "metadata");
		}

		@Override
		protected @Nullable Object value(CreateVectorStoreRequest record, int index) {
			return switch (index) {
				case 0 -> record.fileIds();
				case 1 -> record.name();
				case 2 -> record.description();
				case 3 -> record.expiresAfter();
				case 4 -> record.chunkingStrategy();
				case 5 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateVectorStoreRequest record) {
			return record.additionalProperties();
		}

	}
}
