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
 * The response from the image generation endpoint.
 *
 * @param created The Unix timestamp (in seconds) of when the image was created.
 * @param data The list of generated images.
 * @param background The background parameter used for the image generation.
 * @param outputFormat The output format of the image generation.
 * @param size The size of the image generated.
 * @param quality The quality of the image generated.
 * @param usage For `gpt-image-1` only, the token usage information for the image
 * generation.
 * @param additionalProperties properties that this version of the client does not know
 */
public record ImagesResponse(@JsonProperty("created") Long created, @JsonProperty("data") @Nullable List<Image> data,
		@JsonProperty("background") ImagesResponse.@Nullable Background background,
		@JsonProperty("output_format") ImagesResponse.@Nullable OutputFormat outputFormat,
		@JsonProperty("size") ImagesResponse.@Nullable Size size,
		@JsonProperty("quality") ImagesResponse.@Nullable Quality quality,
		@JsonProperty("usage") @Nullable ImageGenUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ImagesResponse {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ImagesResponse}.
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
	 * The background parameter used for the image generation. Either `transparent` or
	 * `opaque`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Background(@JsonValue String value) {
		public static final Background TRANSPARENT = new Background("transparent");

		public static final Background OPAQUE = new Background("opaque");

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
				default -> new Background(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "transparent", "opaque" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The output format of the image generation. Either `png`, `webp`, or `jpeg`.
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
	 * The size of the image generated. Either `1024x1024`, `1024x1536`, or `1536x1024`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Size(@JsonValue String value) {
		public static final Size V1024X1024 = new Size("1024x1024");

		public static final Size V1024X1536 = new Size("1024x1536");

		public static final Size V1536X1024 = new Size("1536x1024");

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
				default -> new Size(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "1024x1024", "1024x1536", "1536x1024" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The quality of the image generated. Either `low`, `medium`, or `high`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Quality(@JsonValue String value) {
		public static final Quality LOW = new Quality("low");

		public static final Quality MEDIUM = new Quality("medium");

		public static final Quality HIGH = new Quality("high");

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
				default -> new Quality(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "low", "medium", "high" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ImagesResponse}.
	 */
	public static final class Builder {

		private @Nullable Long created;

		private @Nullable List<Image> data;

		private @Nullable Background background;

		private @Nullable OutputFormat outputFormat;

		private @Nullable Size size;

		private @Nullable Quality quality;

		private @Nullable ImageGenUsage usage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ImagesResponse source) {
			this.created = source.created();
			this.data = source.data();
			this.background = source.background();
			this.outputFormat = source.outputFormat();
			this.size = source.size();
			this.quality = source.quality();
			this.usage = source.usage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code created}: The Unix timestamp (in seconds) of when the image was
		 * created.
		 * @param created the value (required)
		 * @return this builder
		 */
		public Builder created(@Nullable Long created) {
			this.created = created;
			return this;
		}

		/**
		 * Set {@code data}: The list of generated images.
		 * @param data the value
		 * @return this builder
		 */
		public Builder data(@Nullable List<Image> data) {
			this.data = data;
			return this;
		}

		/**
		 * Set {@code background}: The background parameter used for the image generation.
		 * Either `transparent` or `opaque`.
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
		 * Set {@code output_format}: The output format of the image generation. Either
		 * `png`, `webp`, or `jpeg`.
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
		 * Set {@code size}: The size of the image generated. Either `1024x1024`,
		 * `1024x1536`, or `1536x1024`.
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
		 * Set {@code quality}: The quality of the image generated. Either `low`,
		 * `medium`, or `high`.
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
		 * Set {@code usage}: For `gpt-image-1` only, the token usage information for the
		 * image generation.
		 * @param usage the value
		 * @return this builder
		 */
		public Builder usage(@Nullable ImageGenUsage usage) {
			this.usage = usage;
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
		public ImagesResponse build() {
			return new ImagesResponse(Objects.requireNonNull(this.created, "'created' is required"), this.data,
					this.background, this.outputFormat, this.size, this.quality, this.usage, this.additionalProperties);
		}

	}
}
