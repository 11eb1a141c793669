// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * @param image The image(s) to edit.
 * @param prompt A text description of the desired image(s).
 * @param mask An additional image whose fully transparent areas (e.g.
 * @param background Allows to set transparency for the background of the generated
 * image(s).
 * @param model The model to use for image generation.
 * @param n The number of images to generate.
 * @param size The size of the generated images.
 * @param responseFormat The format in which the generated images are returned.
 * @param outputFormat The format in which the generated images are returned.
 * @param outputCompression The compression level (0-100%) for the generated images.
 * @param user A unique identifier representing your end-user, which can help OpenAI to
 * monitor and detect abuse.
 * @param inputFidelity the {@code input_fidelity} property
 * @param stream Edit the image in streaming mode.
 * @param partialImages the {@code partial_images} property
 * @param quality The quality of the image that will be generated for GPT image models.
 * @param additionalProperties properties that this version of the client does not know
 */
public record CreateImageEditRequest(@JsonProperty("image") CreateImageEditRequest.Image image,
		@JsonProperty("prompt") String prompt, @JsonProperty("mask") @Nullable UploadFile mask,
		@JsonProperty("background") CreateImageEditRequest.@Nullable Background background,
		@JsonProperty("model") CreateImageEditRequest.@Nullable Model model, @JsonProperty("n") @Nullable Long n,
		@JsonProperty("size") CreateImageEditRequest.@Nullable Size size,
		@JsonProperty("response_format") CreateImageEditRequest.@Nullable ResponseFormat responseFormat,
		@JsonProperty("output_format") CreateImageEditRequest.@Nullable OutputFormat outputFormat,
		@JsonProperty("output_compression") @Nullable Long outputCompression,
		@JsonProperty("user") @Nullable String user,
		@JsonProperty("input_fidelity") @Nullable InputFidelity inputFidelity,
		@JsonProperty("stream") @Nullable Boolean stream, @JsonProperty("partial_images") @Nullable Long partialImages,
		@JsonProperty("quality") CreateImageEditRequest.@Nullable Quality quality,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public CreateImageEditRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link CreateImageEditRequest}.
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
	 * The image(s) to edit. Must be a supported image file or an array of images.
	 *
	 * For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, and `gpt-image-1.5`),
	 * each image should be a `png`, `webp`, or `jpg` file less than 50MB. You can provide
	 * up to 16 images. `chatgpt-image-latest` follows the same input constraints as GPT
	 * image models.
	 *
	 * For `dall-e-2`, you can only provide one image, and it should be a square `png`
	 * file less than 4MB.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Image.Deserializer.class)
	public sealed interface Image permits Image.FileValue, Image.UploadFileList, Image.Unknown {

		/**
		 * A {@link Image} that is a {@code UploadFile}.
		 *
		 * @param value the value
		 */
		record FileValue(@JsonValue UploadFile value) implements Image {
			public FileValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Image} that is a {@code List<UploadFile>}.
		 *
		 * @param value the value
		 */
		record UploadFileList(@JsonValue List<UploadFile> value) implements Image {
			public UploadFileList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Image} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Image, UnknownVariant {
		}

		/**
		 * Reads a {@link Image} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Image> {

			public Deserializer() {
				super(UnionDeserializer.<Image>variants(Unknown::new)
					.string(UploadFile.class, FileValue::new)
					.array(new TypeReference<List<UploadFile>>() {
					}, UploadFileList::new));
			}

		}

	}

	/**
	 * Allows to set transparency for the background of the generated image(s). This
	 * parameter is only supported for the GPT image models. Must be one of `transparent`,
	 * `opaque` or `auto` (default value). When `auto` is used, the model will
	 * automatically determine the best background for the image.
	 *
	 * If `transparent`, the output format needs to support transparency, so it should be
	 * set to either `png` (default value) or `webp`.
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
	 * The model to use for image generation. Defaults to `gpt-image-1.5`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		public static final Model GPT_IMAGE_1_5 = new Model("gpt-image-1.5");

		public static final Model DALL_E_2 = new Model("dall-e-2");

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
				case "dall-e-2" -> DALL_E_2;
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
				case "gpt-image-1.5", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The size of the generated images. Must be one of `1024x1024`, `1536x1024`
	 * (landscape), `1024x1536` (portrait), or `auto` (default value) for the GPT image
	 * models, and one of `256x256`, `512x512`, or `1024x1024` for `dall-e-2`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Size(@JsonValue String value) {
		public static final Size V256X256 = new Size("256x256");

		public static final Size V512X512 = new Size("512x512");

		public static final Size V1024X1024 = new Size("1024x1024");

		public static final Size V1536X1024 = new Size("1536x1024");

		public static final Size V1024X1536 = new Size("1024x1536");

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
				case "256x256" -> V256X256;
				case "512x512" -> V512X512;
				case "1024x1024" -> V1024X1024;
				case "1536x1024" -> V1536X1024;
				case "1024x1536" -> V1024X1536;
				case "auto" -> AUTO;
				default -> new Size(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The format in which the generated images are returned. Must be one of `url` or
	 * `b64_json`. URLs are only valid for 60 minutes after the image has been generated.
	 * This parameter is only supported for `dall-e-2` (default is `url` for `dall-e-2`),
	 * as GPT image models always return base64-encoded images.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record ResponseFormat(@JsonValue String value) {
		public static final ResponseFormat URL = new ResponseFormat("url");

		public static final ResponseFormat B64_JSON = new ResponseFormat("b64_json");

		public ResponseFormat {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static ResponseFormat of(String value) {
			return switch (value) {
				case "url" -> URL;
				case "b64_json" -> B64_JSON;
				default -> new ResponseFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "url", "b64_json" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The format in which the generated images are returned. This parameter is only
	 * supported for the GPT image models. Must be one of `png`, `jpeg`, or `webp`. The
	 * default value is `png`.
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
	 * The quality of the image that will be generated for GPT image models. Defaults to
	 * `auto`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Quality(@JsonValue String value) {
		public static final Quality STANDARD = new Quality("standard");

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
				case "standard" -> STANDARD;
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
				case "standard", "low", "medium", "high", "auto" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link CreateImageEditRequest}.
	 */
	public static final class Builder {

		private @Nullable Image image;

		private @Nullable String prompt;

		private @Nullable UploadFile mask;

		private @Nullable Background background;

		private @Nullable Model model;

		private @Nullable Long n;

		private @Nullable Size size;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable OutputFormat outputFormat;

		private @Nullable Long outputCompression;

		private @Nullable String user;

		private @Nullable InputFidelity inputFidelity;

		private @Nullable Boolean stream;

		private @Nullable Long partialImages;

		private @Nullable Quality quality;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateImageEditRequest source) {
			this.image = source.image();
			this.prompt = source.prompt();
			this.mask = source.mask();
			this.background = source.background();
			this.model = source.model();
			this.n = source.n();
			this.size = source.size();
			this.responseFormat = source.responseFormat();
			this.outputFormat = source.outputFormat();
			this.outputCompression = source.outputCompression();
			this.user = source.user();
			this.inputFidelity = source.inputFidelity();
			this.stream = source.stream();
			this.partialImages = source.partialImages();
			this.quality = source.quality();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code image}: The image(s) to edit. Must be a supported image file or an
		 * array of images.
		 *
		 * For the GPT image models (`gpt-image-1`, `gpt-image-1-mini`, and
		 * `gpt-image-1.5`), each image should be a `png`, `webp`, or `jpg` file less than
		 * 50MB. You can provide up to 16 images. `chatgpt-image-latest` follows the same
		 * input constraints as GPT image models.
		 *
		 * For `dall-e-2`, you can only provide one image, and it should be a square `png`
		 * file less than 4MB.
		 * @param image the value (required)
		 * @return this builder
		 */
		public Builder image(@Nullable Image image) {
			this.image = image;
			return this;
		}

		/**
		 * Set {@code image} to a {@link Image.FileValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder image(UploadFile value) {
			return image(new Image.FileValue(value));
		}

		/**
		 * Set {@code image} to a {@link Image.UploadFileList}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder image(List<UploadFile> value) {
			return image(new Image.UploadFileList(value));
		}

		/**
		 * Set {@code prompt}: A text description of the desired image(s). The maximum
		 * length is 1000 characters for `dall-e-2`, and 32000 characters for the GPT
		 * image models.
		 * @param prompt the value (required)
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * Set {@code mask}: An additional image whose fully transparent areas (e.g. where
		 * alpha is zero) indicate where `image` should be edited. If there are multiple
		 * images provided, the mask will be applied on the first image. Must be a valid
		 * PNG file, less than 4MB, and have the same dimensions as `image`.
		 * @param mask the value
		 * @return this builder
		 */
		public Builder mask(@Nullable UploadFile mask) {
			this.mask = mask;
			return this;
		}

		/**
		 * Set {@code background}: Allows to set transparency for the background of the
		 * generated image(s). This parameter is only supported for the GPT image models.
		 * Must be one of `transparent`, `opaque` or `auto` (default value). When `auto`
		 * is used, the model will automatically determine the best background for the
		 * image.
		 *
		 * If `transparent`, the output format needs to support transparency, so it should
		 * be set to either `png` (default value) or `webp`.
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
		 * Set {@code model}: The model to use for image generation. Defaults to
		 * `gpt-image-1.5`.
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
		 * Set {@code n}: The number of images to generate. Must be between 1 and 10.
		 * @param n the value
		 * @return this builder
		 */
		public Builder n(@Nullable Long n) {
			this.n = n;
			return this;
		}

		/**
		 * Set {@code size}: The size of the generated images. Must be one of `1024x1024`,
		 * `1536x1024` (landscape), `1024x1536` (portrait), or `auto` (default value) for
		 * the GPT image models, and one of `256x256`, `512x512`, or `1024x1024` for
		 * `dall-e-2`.
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
		 * Set {@code response_format}: The format in which the generated images are
		 * returned. Must be one of `url` or `b64_json`. URLs are only valid for 60
		 * minutes after the image has been generated. This parameter is only supported
		 * for `dall-e-2` (default is `url` for `dall-e-2`), as GPT image models always
		 * return base64-encoded images.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * Set {@code response_format} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder responseFormat(String value) {
			return responseFormat(ResponseFormat.of(value));
		}

		/**
		 * Set {@code output_format}: The format in which the generated images are
		 * returned. This parameter is only supported for the GPT image models. Must be
		 * one of `png`, `jpeg`, or `webp`. The default value is `png`.
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
		 * Set {@code output_compression}: The compression level (0-100%) for the
		 * generated images. This parameter is only supported for the GPT image models
		 * with the `webp` or `jpeg` output formats, and defaults to 100.
		 * @param outputCompression the value
		 * @return this builder
		 */
		public Builder outputCompression(@Nullable Long outputCompression) {
			this.outputCompression = outputCompression;
			return this;
		}

		/**
		 * Set {@code user}: A unique identifier representing your end-user, which can
		 * help OpenAI to monitor and detect abuse. [Learn
		 * more](/docs/guides/safety-best-practices#end-user-ids).
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
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
		 * Set {@code stream}: Edit the image in streaming mode. Defaults to `false`. See
		 * the [Image generation guide](/docs/guides/image-generation) for more
		 * information.
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
		 * Set {@code quality}: The quality of the image that will be generated for GPT
		 * image models. Defaults to `auto`.
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
		public CreateImageEditRequest build() {
			return new CreateImageEditRequest(Objects.requireNonNull(this.image, "'image' is required"),
					Objects.requireNonNull(this.prompt, "'prompt' is required"), this.mask, this.background, this.model,
					this.n, this.size, this.responseFormat, this.outputFormat, this.outputCompression, this.user,
					this.inputFidelity, this.stream, this.partialImages, this.quality, this.additionalProperties);
		}

	}
}
