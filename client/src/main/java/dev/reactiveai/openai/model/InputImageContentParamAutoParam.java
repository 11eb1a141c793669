// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An image input to the model. Learn about [image inputs](/docs/guides/vision)
 *
 * @param type The type of the input item.
 * @param imageUrl the {@code image_url} property
 * @param fileId the {@code file_id} property
 * @param detail the {@code detail} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record InputImageContentParamAutoParam(@JsonProperty("type") String type,
		@JsonProperty("image_url") @Nullable String imageUrl, @JsonProperty("file_id") @Nullable String fileId,
		@JsonProperty("detail") @Nullable DetailEnum detail,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FunctionCallOutputItemParam.Output.ItemItem {

	public InputImageContentParamAutoParam {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link InputImageContentParamAutoParam}.
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
	 * Builds a {@link InputImageContentParamAutoParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String imageUrl;

		private @Nullable String fileId;

		private @Nullable DetailEnum detail;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_image";
		}

		private Builder(InputImageContentParamAutoParam source) {
			this.type = source.type();
			this.imageUrl = source.imageUrl();
			this.fileId = source.fileId();
			this.detail = source.detail();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of the input item. Always `input_image`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code image_url}.
		 * @param imageUrl the value
		 * @return this builder
		 */
		public Builder imageUrl(@Nullable String imageUrl) {
			this.imageUrl = imageUrl;
			return this;
		}

		/**
		 * Set {@code file_id}.
		 * @param fileId the value
		 * @return this builder
		 */
		public Builder fileId(@Nullable String fileId) {
			this.fileId = fileId;
			return this;
		}

		/**
		 * Set {@code detail}.
		 * @param detail the value
		 * @return this builder
		 */
		public Builder detail(@Nullable DetailEnum detail) {
			this.detail = detail;
			return this;
		}

		/**
		 * Set {@code detail} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder detail(String value) {
			return detail(DetailEnum.of(value));
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
		public InputImageContentParamAutoParam build() {
			return new InputImageContentParamAutoParam(this.type, this.imageUrl, this.fileId, this.detail,
					this.additionalProperties);
		}

	}
}
