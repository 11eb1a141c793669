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
 * Emitted when a partial image is available during image editing streaming.
 *
 * @param type The type of the event. Always {@code image_edit.partial_image}.
 * @param b64Json Base64-encoded partial image data, suitable for rendering as an image.
 * @param createdAt The Unix timestamp when the event was created.
 * @param size The size of the requested edited image.
 * @param quality The quality setting for the requested edited image.
 * @param background The background setting for the requested edited image.
 * @param outputFormat The output format for the requested edited image.
 * @param partialImageIndex 0-based index for the partial image (streaming).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ImageEditPartialImageEvent.Reader.class)
public record ImageEditPartialImageEvent(@JsonProperty("type") String type, @JsonProperty("b64_json") String b64Json,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("size") ImageEditPartialImageEvent.Size size,
		@JsonProperty("quality") ImageEditPartialImageEvent.Quality quality,
		@JsonProperty("background") ImageEditPartialImageEvent.Background background,
		@JsonProperty("output_format") ImageEditPartialImageEvent.OutputFormat outputFormat,
		@JsonProperty("partial_image_index") Long partialImageIndex,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ImageEditStreamEvent {

	/**
	 * Creates a {@link ImageEditPartialImageEvent}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the event.
	 * @param b64Json Base64-encoded partial image data, suitable for rendering as an
	 * image.
	 * @param createdAt The Unix timestamp when the event was created.
	 * @param size The size of the requested edited image.
	 * @param quality The quality setting for the requested edited image.
	 * @param background The background setting for the requested edited image.
	 * @param outputFormat The output format for the requested edited image.
	 * @param partialImageIndex 0-based index for the partial image (streaming).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ImageEditPartialImageEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ImageEditPartialImageEvent}.
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
	 * The size of the requested edited image.
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
	 * The quality setting for the requested edited image.
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
	 * The background setting for the requested edited image.
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
	 * The output format for the requested edited image.
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
	 * Builds a {@link ImageEditPartialImageEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String b64Json;

		private @Nullable Long createdAt;

		private @Nullable Size size;

		private @Nullable Quality quality;

		private @Nullable Background background;

		private @Nullable OutputFormat outputFormat;

		private @Nullable Long partialImageIndex;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "image_edit.partial_image";
		}

		private Builder(ImageEditPartialImageEvent source) {
			this.type = source.type();
			this.b64Json = source.b64Json();
			this.createdAt = source.createdAt();
			this.size = source.size();
			this.quality = source.quality();
			this.background = source.background();
			this.outputFormat = source.outputFormat();
			this.partialImageIndex = source.partialImageIndex();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Base64-encoded partial image data, suitable for rendering as an image.
		 * @param b64Json the value (required)
		 * @return this builder
		 */
		public Builder b64Json(@Nullable String b64Json) {
			this.b64Json = b64Json;
			return this;
		}

		/**
		 * The Unix timestamp when the event was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The size of the requested edited image.
		 * @param size the value (required)
		 * @return this builder
		 */
		public Builder size(@Nullable Size size) {
			this.size = size;
			return this;
		}

		/**
		 * The size of the requested edited image.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder size(String value) {
			return size(Size.of(value));
		}

		/**
		 * The quality setting for the requested edited image.
		 * @param quality the value (required)
		 * @return this builder
		 */
		public Builder quality(@Nullable Quality quality) {
			this.quality = quality;
			return this;
		}

		/**
		 * The quality setting for the requested edited image.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder quality(String value) {
			return quality(Quality.of(value));
		}

		/**
		 * The background setting for the requested edited image.
		 * @param background the value (required)
		 * @return this builder
		 */
		public Builder background(@Nullable Background background) {
			this.background = background;
			return this;
		}

		/**
		 * The background setting for the requested edited image.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder background(String value) {
			return background(Background.of(value));
		}

		/**
		 * The output format for the requested edited image.
		 * @param outputFormat the value (required)
		 * @return this builder
		 */
		public Builder outputFormat(@Nullable OutputFormat outputFormat) {
			this.outputFormat = outputFormat;
			return this;
		}

		/**
		 * The output format for the requested edited image.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder outputFormat(String value) {
			return outputFormat(OutputFormat.of(value));
		}

		/**
		 * 0-based index for the partial image (streaming).
		 * @param partialImageIndex the value (required)
		 * @return this builder
		 */
		public Builder partialImageIndex(@Nullable Long partialImageIndex) {
			this.partialImageIndex = partialImageIndex;
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
		public ImageEditPartialImageEvent build() {
			return new ImageEditPartialImageEvent(this.type,
					Objects.requireNonNull(this.b64Json, "'b64Json' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.size, "'size' is required"),
					Objects.requireNonNull(this.quality, "'quality' is required"),
					Objects.requireNonNull(this.background, "'background' is required"),
					Objects.requireNonNull(this.outputFormat, "'outputFormat' is required"),
					Objects.requireNonNull(this.partialImageIndex, "'partialImageIndex' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ImageEditPartialImageEvent} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ImageEditPartialImageEvent> {

		Reader() {
			super(ImageEditPartialImageEvent.class, "type", "b64_json", "created_at", "size", "quality", "background",
					"output_format", "partial_image_index");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 3 -> Size.of(value);
				case 4 -> Quality.of(value);
				case 5 -> Background.of(value);
				case 6 -> OutputFormat.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ImageEditPartialImageEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ImageEditPartialImageEvent((String) values[0], (String) values[1], (Long) values[2],
					(Size) values[3], (Quality) values[4], (Background) values[5], (OutputFormat) values[6],
					(Long) values[7], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ImageEditPartialImageEvent} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ImageEditPartialImageEvent> {

		Writer() {
			super(ImageEditPartialImageEvent.class, "type", "b64_json", "created_at", "size", "quality", "background",
					"output_format", "partial_image_index");
		}

		@Override
		protected @Nullable Object value(ImageEditPartialImageEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.b64Json();
				case 2 -> record.createdAt();
				case 3 -> record.size();
				case 4 -> record.quality();
				case 5 -> record.background();
				case 6 -> record.outputFormat();
				case 7 -> record.partialImageIndex();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ImageEditPartialImageEvent record) {
			return record.additionalProperties();
		}

	}
}
