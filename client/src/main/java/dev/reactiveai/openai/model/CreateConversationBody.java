// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * @param metadata the {@code metadata} property
 * @param items the {@code items} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record CreateConversationBody(@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("items") @Nullable List<InputItem> items,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public CreateConversationBody {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link CreateConversationBody}.
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
	 * Builds a {@link CreateConversationBody}.
	 */
	public static final class Builder {

		private @Nullable Map<String, String> metadata;

		private @Nullable List<InputItem> items;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateConversationBody source) {
			this.metadata = source.metadata();
			this.items = source.items();
			this.additionalProperties.putAll(source.additionalProperties());
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
		 * Set {@code items}.
		 * @param items the value
		 * @return this builder
		 */
		public Builder items(@Nullable List<InputItem> items) {
			this.items = items;
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
		public CreateConversationBody build() {
			return new CreateConversationBody(this.metadata, this.items, this.additionalProperties);
		}

	}
}
