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
 * The request body of {@code POST /vector_stores/{vector_store_id}/files/{file_id}}:
 * Update attributes on a vector store file.
 *
 * @param attributes Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard. Keys are strings with a maximum
 * length of 64 characters. Values are strings with a maximum length of 512 characters,
 * booleans, or numbers.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UpdateVectorStoreFileAttributesRequest.Reader.class)
public record UpdateVectorStoreFileAttributesRequest(
		@JsonProperty("attributes") @Nullable Map<String, VectorStoreFileAttributesValue> attributes,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UpdateVectorStoreFileAttributesRequest};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param attributes Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UpdateVectorStoreFileAttributesRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UpdateVectorStoreFileAttributesRequest}.
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
	 * Builds a {@link UpdateVectorStoreFileAttributesRequest}.
	 */
	public static final class Builder {

		private @Nullable Map<String, VectorStoreFileAttributesValue> attributes;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(UpdateVectorStoreFileAttributesRequest source) {
			this.attributes = (source.attributes() != null) ? new LinkedHashMap<>(source.attributes()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
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
		public UpdateVectorStoreFileAttributesRequest build() {
			return new UpdateVectorStoreFileAttributesRequest((this.attributes != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(this.attributes)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UpdateVectorStoreFileAttributesRequest} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UpdateVectorStoreFileAttributesRequest> {

		Reader() {
			super(UpdateVectorStoreFileAttributesRequest.class, "attributes");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected UpdateVectorStoreFileAttributesRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UpdateVectorStoreFileAttributesRequest((Map<String, VectorStoreFileAttributesValue>) values[0],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link UpdateVectorStoreFileAttributesRequest} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UpdateVectorStoreFileAttributesRequest> {

		Writer() {
			super(UpdateVectorStoreFileAttributesRequest.class, "attributes");
		}

		@Override
		protected @Nullable Object value(UpdateVectorStoreFileAttributesRequest record, int index) {
			return switch (index) {
				case 0 -> record.attributes();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UpdateVectorStoreFileAttributesRequest record) {
			return record.additionalProperties();
		}

	}
}
