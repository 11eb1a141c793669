// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
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
public record UpdateVectorStoreFileAttributesRequest(
		@JsonProperty("attributes") Map<String, UpdateVectorStoreFileAttributesRequest.VectorStoreFileAttributesValue> attributes,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UpdateVectorStoreFileAttributesRequest};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param attributes Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UpdateVectorStoreFileAttributesRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
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
	 * A value of a {@link UpdateVectorStoreFileAttributesRequest}'s {@code attributes}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = VectorStoreFileAttributesValue.Deserializer.class)
	public sealed interface VectorStoreFileAttributesValue
			permits VectorStoreFileAttributesValue.StringValue, VectorStoreFileAttributesValue.DoubleValue,
			VectorStoreFileAttributesValue.BooleanValue, VectorStoreFileAttributesValue.Unknown {

		/**
		 * A {@link VectorStoreFileAttributesValue} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements VectorStoreFileAttributesValue {
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link VectorStoreFileAttributesValue} that is a {@code Double}.
		 *
		 * @param value the value
		 */
		record DoubleValue(@JsonValue Double value) implements VectorStoreFileAttributesValue {
			/**
			 * Creates a {@link DoubleValue}, rejecting a null value.
			 * @param value the value
			 */
			public DoubleValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link VectorStoreFileAttributesValue} that is a {@code Boolean}.
		 *
		 * @param value the value
		 */
		record BooleanValue(@JsonValue Boolean value) implements VectorStoreFileAttributesValue {
			/**
			 * Creates a {@link BooleanValue}, rejecting a null value.
			 * @param value the value
			 */
			public BooleanValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link VectorStoreFileAttributesValue} that this version of the client does
		 * not recognize, kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements VectorStoreFileAttributesValue, UnknownVariant {
		}

		/**
		 * Reads a {@link VectorStoreFileAttributesValue} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<VectorStoreFileAttributesValue> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<VectorStoreFileAttributesValue>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.number(Double.class, DoubleValue::new)
					.bool(Boolean.class, BooleanValue::new));
			}

		}

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
		 * @param attributes the value (required)
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
			return new UpdateVectorStoreFileAttributesRequest(
					Collections.unmodifiableMap(
							new LinkedHashMap<>(Objects.requireNonNull(this.attributes, "'attributes' is required"))),
					this.additionalProperties);
		}

	}
}
