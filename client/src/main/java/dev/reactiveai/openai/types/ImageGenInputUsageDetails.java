// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The input tokens detailed information for the image generation.
 *
 * @param textTokens The number of text tokens in the input prompt.
 * @param imageTokens The number of image tokens in the input prompt.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ImageGenInputUsageDetails.Reader.class)
public record ImageGenInputUsageDetails(@JsonProperty("text_tokens") Long textTokens,
		@JsonProperty("image_tokens") Long imageTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ImageGenInputUsageDetails}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param textTokens The number of text tokens in the input prompt.
	 * @param imageTokens The number of image tokens in the input prompt.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ImageGenInputUsageDetails {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ImageGenInputUsageDetails}.
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
	 * Builds a {@link ImageGenInputUsageDetails}.
	 */
	public static final class Builder {

		private @Nullable Long textTokens;

		private @Nullable Long imageTokens;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ImageGenInputUsageDetails source) {
			this.textTokens = source.textTokens();
			this.imageTokens = source.imageTokens();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The number of text tokens in the input prompt.
		 * @param textTokens the value (required)
		 * @return this builder
		 */
		public Builder textTokens(@Nullable Long textTokens) {
			this.textTokens = textTokens;
			return this;
		}

		/**
		 * The number of image tokens in the input prompt.
		 * @param imageTokens the value (required)
		 * @return this builder
		 */
		public Builder imageTokens(@Nullable Long imageTokens) {
			this.imageTokens = imageTokens;
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
		public ImageGenInputUsageDetails build() {
			return new ImageGenInputUsageDetails(Objects.requireNonNull(this.textTokens, "'textTokens' is required"),
					Objects.requireNonNull(this.imageTokens, "'imageTokens' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ImageGenInputUsageDetails} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ImageGenInputUsageDetails> {

		Reader() {
			super(ImageGenInputUsageDetails.class, "text_tokens", "image_tokens");
		}

		@Override
		protected ImageGenInputUsageDetails create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ImageGenInputUsageDetails((Long) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ImageGenInputUsageDetails} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ImageGenInputUsageDetails> {

		Writer() {
			super(ImageGenInputUsageDetails.class, "text_tokens", "image_tokens");
		}

		@Override
		protected @Nullable Object value(ImageGenInputUsageDetails record, int index) {
			return switch (index) {
				case 0 -> record.textTokens();
				case 1 -> record.imageTokens();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ImageGenInputUsageDetails record) {
			return record.additionalProperties();
		}

	}
}
