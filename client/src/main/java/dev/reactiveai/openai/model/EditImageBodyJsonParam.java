// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JSON request body for image edits.
 *
 * Use `images` (array of `ImageRefParam`) instead of multipart `image` uploads. You can
 * reference images via external URLs, data URLs, or uploaded file IDs. JSON edits support
 * GPT image models only; DALL-E edits require multipart (`dall-e-2` only).
 *
 * @param model The model to use for image editing.
 * @param images Input image references to edit.
 * @param mask Reference an input image by either URL or uploaded file ID.
 * @param prompt A text description of the desired image edit.
 * @param n The number of edited images to generate.
 * @param quality Output quality for GPT image models.
 * @param inputFidelity Controls fidelity to the original input image(s).
 * @param size Requested output image size.
 * @param user A unique identifier representing your end-user, which can help OpenAI
 * monitor and detect abuse.
 * @param outputFormat Output image format.
 * @param outputCompression Compression level for `jpeg` or `webp` output.
 * @param moderation Moderation level for GPT image models.
 * @param background Background behavior for generated image output.
 * @param stream Stream partial image results as events.
 * @param partialImages the {@code partial_images} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record EditImageBodyJsonParam(@JsonProperty("model") EditImageBodyJsonParam.@Nullable Model model,
		@JsonProperty("images") List<ImageRefParam> images, @JsonProperty("mask") @Nullable ImageRefParam mask,
		@JsonProperty("prompt") String prompt, @JsonProperty("n") @Nullable Long n,
		@JsonProperty("quality") EditImageBodyJsonParam.@Nullable Quality quality,
		@JsonProperty("input_fidelity") EditImageBodyJsonParam.@Nullable InputFidelity inputFidelity,
		@JsonProperty("size") EditImageBodyJsonParam.@Nullable Size size, @JsonProperty("user") @Nullable String user,
		@JsonProperty("output_format") EditImageBodyJsonParam.@Nullable OutputFormat outputFormat,
		@JsonProperty("output_compression") @Nullable Long outputCompression,
		@JsonProperty("moderation") EditImageBodyJsonParam.@Nullable Moderation moderation,
		@JsonProperty("background") EditImageBodyJsonParam.@Nullable Background background,
		@JsonProperty("stream") @Nullable Boolean stream, @JsonProperty("partial_images") @Nullable Long partialImages,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public EditImageBodyJsonParam {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link EditImageBodyJsonParam}.
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
	 * The model to use for image editing.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		public static final Model GPT_IMAGE_1_5 = new Model("gpt-image-1.5");

		public static final Model GPT_IMAGE_1 = new Model("gpt-image-1");

		public static final Model GPT_IMAGE_1_MINI = new Model("gpt-image-1-mini");

		public static final Model CHATGPT_IMAGE_LATEST = new Model("chatgpt-image-latest");

		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Model of(String value) {
			return switch (value) {
				case "gpt-image-1.5" -> GPT_IMAGE_1_5;
				case "gpt-image-1" -> GPT_IMAGE_1;
				case "gpt-image-1-mini" -> GPT_IMAGE_1_MINI;
				case "chatgpt-image-latest" -> CHATGPT_IMAGE_LATEST;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "gpt-image-1.5", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
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
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record InputFidelity(@JsonValue String value) {
		public static final InputFidelity HIGH = new InputFidelity("high");

		public static final InputFidelity LOW = new InputFidelity("low");

		public InputFidelity {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static InputFidelity of(String value) {
			return switch (value) {
				case "high" -> HIGH;
				case "low" -> LOW;
				default -> new InputFidelity(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "high", "low" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Size(@JsonValue String value) {
		public static final Size AUTO = new Size("auto");

		public static final Size V1024X1024 = new Size("1024x1024");

		public static final Size V1536X1024 = new Size("1536x1024");

		public static final Size V1024X1536 = new Size("1024x1536");

		public Size {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Size of(String value) {
			return switch (value) {
				case "auto" -> AUTO;
				case "1024x1024" -> V1024X1024;
				case "1536x1024" -> V1536X1024;
				case "1024x1536" -> V1024X1536;
				default -> new Size(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "auto", "1024x1024", "1536x1024", "1024x1536" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record OutputFormat(@JsonValue String value) {
		public static final OutputFormat PNG = new OutputFormat("png");

		public static final OutputFormat JPEG = new OutputFormat("jpeg");

		public static final OutputFormat WEBP = new OutputFormat("webp");

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
				case "jpeg" -> JPEG;
				case "webp" -> WEBP;
				default -> new OutputFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "png", "jpeg", "webp" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Moderation(@JsonValue String value) {
		public static final Moderation LOW = new Moderation("low");

		public static final Moderation AUTO = new Moderation("auto");

		public Moderation {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Moderation of(String value) {
			return switch (value) {
				case "low" -> LOW;
				case "auto" -> AUTO;
				default -> new Moderation(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "low", "auto" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
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
	 * Builds a {@link EditImageBodyJsonParam}.
	 */
	public static final class Builder {

		private @Nullable Model model;

		private @Nullable List<ImageRefParam> images;

		private @Nullable ImageRefParam mask;

		private @Nullable String prompt;

		private @Nullable Long n;

		private @Nullable Quality quality;

		private @Nullable InputFidelity inputFidelity;

		private @Nullable Size size;

		private @Nullable String user;

		private @Nullable OutputFormat outputFormat;

		private @Nullable Long outputCompression;

		private @Nullable Moderation moderation;

		private @Nullable Background background;

		private @Nullable Boolean stream;

		private @Nullable Long partialImages;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(EditImageBodyJsonParam source) {
			this.model = source.model();
			this.images = source.images();
			this.mask = source.mask();
			this.prompt = source.prompt();
			this.n = source.n();
			this.quality = source.quality();
			this.inputFidelity = source.inputFidelity();
			this.size = source.size();
			this.user = source.user();
			this.outputFormat = source.outputFormat();
			this.outputCompression = source.outputCompression();
			this.moderation = source.moderation();
			this.background = source.background();
			this.stream = source.stream();
			this.partialImages = source.partialImages();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code model}: The model to use for image editing.
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
		 * Set {@code images}: Input image references to edit. For GPT image models, you
		 * can provide up to 16 images.
		 * @param images the value (required)
		 * @return this builder
		 */
		public Builder images(@Nullable List<ImageRefParam> images) {
			this.images = images;
			return this;
		}

		/**
		 * Set {@code mask}: Reference an input image by either URL or uploaded file ID.
		 * Provide exactly one of `image_url` or `file_id`.
		 * @param mask the value
		 * @return this builder
		 */
		public Builder mask(@Nullable ImageRefParam mask) {
			this.mask = mask;
			return this;
		}

		/**
		 * Set {@code mask} to a {@link ImageRefParam.AnyValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder mask(Object value) {
			return mask(new ImageRefParam.AnyValue(value));
		}

		/**
		 * Set {@code prompt}: A text description of the desired image edit.
		 * @param prompt the value (required)
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * Set {@code n}: The number of edited images to generate.
		 * @param n the value
		 * @return this builder
		 */
		public Builder n(@Nullable Long n) {
			this.n = n;
			return this;
		}

		/**
		 * Set {@code quality}: Output quality for GPT image models.
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
		 * Set {@code input_fidelity}: Controls fidelity to the original input image(s).
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
		 * Set {@code size}: Requested output image size.
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
		 * Set {@code user}: A unique identifier representing your end-user, which can
		 * help OpenAI monitor and detect abuse.
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		/**
		 * Set {@code output_format}: Output image format. Supported for GPT image models.
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
		 * Set {@code output_compression}: Compression level for `jpeg` or `webp` output.
		 * @param outputCompression the value
		 * @return this builder
		 */
		public Builder outputCompression(@Nullable Long outputCompression) {
			this.outputCompression = outputCompression;
			return this;
		}

		/**
		 * Set {@code moderation}: Moderation level for GPT image models.
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
		 * Set {@code background}: Background behavior for generated image output.
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
		 * Set {@code stream}: Stream partial image results as events.
		 * @param stream the value
		 * @return this builder
		 */
		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
			return this;
		}

		/**
		 * Set {@code partial_images}.
		 * @param partialImages the value
		 * @return this builder
		 */
		public Builder partialImages(@Nullable Long partialImages) {
			this.partialImages = partialImages;
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
		public EditImageBodyJsonParam build() {
			return new EditImageBodyJsonParam(this.model, Objects.requireNonNull(this.images, "'images' is required"),
					this.mask, Objects.requireNonNull(this.prompt, "'prompt' is required"), this.n, this.quality,
					this.inputFidelity, this.size, this.user, this.outputFormat, this.outputCompression,
					this.moderation, this.background, this.stream, this.partialImages, this.additionalProperties);
		}

	}
}
