// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import java.util.ArrayList;
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
 * The request body of {@code POST /images/edits}: Creates an edited or extended image
 * given one or more source images and a prompt.
 *
 * @param image The image(s) to edit. Must be a supported image file or an array of
 * images.
 * <p>
 * For the GPT image models ({@code gpt-image-1}, {@code gpt-image-1-mini}, and
 * {@code gpt-image-1.5}), each image should be a {@code png}, {@code webp}, or
 * {@code jpg} file less than 50MB. You can provide up to 16 images.
 * {@code chatgpt-image-latest} follows the same input constraints as GPT image models.
 * <p>
 * For {@code dall-e-2}, you can only provide one image, and it should be a square
 * {@code png} file less than 4MB.
 * @param prompt A text description of the desired image(s). The maximum length is 1000
 * characters for {@code dall-e-2}, and 32000 characters for the GPT image models.
 * @param mask An additional image whose fully transparent areas (e.g. where alpha is
 * zero) indicate where {@code image} should be edited. If there are multiple images
 * provided, the mask will be applied on the first image. Must be a valid PNG file, less
 * than 4MB, and have the same dimensions as {@code image}.
 * @param background Allows to set transparency for the background of the generated
 * image(s). This parameter is only supported for the GPT image models. Must be one of
 * {@code transparent}, {@code opaque} or {@code auto} (default value). When {@code auto}
 * is used, the model will automatically determine the best background for the image.
 * <p>
 * If {@code transparent}, the output format needs to support transparency, so it should
 * be set to either {@code png} (default value) or {@code webp}.
 * @param model The model to use for image generation. Defaults to {@code gpt-image-1.5}.
 * @param n The number of images to generate. Must be between 1 and 10.
 * @param size The size of the generated images. Must be one of {@code 1024x1024},
 * {@code 1536x1024} (landscape), {@code 1024x1536} (portrait), or {@code auto} (default
 * value) for the GPT image models, and one of {@code 256x256}, {@code 512x512}, or
 * {@code 1024x1024} for {@code dall-e-2}.
 * @param responseFormat The format in which the generated images are returned. Must be
 * one of {@code url} or {@code b64_json}. URLs are only valid for 60 minutes after the
 * image has been generated. This parameter is only supported for {@code dall-e-2}
 * (default is {@code url} for {@code dall-e-2}), as GPT image models always return
 * base64-encoded images.
 * @param outputFormat The format in which the generated images are returned. This
 * parameter is only supported for the GPT image models. Must be one of {@code png},
 * {@code jpeg}, or {@code webp}. The default value is {@code png}.
 * @param outputCompression The compression level (0-100%) for the generated images. This
 * parameter is only supported for the GPT image models with the {@code webp} or
 * {@code jpeg} output formats, and defaults to 100.
 * @param user A unique identifier representing your end-user, which can help OpenAI to
 * monitor and detect abuse. <a href=
 * "https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids">Learn
 * more</a>.
 * @param inputFidelity Control how much effort the model will exert to match the style
 * and features, especially facial features, of input images. This parameter is only
 * supported for {@code gpt-image-1} and {@code gpt-image-1.5} and later models,
 * unsupported for {@code gpt-image-1-mini}. Supports {@code high} and {@code low}.
 * Defaults to {@code low}.
 * @param stream Edit the image in streaming mode. Defaults to {@code false}. See the
 * <a href="https://platform.openai.com/docs/guides/image-generation">Image generation
 * guide</a> for more information.
 * @param partialImages The number of partial images to generate. This parameter is used
 * for streaming responses that return partial images. Value must be between 0 and 3. When
 * set to 0, the response will be a single image sent in one streaming event.
 * <p>
 * Note that the final image may be sent before the full number of partial images are
 * generated if the full image is generated more quickly.
 * @param quality The quality of the image that will be generated for GPT image models.
 * Defaults to {@code auto}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateImageEditRequest.Reader.class)
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

	/**
	 * Creates a {@link CreateImageEditRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param image The image(s) to edit.
	 * @param prompt A text description of the desired image(s).
	 * @param mask An additional image whose fully transparent areas (e.g. where alpha is
	 * zero) indicate where {@code image} should be edited.
	 * @param background Allows to set transparency for the background of the generated
	 * image(s).
	 * @param model The model to use for image generation.
	 * @param n The number of images to generate.
	 * @param size The size of the generated images.
	 * @param responseFormat The format in which the generated images are returned.
	 * @param outputFormat The format in which the generated images are returned.
	 * @param outputCompression The compression level (0-100%) for the generated images.
	 * @param user A unique identifier representing your end-user, which can help OpenAI
	 * to monitor and detect abuse.
	 * @param inputFidelity Control how much effort the model will exert to match the
	 * style and features, especially facial features, of input images.
	 * @param stream Edit the image in streaming mode.
	 * @param partialImages The number of partial images to generate.
	 * @param quality The quality of the image that will be generated for GPT image
	 * models.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateImageEditRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateImageEditRequest}.
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
	 * The image(s) to edit. Must be a supported image file or an array of images.
	 * <p>
	 * For the GPT image models ({@code gpt-image-1}, {@code gpt-image-1-mini}, and
	 * {@code gpt-image-1.5}), each image should be a {@code png}, {@code webp}, or
	 * {@code jpg} file less than 50MB. You can provide up to 16 images.
	 * {@code chatgpt-image-latest} follows the same input constraints as GPT image
	 * models.
	 * <p>
	 * For {@code dall-e-2}, you can only provide one image, and it should be a square
	 * {@code png} file less than 4MB.
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
			/**
			 * Creates a {@link FileValue}, rejecting a null value.
			 * @param value the value
			 */
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
			/**
			 * Creates a {@link UploadFileList}, rejecting a null value.
			 * @param value the value
			 */
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

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
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
	 * parameter is only supported for the GPT image models. Must be one of
	 * {@code transparent}, {@code opaque} or {@code auto} (default value). When
	 * {@code auto} is used, the model will automatically determine the best background
	 * for the image.
	 * <p>
	 * If {@code transparent}, the output format needs to support transparency, so it
	 * should be set to either {@code png} (default value) or {@code webp}.
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
	 * The model to use for image generation. Defaults to {@code gpt-image-1.5}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		/**
		 * The value {@code gpt-image-1.5}.
		 */
		public static final Model GPT_IMAGE_1_5 = new Model("gpt-image-1.5");

		/**
		 * The value {@code dall-e-2}.
		 */
		public static final Model DALL_E_2 = new Model("dall-e-2");

		/**
		 * The value {@code gpt-image-1}.
		 */
		public static final Model GPT_IMAGE_1 = new Model("gpt-image-1");

		/**
		 * The value {@code gpt-image-1-mini}.
		 */
		public static final Model GPT_IMAGE_1_MINI = new Model("gpt-image-1-mini");

		/**
		 * The value {@code chatgpt-image-latest}.
		 */
		public static final Model CHATGPT_IMAGE_LATEST = new Model("chatgpt-image-latest");

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
		 * @return whether the value is one of the constants
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
	 * The size of the generated images. Must be one of {@code 1024x1024},
	 * {@code 1536x1024} (landscape), {@code 1024x1536} (portrait), or {@code auto}
	 * (default value) for the GPT image models, and one of {@code 256x256},
	 * {@code 512x512}, or {@code 1024x1024} for {@code dall-e-2}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Size(@JsonValue String value) {
		/**
		 * The value {@code 256x256}.
		 */
		public static final Size V256X256 = new Size("256x256");

		/**
		 * The value {@code 512x512}.
		 */
		public static final Size V512X512 = new Size("512x512");

		/**
		 * The value {@code 1024x1024}.
		 */
		public static final Size V1024X1024 = new Size("1024x1024");

		/**
		 * The value {@code 1536x1024}.
		 */
		public static final Size V1536X1024 = new Size("1536x1024");

		/**
		 * The value {@code 1024x1536}.
		 */
		public static final Size V1024X1536 = new Size("1024x1536");

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
		 * @return whether the value is one of the constants
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
	 * The format in which the generated images are returned. Must be one of {@code url}
	 * or {@code b64_json}. URLs are only valid for 60 minutes after the image has been
	 * generated. This parameter is only supported for {@code dall-e-2} (default is
	 * {@code url} for {@code dall-e-2}), as GPT image models always return base64-encoded
	 * images.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record ResponseFormat(@JsonValue String value) {
		/**
		 * The value {@code url}.
		 */
		public static final ResponseFormat URL = new ResponseFormat("url");

		/**
		 * The value {@code b64_json}.
		 */
		public static final ResponseFormat B64_JSON = new ResponseFormat("b64_json");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public ResponseFormat {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * supported for the GPT image models. Must be one of {@code png}, {@code jpeg}, or
	 * {@code webp}. The default value is {@code png}.
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
		 * The value {@code jpeg}.
		 */
		public static final OutputFormat JPEG = new OutputFormat("jpeg");

		/**
		 * The value {@code webp}.
		 */
		public static final OutputFormat WEBP = new OutputFormat("webp");

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
				case "jpeg" -> JPEG;
				case "webp" -> WEBP;
				default -> new OutputFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
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
	 * {@code auto}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Quality(@JsonValue String value) {
		/**
		 * The value {@code standard}.
		 */
		public static final Quality STANDARD = new Quality("standard");

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
		 * @return whether the value is one of the constants
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
	 * <p>
	 * {@code stream} is set by the service's call, which decides whether to stream.
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

		private @Nullable Long partialImages;

		private @Nullable Quality quality;

		/**
		 * The list that {@code image} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<UploadFile> imageAdded;

		private Image.@Nullable UploadFileList imageAddedTo;

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
			this.partialImages = source.partialImages();
			this.quality = source.quality();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The image(s) to edit.
		 * @param image the value (required)
		 * @return this builder
		 */
		public Builder image(@Nullable Image image) {
			this.image = image;
			return this;
		}

		/**
		 * The image(s) to edit.
		 * <p>
		 * Takes the value of a {@link Image.FileValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder image(UploadFile value) {
			return image(new Image.FileValue(value));
		}

		/**
		 * The image(s) to edit.
		 * <p>
		 * Takes the value of a {@link Image.UploadFileList}, copying the list.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder image(List<UploadFile> value) {
			return image(new Image.UploadFileList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * The image(s) to edit.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param image the item to add
		 * @return this builder
		 */
		public Builder addImage(UploadFile image) {
			Objects.requireNonNull(image, "'image' must not be null");
			if (this.imageAdded == null || this.image != this.imageAddedTo) {
				List<UploadFile> items = new ArrayList<>();
				if (this.image instanceof Image.UploadFileList held) {
					items.addAll(held.value());
				}
				else if (this.image != null) {
					throw new IllegalStateException("Cannot add to 'image', which holds a "
							+ this.image.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.imageAdded = items;
				this.imageAddedTo = new Image.UploadFileList(Collections.unmodifiableList(items));
				this.image = this.imageAddedTo;
			}
			this.imageAdded.add(image);
			return this;
		}

		/**
		 * A text description of the desired image(s).
		 * @param prompt the value (required)
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * An additional image whose fully transparent areas (e.g. where alpha is zero)
		 * indicate where {@code image} should be edited.
		 * @param mask the value
		 * @return this builder
		 */
		public Builder mask(@Nullable UploadFile mask) {
			this.mask = mask;
			return this;
		}

		/**
		 * Allows to set transparency for the background of the generated image(s).
		 * @param background the value
		 * @return this builder
		 */
		public Builder background(@Nullable Background background) {
			this.background = background;
			return this;
		}

		/**
		 * Allows to set transparency for the background of the generated image(s).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder background(String value) {
			return background(Background.of(value));
		}

		/**
		 * The model to use for image generation.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * The model to use for image generation.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * The number of images to generate.
		 * @param n the value
		 * @return this builder
		 */
		public Builder n(@Nullable Long n) {
			this.n = n;
			return this;
		}

		/**
		 * The size of the generated images.
		 * @param size the value
		 * @return this builder
		 */
		public Builder size(@Nullable Size size) {
			this.size = size;
			return this;
		}

		/**
		 * The size of the generated images.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder size(String value) {
			return size(Size.of(value));
		}

		/**
		 * The format in which the generated images are returned.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * The format in which the generated images are returned.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder responseFormat(String value) {
			return responseFormat(ResponseFormat.of(value));
		}

		/**
		 * The format in which the generated images are returned.
		 * @param outputFormat the value
		 * @return this builder
		 */
		public Builder outputFormat(@Nullable OutputFormat outputFormat) {
			this.outputFormat = outputFormat;
			return this;
		}

		/**
		 * The format in which the generated images are returned.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder outputFormat(String value) {
			return outputFormat(OutputFormat.of(value));
		}

		/**
		 * The compression level (0-100%) for the generated images.
		 * @param outputCompression the value
		 * @return this builder
		 */
		public Builder outputCompression(@Nullable Long outputCompression) {
			this.outputCompression = outputCompression;
			return this;
		}

		/**
		 * A unique identifier representing your end-user, which can help OpenAI to
		 * monitor and detect abuse.
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
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
		 * The number of partial images to generate.
		 * @param partialImages the value
		 * @return this builder
		 */
		public Builder partialImages(@Nullable Long partialImages) {
			this.partialImages = partialImages;
			return this;
		}

		/**
		 * The quality of the image that will be generated for GPT image models.
		 * @param quality the value
		 * @return this builder
		 */
		public Builder quality(@Nullable Quality quality) {
			this.quality = quality;
			return this;
		}

		/**
		 * The quality of the image that will be generated for GPT image models.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
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
			CreateImageEditRequest value = new CreateImageEditRequest(
					Objects.requireNonNull(this.image, "'image' is required"),
					Objects.requireNonNull(this.prompt, "'prompt' is required"), this.mask, this.background, this.model,
					this.n, this.size, this.responseFormat, this.outputFormat, this.outputCompression, this.user,
					this.inputFidelity, null, this.partialImages, this.quality, this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.imageAdded = null;
			this.imageAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link CreateImageEditRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateImageEditRequest> {

		Reader() {
			super(CreateImageEditRequest.class, "image", "prompt", "mask", "background", "model", "n", "size",
					"response_format", "output_format", "output_compression", "user", "input_fidelity", "stream",
					"partial_images", "quality");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 3 -> Background.of(value);
				case 4 -> Model.of(value);
				case 6 -> Size.of(value);
				case 7 -> ResponseFormat.of(value);
				case 8 -> OutputFormat.of(value);
				case 11 -> InputFidelity.of(value);
				case 14 -> Quality.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CreateImageEditRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateImageEditRequest((Image) values[0], (String) values[1], (UploadFile) values[2],
					(Background) values[3], (Model) values[4], (Long) values[5], (Size) values[6],
					(ResponseFormat) values[7], (OutputFormat) values[8], (Long) values[9], (String) values[10],
					(InputFidelity) values[11], (Boolean) values[12], (Long) values[13], (Quality) values[14],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateImageEditRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateImageEditRequest> {

		Writer() {
			super(CreateImageEditRequest.class, "image", "prompt", "mask", "background", "model", "n", "size",
					"response_format", "output_format", "output_compression", "user", "input_fidelity", "stream",
					"partial_images", "quality");
		}

		@Override
		protected @Nullable Object value(CreateImageEditRequest record, int index) {
			return switch (index) {
				case 0 -> record.image();
				case 1 -> record.prompt();
				case 2 -> record.mask();
				case 3 -> record.background();
				case 4 -> record.model();
				case 5 -> record.n();
				case 6 -> record.size();
				case 7 -> record.responseFormat();
				case 8 -> record.outputFormat();
				case 9 -> record.outputCompression();
				case 10 -> record.user();
				case 11 -> record.inputFidelity();
				case 12 -> record.stream();
				case 13 -> record.partialImages();
				case 14 -> record.quality();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateImageEditRequest record) {
			return record.additionalProperties();
		}

	}
}
