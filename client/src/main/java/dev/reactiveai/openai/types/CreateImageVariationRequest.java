// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /images/variations}: Creates a variation of a given
 * image.
 *
 * @param image The image to use as the basis for the variation(s). Must be a valid PNG
 * file, less than 4MB, and square.
 * @param model The model to use for image generation. Only {@code dall-e-2} is supported
 * at this time.
 * @param n The number of images to generate. Must be between 1 and 10.
 * @param responseFormat The format in which the generated images are returned. Must be
 * one of {@code url} or {@code b64_json}. URLs are only valid for 60 minutes after the
 * image has been generated.
 * @param size The size of the generated images. Must be one of {@code 256x256},
 * {@code 512x512}, or {@code 1024x1024}.
 * @param user A unique identifier representing your end-user, which can help OpenAI to
 * monitor and detect abuse. <a href=
 * "https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids">Learn
 * more</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateImageVariationRequest.Reader.class)
public record CreateImageVariationRequest(@JsonProperty("image") UploadFile image,
		@JsonProperty("model") CreateImageVariationRequest.@Nullable Model model, @JsonProperty("n") @Nullable Long n,
		@JsonProperty("response_format") CreateImageVariationRequest.@Nullable ResponseFormat responseFormat,
		@JsonProperty("size") CreateImageVariationRequest.@Nullable Size size,
		@JsonProperty("user") @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateImageVariationRequest}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param image The image to use as the basis for the variation(s).
	 * @param model The model to use for image generation.
	 * @param n The number of images to generate.
	 * @param responseFormat The format in which the generated images are returned.
	 * @param size The size of the generated images.
	 * @param user A unique identifier representing your end-user, which can help OpenAI
	 * to monitor and detect abuse.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateImageVariationRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateImageVariationRequest}.
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
	 * The model to use for image generation. Only {@code dall-e-2} is supported at this
	 * time.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		/**
		 * The value {@code dall-e-2}.
		 */
		public static final Model DALL_E_2 = new Model("dall-e-2");

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
				case "dall-e-2" -> DALL_E_2;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "dall-e-2" -> true;
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
	 * generated.
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
	 * The size of the generated images. Must be one of {@code 256x256}, {@code 512x512},
	 * or {@code 1024x1024}.
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
				default -> new Size(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "256x256", "512x512", "1024x1024" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link CreateImageVariationRequest}.
	 */
	public static final class Builder {

		private @Nullable UploadFile image;

		private @Nullable Model model;

		private @Nullable Long n;

		private @Nullable ResponseFormat responseFormat;

		private @Nullable Size size;

		private @Nullable String user;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateImageVariationRequest source) {
			this.image = source.image();
			this.model = source.model();
			this.n = source.n();
			this.responseFormat = source.responseFormat();
			this.size = source.size();
			this.user = source.user();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The image to use as the basis for the variation(s).
		 * @param image the value (required)
		 * @return this builder
		 */
		public Builder image(@Nullable UploadFile image) {
			this.image = image;
			return this;
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
		public CreateImageVariationRequest build() {
			return new CreateImageVariationRequest(Objects.requireNonNull(this.image, "'image' is required"),
					this.model, this.n, this.responseFormat, this.size, this.user, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateImageVariationRequest} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateImageVariationRequest> {

		Reader() {
			super(CreateImageVariationRequest.class, "image", "model", "n", "response_format", "size", "user");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Model.of(value);
				case 3 -> ResponseFormat.of(value);
				case 4 -> Size.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CreateImageVariationRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateImageVariationRequest((UploadFile) values[0], (Model) values[1], (Long) values[2],
					(ResponseFormat) values[3], (Size) values[4], (String) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateImageVariationRequest} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateImageVariationRequest> {

		Writer() {
			super(CreateImageVariationRequest.class, "image", "model", "n", "response_format", "size", "user");
		}

		@Override
		protected @Nullable Object value(CreateImageVariationRequest record, int index) {
			return switch (index) {
				case 0 -> record.image();
				case 1 -> record.model();
				case 2 -> record.n();
				case 3 -> record.responseFormat();
				case 4 -> record.size();
				case 5 -> record.user();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateImageVariationRequest record) {
			return record.additionalProperties();
		}

	}
}
