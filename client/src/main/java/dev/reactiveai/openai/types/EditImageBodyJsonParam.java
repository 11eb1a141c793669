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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * JSON request body for image edits.
 * <p>
 * Use {@code images} (array of {@code ImageRefParam}) instead of multipart {@code image}
 * uploads. You can reference images via external URLs, data URLs, or uploaded file IDs.
 * JSON edits support GPT image models only; DALL-E edits require multipart
 * ({@code dall-e-2} only).
 *
 * @param model The model to use for image editing.
 * @param images Input image references to edit. For GPT image models, you can provide up
 * to 16 images.
 * @param mask Reference an input image by either URL or uploaded file ID. Provide exactly
 * one of {@code image_url} or {@code file_id}.
 * @param prompt A text description of the desired image edit.
 * @param n The number of edited images to generate.
 * @param quality Output quality for GPT image models.
 * @param inputFidelity Controls fidelity to the original input image(s).
 * @param size Requested output image size.
 * @param user A unique identifier representing your end-user, which can help OpenAI
 * monitor and detect abuse.
 * @param outputFormat Output image format. Supported for GPT image models.
 * @param outputCompression Compression level for {@code jpeg} or {@code webp} output.
 * @param moderation Moderation level for GPT image models.
 * @param background Background behavior for generated image output.
 * @param stream Stream partial image results as events.
 * @param partialImages The number of partial images to generate. This parameter is used
 * for streaming responses that return partial images. Value must be between 0 and 3. When
 * set to 0, the response will be a single image sent in one streaming event.
 * <p>
 * Note that the final image may be sent before the full number of partial images are
 * generated if the full image is generated more quickly.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EditImageBodyJsonParam.Reader.class)
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

	/**
	 * Creates a {@link EditImageBodyJsonParam}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
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
	 * @param outputCompression Compression level for {@code jpeg} or {@code webp} output.
	 * @param moderation Moderation level for GPT image models.
	 * @param background Background behavior for generated image output.
	 * @param stream Stream partial image results as events.
	 * @param partialImages The number of partial images to generate.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EditImageBodyJsonParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EditImageBodyJsonParam}.
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
	 * The model to use for image editing.
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
	 * A {@link EditImageBodyJsonParam}'s {@code quality}.
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
	 * A {@link EditImageBodyJsonParam}'s {@code input_fidelity}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record InputFidelity(@JsonValue String value) {
		/**
		 * The value {@code high}.
		 */
		public static final InputFidelity HIGH = new InputFidelity("high");

		/**
		 * The value {@code low}.
		 */
		public static final InputFidelity LOW = new InputFidelity("low");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public InputFidelity {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * A {@link EditImageBodyJsonParam}'s {@code size}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Size(@JsonValue String value) {
		/**
		 * The value {@code auto}.
		 */
		public static final Size AUTO = new Size("auto");

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
				case "auto" -> AUTO;
				case "1024x1024" -> V1024X1024;
				case "1536x1024" -> V1536X1024;
				case "1024x1536" -> V1024X1536;
				default -> new Size(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
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
	 * A {@link EditImageBodyJsonParam}'s {@code output_format}.
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
	 * A {@link EditImageBodyJsonParam}'s {@code moderation}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Moderation(@JsonValue String value) {
		/**
		 * The value {@code low}.
		 */
		public static final Moderation LOW = new Moderation("low");

		/**
		 * The value {@code auto}.
		 */
		public static final Moderation AUTO = new Moderation("auto");

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
				case "low" -> LOW;
				case "auto" -> AUTO;
				default -> new Moderation(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
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
	 * A {@link EditImageBodyJsonParam}'s {@code background}.
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
			this.images = (source.images() != null) ? new ArrayList<>(source.images()) : null;
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
		 * The model to use for image editing.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * The model to use for image editing.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * Input image references to edit.
		 * <p>
		 * Takes a copy of the list.
		 * @param images the value (required)
		 * @return this builder
		 */
		public Builder images(@Nullable List<? extends ImageRefParam> images) {
			this.images = (images != null) ? new ArrayList<>(images) : null;
			return this;
		}

		/**
		 * Input image references to edit.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param image the item to add
		 * @return this builder
		 */
		public Builder addImage(ImageRefParam image) {
			Objects.requireNonNull(image, "'image' must not be null");
			if (this.images == null) {
				this.images = new ArrayList<>();
			}
			this.images.add(image);
			return this;
		}

		/**
		 * Reference an input image by either URL or uploaded file ID.
		 * @param mask the value
		 * @return this builder
		 */
		public Builder mask(@Nullable ImageRefParam mask) {
			this.mask = mask;
			return this;
		}

		/**
		 * Reference an input image by either URL or uploaded file ID.
		 * <p>
		 * Takes the value of a {@link ImageRefParam.AnyValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder mask(Object value) {
			return mask(new ImageRefParam.AnyValue(value));
		}

		/**
		 * A text description of the desired image edit.
		 * @param prompt the value (required)
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * The number of edited images to generate.
		 * @param n the value
		 * @return this builder
		 */
		public Builder n(@Nullable Long n) {
			this.n = n;
			return this;
		}

		/**
		 * Output quality for GPT image models.
		 * @param quality the value
		 * @return this builder
		 */
		public Builder quality(@Nullable Quality quality) {
			this.quality = quality;
			return this;
		}

		/**
		 * Output quality for GPT image models.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder quality(String value) {
			return quality(Quality.of(value));
		}

		/**
		 * Controls fidelity to the original input image(s).
		 * @param inputFidelity the value
		 * @return this builder
		 */
		public Builder inputFidelity(@Nullable InputFidelity inputFidelity) {
			this.inputFidelity = inputFidelity;
			return this;
		}

		/**
		 * Controls fidelity to the original input image(s).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder inputFidelity(String value) {
			return inputFidelity(InputFidelity.of(value));
		}

		/**
		 * Requested output image size.
		 * @param size the value
		 * @return this builder
		 */
		public Builder size(@Nullable Size size) {
			this.size = size;
			return this;
		}

		/**
		 * Requested output image size.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder size(String value) {
			return size(Size.of(value));
		}

		/**
		 * A unique identifier representing your end-user, which can help OpenAI monitor
		 * and detect abuse.
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		/**
		 * Output image format.
		 * @param outputFormat the value
		 * @return this builder
		 */
		public Builder outputFormat(@Nullable OutputFormat outputFormat) {
			this.outputFormat = outputFormat;
			return this;
		}

		/**
		 * Output image format.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder outputFormat(String value) {
			return outputFormat(OutputFormat.of(value));
		}

		/**
		 * Compression level for {@code jpeg} or {@code webp} output.
		 * @param outputCompression the value
		 * @return this builder
		 */
		public Builder outputCompression(@Nullable Long outputCompression) {
			this.outputCompression = outputCompression;
			return this;
		}

		/**
		 * Moderation level for GPT image models.
		 * @param moderation the value
		 * @return this builder
		 */
		public Builder moderation(@Nullable Moderation moderation) {
			this.moderation = moderation;
			return this;
		}

		/**
		 * Moderation level for GPT image models.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder moderation(String value) {
			return moderation(Moderation.of(value));
		}

		/**
		 * Background behavior for generated image output.
		 * @param background the value
		 * @return this builder
		 */
		public Builder background(@Nullable Background background) {
			this.background = background;
			return this;
		}

		/**
		 * Background behavior for generated image output.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder background(String value) {
			return background(Background.of(value));
		}

		/**
		 * Stream partial image results as events.
		 * @param stream the value
		 * @return this builder
		 */
		public Builder stream(@Nullable Boolean stream) {
			this.stream = stream;
			return this;
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
			return new EditImageBodyJsonParam(this.model,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.images, "'images' is required"))),
					this.mask, Objects.requireNonNull(this.prompt, "'prompt' is required"), this.n, this.quality,
					this.inputFidelity, this.size, this.user, this.outputFormat, this.outputCompression,
					this.moderation, this.background, this.stream, this.partialImages, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EditImageBodyJsonParam} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EditImageBodyJsonParam> {

		Reader() {
			super(EditImageBodyJsonParam.class, "model", "images", "mask", "prompt", "n", "quality", "input_fidelity",
					"size", "user", "output_format", "output_compression", "moderation", "background", "stream",
					"partial_images");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Model.of(value);
				case 5 -> Quality.of(value);
				case 6 -> InputFidelity.of(value);
				case 7 -> Size.of(value);
				case 9 -> OutputFormat.of(value);
				case 11 -> Moderation.of(value);
				case 12 -> Background.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected EditImageBodyJsonParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EditImageBodyJsonParam((Model) values[0], (List<ImageRefParam>) values[1],
					(ImageRefParam) values[2], (String) values[3], (Long) values[4], (Quality) values[5],
					(InputFidelity) values[6], (Size) values[7], (String) values[8], (OutputFormat) values[9],
					(Long) values[10], (Moderation) values[11], (Background) values[12], (Boolean) values[13],
					(Long) values[14], additionalProperties);
		}

	}

	/**
	 * Writes a {@link EditImageBodyJsonParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EditImageBodyJsonParam> {

		Writer() {
			super(EditImageBodyJsonParam.class, "model", "images", "mask", "prompt", "n", "quality", "input_fidelity",
					"size", "user", "output_format", "output_compression", "moderation", "background", "stream",
					"partial_images");
		}

		@Override
		protected @Nullable Object value(EditImageBodyJsonParam record, int index) {
			return switch (index) {
				case 0 -> record.model();
				case 1 -> record.images();
				case 2 -> record.mask();
				case 3 -> record.prompt();
				case 4 -> record.n();
				case 5 -> record.quality();
				case 6 -> record.inputFidelity();
				case 7 -> record.size();
				case 8 -> record.user();
				case 9 -> record.outputFormat();
				case 10 -> record.outputCompression();
				case 11 -> record.moderation();
				case 12 -> record.background();
				case 13 -> record.stream();
				case 14 -> record.partialImages();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EditImageBodyJsonParam record) {
			return record.additionalProperties();
		}

	}
}
