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
 * The request body of {@code POST /vector_stores/{vector_store_id}}: Modifies a vector
 * store.
 *
 * @param name The name of the vector store.
 * @param expiresAfter The expiration policy for a vector store.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UpdateVectorStoreRequest.Reader.class)
public record UpdateVectorStoreRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("expires_after") @Nullable VectorStoreExpirationAfter expiresAfter,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UpdateVectorStoreRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name The name of the vector store.
	 * @param expiresAfter The expiration policy for a vector store.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UpdateVectorStoreRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UpdateVectorStoreRequest}.
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
	 * Builds a {@link UpdateVectorStoreRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable VectorStoreExpirationAfter expiresAfter;

		private @Nullable Map<String, String> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(UpdateVectorStoreRequest source) {
			this.name = source.name();
			this.expiresAfter = source.expiresAfter();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
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
		 * The expiration policy for a vector store.
		 * @param expiresAfter the value
		 * @return this builder
		 */
		public Builder expiresAfter(@Nullable VectorStoreExpirationAfter expiresAfter) {
			this.expiresAfter = expiresAfter;
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
		public UpdateVectorStoreRequest build() {
			return new UpdateVectorStoreRequest(this.name, this.expiresAfter,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UpdateVectorStoreRequest} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UpdateVectorStoreRequest> {

		Reader() {
			super(UpdateVectorStoreRequest.class, "name", "expires_after", "metadata");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected UpdateVectorStoreRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UpdateVectorStoreRequest((String) values[0], (VectorStoreExpirationAfter) values[1],
					(Map<String, String>) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UpdateVectorStoreRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UpdateVectorStoreRequest> {

		Writer() {
			super(UpdateVectorStoreRequest.class, "name", "expires_after", "metadata");
		}

		@Override
		protected @Nullable Object value(UpdateVectorStoreRequest record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.expiresAfter();
				case 2 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UpdateVectorStoreRequest record) {
			return record.additionalProperties();
		}

	}
}
