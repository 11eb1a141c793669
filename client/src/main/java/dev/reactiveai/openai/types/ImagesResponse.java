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
 * The response from the image generation endpoint.
 *
 * @param created The Unix timestamp (in seconds) of when the image was created.
 * @param data The list of generated images.
 * @param background The background parameter used for the image generation. Either
 * {@code transparent} or {@code opaque}.
 * @param outputFormat The output format of the image generation. Either {@code png},
 * {@code webp}, or {@code jpeg}.
 * @param size The size of the image generated. Either {@code 1024x1024},
 * {@code 1024x1536}, or {@code 1536x1024}.
 * @param quality The quality of the image generated. Either {@code low}, {@code medium},
 * or {@code high}.
 * @param usage For {@code gpt-image-1} only, the token usage information for the image
 * generation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ImagesResponse.Reader.class)
public record ImagesResponse(@JsonProperty("created") Long created, @JsonProperty("data") @Nullable List<Image> data,
		@JsonProperty("background") ImagesResponse.@Nullable Background background,
		@JsonProperty("output_format") ImagesResponse.@Nullable OutputFormat outputFormat,
		@JsonProperty("size") ImagesResponse.@Nullable Size size,
		@JsonProperty("quality") ImagesResponse.@Nullable Quality quality,
		@JsonProperty("usage") @Nullable ImageGenUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ImagesResponse}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param created The Unix timestamp (in seconds) of when the image was created.
	 * @param data The list of generated images.
	 * @param background The background parameter used for the image generation.
	 * @param outputFormat The output format of the image generation.
	 * @param size The size of the image generated.
	 * @param quality The quality of the image generated.
	 * @param usage For {@code gpt-image-1} only, the token usage information for the
	 * image generation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ImagesResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ImagesResponse}.
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
	 * The background parameter used for the image generation. Either {@code transparent}
	 * or {@code opaque}.
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
				default -> new Background(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
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
	 * The output format of the image generation. Either {@code png}, {@code webp}, or
	 * {@code jpeg}.
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
	 * The size of the image generated. Either {@code 1024x1024}, {@code 1024x1536}, or
	 * {@code 1536x1024}.
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
				default -> new Size(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
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
	 * The quality of the image generated. Either {@code low}, {@code medium}, or
	 * {@code high}.
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
				default -> new Quality(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
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
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.background = source.background();
			this.outputFormat = source.outputFormat();
			this.size = source.size();
			this.quality = source.quality();
			this.usage = source.usage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The Unix timestamp (in seconds) of when the image was created.
		 * @param created the value (required)
		 * @return this builder
		 */
		public Builder created(@Nullable Long created) {
			this.created = created;
			return this;
		}

		/**
		 * The list of generated images.
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value
		 * @return this builder
		 */
		public Builder data(@Nullable List<Image> data) {
			this.data = (data != null) ? new ArrayList<>(data) : null;
			return this;
		}

		/**
		 * The list of generated images.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param data the item to add
		 * @return this builder
		 */
		public Builder addData(Image data) {
			Objects.requireNonNull(data, "'data' must not be null");
			if (this.data == null) {
				this.data = new ArrayList<>();
			}
			this.data.add(data);
			return this;
		}

		/**
		 * The background parameter used for the image generation.
		 * @param background the value
		 * @return this builder
		 */
		public Builder background(@Nullable Background background) {
			this.background = background;
			return this;
		}

		/**
		 * The background parameter used for the image generation.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder background(String value) {
			return background(Background.of(value));
		}

		/**
		 * The output format of the image generation.
		 * @param outputFormat the value
		 * @return this builder
		 */
		public Builder outputFormat(@Nullable OutputFormat outputFormat) {
			this.outputFormat = outputFormat;
			return this;
		}

		/**
		 * The output format of the image generation.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder outputFormat(String value) {
			return outputFormat(OutputFormat.of(value));
		}

		/**
		 * The size of the image generated.
		 * @param size the value
		 * @return this builder
		 */
		public Builder size(@Nullable Size size) {
			this.size = size;
			return this;
		}

		/**
		 * The size of the image generated.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder size(String value) {
			return size(Size.of(value));
		}

		/**
		 * The quality of the image generated.
		 * @param quality the value
		 * @return this builder
		 */
		public Builder quality(@Nullable Quality quality) {
			this.quality = quality;
			return this;
		}

		/**
		 * The quality of the image generated.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder quality(String value) {
			return quality(Quality.of(value));
		}

		/**
		 * For {@code gpt-image-1} only, the token usage information for the image
		 * generation.
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
			return new ImagesResponse(Objects.requireNonNull(this.created, "'created' is required"),
					(this.data != null) ? Collections.unmodifiableList(new ArrayList<>(this.data)) : null,
					this.background, this.outputFormat, this.size, this.quality, this.usage, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ImagesResponse} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ImagesResponse> {

		Reader() {
			super(ImagesResponse.class, "created", "data", "background", "output_format", "size", "quality", "usage");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> Background.of(value);
				case 3 -> OutputFormat.of(value);
				case 4 -> Size.of(value);
				case 5 -> Quality.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ImagesResponse create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ImagesResponse((Long) values[0], (List<Image>) values[1], (Background) values[2],
					(OutputFormat) values[3], (Size) values[4], (Quality) values[5], (ImageGenUsage) values[6],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ImagesResponse} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ImagesResponse> {

		Writer() {
			super(ImagesResponse.class, "created", "data", "background", "output_format", "size", "quality", "usage");
		}

		@Override
		protected @Nullable Object value(ImagesResponse record, int index) {
			return switch (index) {
				case 0 -> record.created();
				case 1 -> record.data();
				case 2 -> record.background();
				case 3 -> record.outputFormat();
				case 4 -> record.size();
				case 5 -> record.quality();
				case 6 -> record.usage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ImagesResponse record) {
			return record.additionalProperties();
		}

	}
}
