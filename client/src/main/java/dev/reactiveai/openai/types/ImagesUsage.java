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
 * For the GPT image models only, the token usage information for the image generation.
 *
 * @param totalTokens The total number of tokens (images and text) used for the image
 * generation.
 * @param inputTokens The number of tokens (images and text) in the input prompt.
 * @param outputTokens The number of image tokens in the output image.
 * @param inputTokensDetails The input tokens detailed information for the image
 * generation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ImagesUsage.Reader.class)
public record ImagesUsage(@JsonProperty("total_tokens") Long totalTokens,
		@JsonProperty("input_tokens") Long inputTokens, @JsonProperty("output_tokens") Long outputTokens,
		@JsonProperty("input_tokens_details") ImagesUsage.InputTokensDetails inputTokensDetails,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ImagesUsage}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param totalTokens The total number of tokens (images and text) used for the image
	 * generation.
	 * @param inputTokens The number of tokens (images and text) in the input prompt.
	 * @param outputTokens The number of image tokens in the output image.
	 * @param inputTokensDetails The input tokens detailed information for the image
	 * generation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ImagesUsage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ImagesUsage}.
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
	 * The input tokens detailed information for the image generation.
	 *
	 * @param textTokens The number of text tokens in the input prompt.
	 * @param imageTokens The number of image tokens in the input prompt.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = InputTokensDetails.Reader.class)
	public static record InputTokensDetails(@JsonProperty("text_tokens") Long textTokens,
			@JsonProperty("image_tokens") Long imageTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link InputTokensDetails}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param textTokens The number of text tokens in the input prompt.
		 * @param imageTokens The number of image tokens in the input prompt.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public InputTokensDetails {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link InputTokensDetails}.
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
		 * Builds a {@link InputTokensDetails}.
		 */
		public static final class Builder {

			private @Nullable Long textTokens;

			private @Nullable Long imageTokens;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(InputTokensDetails source) {
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
			public InputTokensDetails build() {
				return new InputTokensDetails(Objects.requireNonNull(this.textTokens, "'textTokens' is required"),
						Objects.requireNonNull(this.imageTokens, "'imageTokens' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link InputTokensDetails} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<InputTokensDetails> {

			Reader() {
				super(InputTokensDetails.class, "text_tokens", "image_tokens");
			}

			@Override
			protected InputTokensDetails create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new InputTokensDetails((Long) values[0], (Long) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link InputTokensDetails} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<InputTokensDetails> {

			Writer() {
				super(InputTokensDetails.class, "text_tokens", "image_tokens");
			}

			@Override
			protected @Nullable Object value(InputTokensDetails record, int index) {
				return switch (index) {
					case 0 -> record.textTokens();
					case 1 -> record.imageTokens();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(InputTokensDetails record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link ImagesUsage}.
	 */
	public static final class Builder {

		private @Nullable Long totalTokens;

		private @Nullable Long inputTokens;

		private @Nullable Long outputTokens;

		private @Nullable InputTokensDetails inputTokensDetails;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ImagesUsage source) {
			this.totalTokens = source.totalTokens();
			this.inputTokens = source.inputTokens();
			this.outputTokens = source.outputTokens();
			this.inputTokensDetails = source.inputTokensDetails();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The total number of tokens (images and text) used for the image generation.
		 * @param totalTokens the value (required)
		 * @return this builder
		 */
		public Builder totalTokens(@Nullable Long totalTokens) {
			this.totalTokens = totalTokens;
			return this;
		}

		/**
		 * The number of tokens (images and text) in the input prompt.
		 * @param inputTokens the value (required)
		 * @return this builder
		 */
		public Builder inputTokens(@Nullable Long inputTokens) {
			this.inputTokens = inputTokens;
			return this;
		}

		/**
		 * The number of image tokens in the output image.
		 * @param outputTokens the value (required)
		 * @return this builder
		 */
		public Builder outputTokens(@Nullable Long outputTokens) {
			this.outputTokens = outputTokens;
			return this;
		}

		/**
		 * The input tokens detailed information for the image generation.
		 * @param inputTokensDetails the value (required)
		 * @return this builder
		 */
		public Builder inputTokensDetails(@Nullable InputTokensDetails inputTokensDetails) {
			this.inputTokensDetails = inputTokensDetails;
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
		public ImagesUsage build() {
			return new ImagesUsage(Objects.requireNonNull(this.totalTokens, "'totalTokens' is required"),
					Objects.requireNonNull(this.inputTokens, "'inputTokens' is required"),
					Objects.requireNonNull(this.outputTokens, "'outputTokens' is required"),
					Objects.requireNonNull(this.inputTokensDetails, "'inputTokensDetails' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ImagesUsage} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ImagesUsage> {

		Reader() {
			super(ImagesUsage.class, "total_tokens", "input_tokens", "output_tokens", "input_tokens_details");
		}

		@Override
		protected ImagesUsage create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ImagesUsage((Long) values[0], (Long) values[1], (Long) values[2], (InputTokensDetails) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ImagesUsage} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ImagesUsage> {

		Writer() {
			super(ImagesUsage.class, "total_tokens", "input_tokens", "output_tokens", "input_tokens_details");
		}

		@Override
		protected @Nullable Object value(ImagesUsage record, int index) {
			return switch (index) {
				case 0 -> record.totalTokens();
				case 1 -> record.inputTokens();
				case 2 -> record.outputTokens();
				case 3 -> record.inputTokensDetails();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ImagesUsage record) {
			return record.additionalProperties();
		}

	}
}
