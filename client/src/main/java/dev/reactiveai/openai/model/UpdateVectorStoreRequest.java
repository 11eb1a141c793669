// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * @param name The name of the vector store.
 * @param expiresAfter the {@code expires_after} property
 * @param metadata the {@code metadata} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record UpdateVectorStoreRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("expires_after") @Nullable VectorStoreExpirationAfter expiresAfter,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public UpdateVectorStoreRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link UpdateVectorStoreRequest}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
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
			this.metadata = source.metadata();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code name}: The name of the vector store.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set {@code expires_after}.
		 * @param expiresAfter the value
		 * @return this builder
		 */
		public Builder expiresAfter(@Nullable VectorStoreExpirationAfter expiresAfter) {
			this.expiresAfter = expiresAfter;
			return this;
		}

		/**
		 * Set {@code metadata}.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = metadata;
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
			return new UpdateVectorStoreRequest(this.name, this.expiresAfter, this.metadata, this.additionalProperties);
		}

	}
}
