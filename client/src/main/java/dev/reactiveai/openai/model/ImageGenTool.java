// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A tool that generates images using the GPT image models.
 *
 * @param type The type of the image generation tool.
 * @param model the {@code model} property
 * @param quality The quality of the generated image.
 * @param size The size of the generated image.
 * @param outputFormat The output format of the generated image.
 * @param outputCompression Compression level for the output image.
 * @param moderation Moderation level for the generated image.
 * @param background Background type for the generated image.
 * @param inputFidelity the {@code input_fidelity} property
 * @param inputImageMask Optional mask for inpainting.
 * @param partialImages Number of partial images to generate in streaming mode, from 0
 * (default value) to 3.
 * @param action Whether to generate a new image or edit an existing image.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ImageGenTool(@JsonProperty("type") String type, @JsonProperty("model") ImageGenTool.@Nullable Model model,
		@JsonProperty("quality") ImageGenTool.@Nullable Quality quality,
		@JsonProperty("size") ImageGenTool.@Nullable Size size,
		@JsonProperty("output_format") ImageGenTool.@Nullable OutputFormat outputFormat,
		@JsonProperty("output_compression") @Nullable Long outputCompression,
		@JsonProperty("moderation") ImageGenTool.@Nullable Moderation moderation,
		@JsonProperty("background") ImageGenTool.@Nullable Background background,
		@JsonProperty("input_fidelity") @Nullable InputFidelity inputFidelity,
		@JsonProperty("input_image_mask") ImageGenTool.@Nullable InputImageMask inputImageMask,
		@JsonProperty("partial_images") @Nullable Long partialImages,
		@JsonProperty("action") @Nullable ImageGenActionEnum action,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	public ImageGenTool {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ImageGenTool}.
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
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		public static final Model GPT_IMAGE_1 = new Model("gpt-image-1");

		public static final Model GPT_IMAGE_1_MINI = new Model("gpt-image-1-mini");

		public static final Model GPT_IMAGE_1_5 = new Model("gpt-image-1.5");

		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Model of(String value) {
			return switch (value) {
				case "gpt-image-1" -> GPT_IMAGE_1;
				case "gpt-image-1-mini" -> GPT_IMAGE_1_MINI;
				case "gpt-image-1.5" -> GPT_IMAGE_1_5;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The quality of the generated image. One of `low`, `medium`, `high`, or `auto`.
	 * Default: `auto`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Quality(@JsonValue String value) {
		public static final Quality LOW = new Quality("low");

		public static final Quality MEDIUM = new Quality("medium");

		public static final Quality HIGH = new Quality("high");

		public static final Quality AUTO = new Quality("auto");

		public Quality {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Quality of(String value) {
			return switch (value) {
				case "low" -> LOW;
				case "medium" -> MEDIUM;
				case "high" -> HIGH;
				case "auto" -> AUTO;
				default -> new Quality(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "low", "medium", "high", "auto" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The size of the generated image. One of `1024x1024`, `1024x1536`, `1536x1024`, or
	 * `auto`. Default: `auto`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Size(@JsonValue String value) {
		public static final Size V1024X1024 = new Size("1024x1024");

		public static final Size V1024X1536 = new Size("1024x1536");

		public static final Size V1536X1024 = new Size("1536x1024");

		public static final Size AUTO = new Size("auto");

		public Size {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Size of(String value) {
			return switch (value) {
				case "1024x1024" -> V1024X1024;
				case "1024x1536" -> V1024X1536;
				case "1536x1024" -> V1536X1024;
				case "auto" -> AUTO;
				default -> new Size(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "1024x1024", "1024x1536", "1536x1024", "auto" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The output format of the generated image. One of `png`, `webp`, or `jpeg`. Default:
	 * `png`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record OutputFormat(@JsonValue String value) {
		public static final OutputFormat PNG = new OutputFormat("png");

		public static final OutputFormat WEBP = new OutputFormat("webp");

		public static final OutputFormat JPEG = new OutputFormat("jpeg");

		public OutputFormat {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static OutputFormat of(String value) {
			return switch (value) {
				case "png" -> PNG;
				case "webp" -> WEBP;
				case "jpeg" -> JPEG;
				default -> new OutputFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "png", "webp", "jpeg" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Moderation level for the generated image. Default: `auto`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Moderation(@JsonValue String value) {
		public static final Moderation AUTO = new Moderation("auto");

		public static final Moderation LOW = new Moderation("low");

		public Moderation {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Moderation of(String value) {
			return switch (value) {
				case "auto" -> AUTO;
				case "low" -> LOW;
				default -> new Moderation(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "auto", "low" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Background type for the generated image. One of `transparent`, `opaque`, or `auto`.
	 * Default: `auto`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Background(@JsonValue String value) {
		public static final Background TRANSPARENT = new Background("transparent");

		public static final Background OPAQUE = new Background("opaque");

		public static final Background AUTO = new Background("auto");

		public Background {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Background of(String value) {
			return switch (value) {
				case "transparent" -> TRANSPARENT;
				case "opaque" -> OPAQUE;
				case "auto" -> AUTO;
				default -> new Background(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "transparent", "opaque", "auto" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Optional mask for inpainting. Contains `image_url` (string, optional) and `file_id`
	 * (string, optional).
	 *
	 * @param imageUrl Base64-encoded mask image.
	 * @param fileId File ID for the mask image.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record InputImageMask(@JsonProperty("image_url") @Nullable String imageUrl,
			@JsonProperty("file_id") @Nullable String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public InputImageMask {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link InputImageMask}.
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
		 * Builds a {@link InputImageMask}.
		 */
		public static final class Builder {

			private @Nullable String imageUrl;

			private @Nullable String fileId;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(InputImageMask source) {
				this.imageUrl = source.imageUrl();
				this.fileId = source.fileId();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code image_url}: Base64-encoded mask image.
			 * @param imageUrl the value
			 * @return this builder
			 */
			public Builder imageUrl(@Nullable String imageUrl) {
				this.imageUrl = imageUrl;
				return this;
			}

			/**
			 * Set {@code file_id}: File ID for the mask image.
			 * @param fileId the value
			 * @return this builder
			 */
			public Builder fileId(@Nullable String fileId) {
				this.fileId = fileId;
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
			public InputImageMask build() {
				return new InputImageMask(this.imageUrl, this.fileId, this.additionalProperties);
			}

		}
	}

	/**
	 * Builds a {@link ImageGenTool}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Model model;

		private @Nullable Quality quality;

		private @Nullable Size size;

		private @Nullable OutputFormat outputFormat;

		private @Nullable Long outputCompression;

		private @Nullable Moderation moderation;

		private @Nullable Background background;

		private @Nullable InputFidelity inputFidelity;

		private @Nullable InputImageMask inputImageMask;

		private @Nullable Long partialImages;

		private @Nullable ImageGenActionEnum action;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "image_generation";
		}

		private Builder(ImageGenTool source) {
			this.type = source.type();
			this.model = source.model();
			this.quality = source.quality();
			this.size = source.size();
			this.outputFormat = source.outputFormat();
			this.outputCompression = source.outputCompression();
			this.moderation = source.moderation();
			this.background = source.background();
			this.inputFidelity = source.inputFidelity();
			this.inputImageMask = source.inputImageMask();
			this.partialImages = source.partialImages();
			this.action = source.action();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of the image generation tool. Always
		 * `image_generation`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code model}.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code model} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * Set {@code quality}: The quality of the generated image. One of `low`,
		 * `medium`, `high`, or `auto`. Default: `auto`.
		 * @param quality the value
		 * @return this builder
		 */
		public Builder quality(@Nullable Quality quality) {
			this.quality = quality;
			return this;
		}

		/**
		 * Set {@code quality} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder quality(String value) {
			return quality(Quality.of(value));
		}

		/**
		 * Set {@code size}: The size of the generated image. One of `1024x1024`,
		 * `1024x1536`, `1536x1024`, or `auto`. Default: `auto`.
		 * @param size the value
		 * @return this builder
		 */
		public Builder size(@Nullable Size size) {
			this.size = size;
			return this;
		}

		/**
		 * Set {@code size} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder size(String value) {
			return size(Size.of(value));
		}

		/**
		 * Set {@code output_format}: The output format of the generated image. One of
		 * `png`, `webp`, or `jpeg`. Default: `png`.
		 * @param outputFormat the value
		 * @return this builder
		 */
		public Builder outputFormat(@Nullable OutputFormat outputFormat) {
			this.outputFormat = outputFormat;
			return this;
		}

		/**
		 * Set {@code output_format} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder outputFormat(String value) {
			return outputFormat(OutputFormat.of(value));
		}

		/**
		 * Set {@code output_compression}: Compression level for the output image.
		 * Default: 100.
		 * @param outputCompression the value
		 * @return this builder
		 */
		public Builder outputCompression(@Nullable Long outputCompression) {
			this.outputCompression = outputCompression;
			return this;
		}

		/**
		 * Set {@code moderation}: Moderation level for the generated image. Default:
		 * `auto`.
		 * @param moderation the value
		 * @return this builder
		 */
		public Builder moderation(@Nullable Moderation moderation) {
			this.moderation = moderation;
			return this;
		}

		/**
		 * Set {@code moderation} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder moderation(String value) {
			return moderation(Moderation.of(value));
		}

		/**
		 * Set {@code background}: Background type for the generated image. One of
		 * `transparent`, `opaque`, or `auto`. Default: `auto`.
		 * @param background the value
		 * @return this builder
		 */
		public Builder background(@Nullable Background background) {
			this.background = background;
			return this;
		}

		/**
		 * Set {@code background} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder background(String value) {
			return background(Background.of(value));
		}

		/**
		 * Set {@code input_fidelity}.
		 * @param inputFidelity the value
		 * @return this builder
		 */
		public Builder inputFidelity(@Nullable InputFidelity inputFidelity) {
			this.inputFidelity = inputFidelity;
			return this;
		}

		/**
		 * Set {@code input_fidelity} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder inputFidelity(String value) {
			return inputFidelity(InputFidelity.of(value));
		}

		/**
		 * Set {@code input_image_mask}: Optional mask for inpainting. Contains
		 * `image_url` (string, optional) and `file_id` (string, optional).
		 * @param inputImageMask the value
		 * @return this builder
		 */
		public Builder inputImageMask(@Nullable InputImageMask inputImageMask) {
			this.inputImageMask = inputImageMask;
			return this;
		}

		/**
		 * Set {@code partial_images}: Number of partial images to generate in streaming
		 * mode, from 0 (default value) to 3.
		 * @param partialImages the value
		 * @return this builder
		 */
		public Builder partialImages(@Nullable Long partialImages) {
			this.partialImages = partialImages;
			return this;
		}

		/**
		 * Set {@code action}: Whether to generate a new image or edit an existing image.
		 * Default: `auto`.
		 * @param action the value
		 * @return this builder
		 */
		public Builder action(@Nullable ImageGenActionEnum action) {
			this.action = action;
			return this;
		}

		/**
		 * Set {@code action} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder action(String value) {
			return action(ImageGenActionEnum.of(value));
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
		public ImageGenTool build() {
			return new ImageGenTool(this.type, this.model, this.quality, this.size, this.outputFormat,
					this.outputCompression, this.moderation, this.background, this.inputFidelity, this.inputImageMask,
					this.partialImages, this.action, this.additionalProperties);
		}

	}
}
