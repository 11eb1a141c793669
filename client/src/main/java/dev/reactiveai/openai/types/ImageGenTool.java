// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A tool that generates images using the GPT image models.
 *
 * @param type The type of the image generation tool. Always {@code image_generation}.
 * @param model A {@link dev.reactiveai.openai.types.ImageGenTool.Model} (the API
 * description says no more).
 * @param quality The quality of the generated image. One of {@code low}, {@code medium},
 * {@code high}, or {@code auto}. Default: {@code auto}.
 * @param size The size of the generated image. One of {@code 1024x1024},
 * {@code 1024x1536}, {@code 1536x1024}, or {@code auto}. Default: {@code auto}.
 * @param outputFormat The output format of the generated image. One of {@code png},
 * {@code webp}, or {@code jpeg}. Default: {@code png}.
 * @param outputCompression Compression level for the output image. Default: 100.
 * @param moderation Moderation level for the generated image. Default: {@code auto}.
 * @param background Background type for the generated image. One of {@code transparent},
 * {@code opaque}, or {@code auto}. Default: {@code auto}.
 * @param inputFidelity Control how much effort the model will exert to match the style
 * and features, especially facial features, of input images. This parameter is only
 * supported for {@code gpt-image-1} and {@code gpt-image-1.5} and later models,
 * unsupported for {@code gpt-image-1-mini}. Supports {@code high} and {@code low}.
 * Defaults to {@code low}.
 * @param inputImageMask Optional mask for inpainting. Contains {@code image_url} (string,
 * optional) and {@code file_id} (string, optional).
 * @param partialImages Number of partial images to generate in streaming mode, from 0
 * (default value) to 3.
 * @param action Whether to generate a new image or edit an existing image. Default:
 * {@code auto}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ImageGenTool.Reader.class)
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

	/**
	 * Creates a {@link ImageGenTool}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the image generation tool.
	 * @param model A {@link dev.reactiveai.openai.types.ImageGenTool.Model} (the API
	 * description says no more).
	 * @param quality The quality of the generated image.
	 * @param size The size of the generated image.
	 * @param outputFormat The output format of the generated image.
	 * @param outputCompression Compression level for the output image.
	 * @param moderation Moderation level for the generated image.
	 * @param background Background type for the generated image.
	 * @param inputFidelity Control how much effort the model will exert to match the
	 * style and features, especially facial features, of input images.
	 * @param inputImageMask Optional mask for inpainting.
	 * @param partialImages Number of partial images to generate in streaming mode, from 0
	 * (default value) to 3.
	 * @param action Whether to generate a new image or edit an existing image.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ImageGenTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ImageGenTool}.
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
	 * A {@link ImageGenTool}'s {@code model}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		/**
		 * The value {@code gpt-image-1}.
		 */
		public static final Model GPT_IMAGE_1 = new Model("gpt-image-1");

		/**
		 * The value {@code gpt-image-1-mini}.
		 */
		public static final Model GPT_IMAGE_1_MINI = new Model("gpt-image-1-mini");

		/**
		 * The value {@code gpt-image-1.5}.
		 */
		public static final Model GPT_IMAGE_1_5 = new Model("gpt-image-1.5");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * The quality of the generated image. One of {@code low}, {@code medium},
	 * {@code high}, or {@code auto}. Default: {@code auto}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Quality(@JsonValue String value) {
		/**
		 * The value {@code low}.
		 */
		public static final Quality LOW = new Quality("low");

		/**
		 * The value {@code medium}.
		 */
		public static final Quality MEDIUM = new Quality("medium");

		/**
		 * The value {@code high}.
		 */
		public static final Quality HIGH = new Quality("high");

		/**
		 * The value {@code auto}.
		 */
		public static final Quality AUTO = new Quality("auto");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Quality {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * The size of the generated image. One of {@code 1024x1024}, {@code 1024x1536},
	 * {@code 1536x1024}, or {@code auto}. Default: {@code auto}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Size(@JsonValue String value) {
		/**
		 * The value {@code 1024x1024}.
		 */
		public static final Size V1024X1024 = new Size("1024x1024");

		/**
		 * The value {@code 1024x1536}.
		 */
		public static final Size V1024X1536 = new Size("1024x1536");

		/**
		 * The value {@code 1536x1024}.
		 */
		public static final Size V1536X1024 = new Size("1536x1024");

		/**
		 * The value {@code auto}.
		 */
		public static final Size AUTO = new Size("auto");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Size {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * The output format of the generated image. One of {@code png}, {@code webp}, or
	 * {@code jpeg}. Default: {@code png}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record OutputFormat(@JsonValue String value) {
		/**
		 * The value {@code png}.
		 */
		public static final OutputFormat PNG = new OutputFormat("png");

		/**
		 * The value {@code webp}.
		 */
		public static final OutputFormat WEBP = new OutputFormat("webp");

		/**
		 * The value {@code jpeg}.
		 */
		public static final OutputFormat JPEG = new OutputFormat("jpeg");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public OutputFormat {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * Moderation level for the generated image. Default: {@code auto}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Moderation(@JsonValue String value) {
		/**
		 * The value {@code auto}.
		 */
		public static final Moderation AUTO = new Moderation("auto");

		/**
		 * The value {@code low}.
		 */
		public static final Moderation LOW = new Moderation("low");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Moderation {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * Background type for the generated image. One of {@code transparent},
	 * {@code opaque}, or {@code auto}. Default: {@code auto}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Background(@JsonValue String value) {
		/**
		 * The value {@code transparent}.
		 */
		public static final Background TRANSPARENT = new Background("transparent");

		/**
		 * The value {@code opaque}.
		 */
		public static final Background OPAQUE = new Background("opaque");

		/**
		 * The value {@code auto}.
		 */
		public static final Background AUTO = new Background("auto");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Background {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * Optional mask for inpainting. Contains {@code image_url} (string, optional) and
	 * {@code file_id} (string, optional).
	 *
	 * @param imageUrl Base64-encoded mask image.
	 * @param fileId File ID for the mask image.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = InputImageMask.Reader.class)
	public static record InputImageMask(@JsonProperty("image_url") @Nullable String imageUrl,
			@JsonProperty("file_id") @Nullable String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link InputImageMask}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param imageUrl Base64-encoded mask image.
		 * @param fileId File ID for the mask image.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public InputImageMask {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link InputImageMask}.
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
			 * Base64-encoded mask image.
			 * @param imageUrl the value
			 * @return this builder
			 */
			public Builder imageUrl(@Nullable String imageUrl) {
				this.imageUrl = imageUrl;
				return this;
			}

			/**
			 * File ID for the mask image.
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

		/**
		 * Reads a {@link InputImageMask} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<InputImageMask> {

			Reader() {
				super(InputImageMask.class, "image_url", "file_id");
			}

			@Override
			protected InputImageMask create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new InputImageMask((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link InputImageMask} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<InputImageMask> {

			Writer() {
				super(InputImageMask.class, "image_url", "file_id");
			}

			@Override
			protected @Nullable Object value(InputImageMask record, int index) {
				return switch (index) {
					case 0 -> record.imageUrl();
					case 1 -> record.fileId();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(InputImageMask record) {
				return record.additionalProperties();
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
		 * A {@link dev.reactiveai.openai.types.ImageGenTool.Model} (the API description
		 * says no more).
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.ImageGenTool.Model} (the API description
		 * says no more).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * The quality of the generated image.
		 * @param quality the value
		 * @return this builder
		 */
		public Builder quality(@Nullable Quality quality) {
			this.quality = quality;
			return this;
		}

		/**
		 * The quality of the generated image.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder quality(String value) {
			return quality(Quality.of(value));
		}

		/**
		 * The size of the generated image.
		 * @param size the value
		 * @return this builder
		 */
		public Builder size(@Nullable Size size) {
			this.size = size;
			return this;
		}

		/**
		 * The size of the generated image.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder size(String value) {
			return size(Size.of(value));
		}

		/**
		 * The output format of the generated image.
		 * @param outputFormat the value
		 * @return this builder
		 */
		public Builder outputFormat(@Nullable OutputFormat outputFormat) {
			this.outputFormat = outputFormat;
			return this;
		}

		/**
		 * The output format of the generated image.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder outputFormat(String value) {
			return outputFormat(OutputFormat.of(value));
		}

		/**
		 * Compression level for the output image.
		 * @param outputCompression the value
		 * @return this builder
		 */
		public Builder outputCompression(@Nullable Long outputCompression) {
			this.outputCompression = outputCompression;
			return this;
		}

		/**
		 * Moderation level for the generated image.
		 * @param moderation the value
		 * @return this builder
		 */
		public Builder moderation(@Nullable Moderation moderation) {
			this.moderation = moderation;
			return this;
		}

		/**
		 * Moderation level for the generated image.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder moderation(String value) {
			return moderation(Moderation.of(value));
		}

		/**
		 * Background type for the generated image.
		 * @param background the value
		 * @return this builder
		 */
		public Builder background(@Nullable Background background) {
			this.background = background;
			return this;
		}

		/**
		 * Background type for the generated image.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder background(String value) {
			return background(Background.of(value));
		}

		/**
		 * Control how much effort the model will exert to match the style and features,
		 * especially facial features, of input images.
		 * @param inputFidelity the value
		 * @return this builder
		 */
		public Builder inputFidelity(@Nullable InputFidelity inputFidelity) {
			this.inputFidelity = inputFidelity;
			return this;
		}

		/**
		 * Control how much effort the model will exert to match the style and features,
		 * especially facial features, of input images.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder inputFidelity(String value) {
			return inputFidelity(InputFidelity.of(value));
		}

		/**
		 * Optional mask for inpainting.
		 * @param inputImageMask the value
		 * @return this builder
		 */
		public Builder inputImageMask(@Nullable InputImageMask inputImageMask) {
			this.inputImageMask = inputImageMask;
			return this;
		}

		/**
		 * Number of partial images to generate in streaming mode, from 0 (default value)
		 * to 3.
		 * @param partialImages the value
		 * @return this builder
		 */
		public Builder partialImages(@Nullable Long partialImages) {
			this.partialImages = partialImages;
			return this;
		}

		/**
		 * Whether to generate a new image or edit an existing image.
		 * @param action the value
		 * @return this builder
		 */
		public Builder action(@Nullable ImageGenActionEnum action) {
			this.action = action;
			return this;
		}

		/**
		 * Whether to generate a new image or edit an existing image.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
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

	/**
	 * Reads a {@link ImageGenTool} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ImageGenTool> {

		Reader() {
			super(ImageGenTool.class, "type", "model", "quality", "size", "output_format", "output_compression",
					"moderation", "background", "input_fidelity", "input_image_mask", "partial_images", "action");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Model.of(value);
				case 2 -> Quality.of(value);
				case 3 -> Size.of(value);
				case 4 -> OutputFormat.of(value);
				case 6 -> Moderation.of(value);
				case 7 -> Background.of(value);
				case 8 -> InputFidelity.of(value);
				case 11 -> ImageGenActionEnum.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ImageGenTool create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ImageGenTool((String) values[0], (Model) values[1], (Quality) values[2], (Size) values[3],
					(OutputFormat) values[4], (Long) values[5], (Moderation) values[6], (Background) values[7],
					(InputFidelity) values[8], (InputImageMask) values[9], (Long) values[10],
					(ImageGenActionEnum) values[11], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ImageGenTool} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ImageGenTool> {

		Writer() {
			super(ImageGenTool.class, "type", "model", "quality", "size", "output_format", "output_compression",
					"moderation", "background", "input_fidelity", "input_image_mask", "partial_images", "action");
		}

		@Override
		protected @Nullable Object value(ImageGenTool record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.model();
				case 2 -> record.quality();
				case 3 -> record.size();
				case 4 -> record.outputFormat();
				case 5 -> record.outputCompression();
				case 6 -> record.moderation();
				case 7 -> record.background();
				case 8 -> record.inputFidelity();
				case 9 -> record.inputImageMask();
				case 10 -> record.partialImages();
				case 11 -> record.action();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ImageGenTool record) {
			return record.additionalProperties();
		}

	}
}
