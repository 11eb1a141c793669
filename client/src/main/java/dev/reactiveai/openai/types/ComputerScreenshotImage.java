// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A computer screenshot image used with the computer use tool.
 *
 * @param type Specifies the event type. For a computer screenshot, this property is
 * always set to {@code computer_screenshot}.
 * @param imageUrl The URL of the screenshot image.
 * @param fileId The identifier of an uploaded file that contains the screenshot.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ComputerScreenshotImage.Reader.class)
public record ComputerScreenshotImage(@JsonProperty("type") String type,
		@JsonProperty("image_url") @Nullable String imageUrl, @JsonProperty("file_id") @Nullable String fileId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ComputerScreenshotImage}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Specifies the event type.
	 * @param imageUrl The URL of the screenshot image.
	 * @param fileId The identifier of an uploaded file that contains the screenshot.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ComputerScreenshotImage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ComputerScreenshotImage}.
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
	 * Builds a {@link ComputerScreenshotImage}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String imageUrl;

		private @Nullable String fileId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "computer_screenshot";
		}

		private Builder(ComputerScreenshotImage source) {
			this.type = source.type();
			this.imageUrl = source.imageUrl();
			this.fileId = source.fileId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The URL of the screenshot image.
		 * @param imageUrl the value
		 * @return this builder
		 */
		public Builder imageUrl(@Nullable String imageUrl) {
			this.imageUrl = imageUrl;
			return this;
		}

		/**
		 * The identifier of an uploaded file that contains the screenshot.
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
		public ComputerScreenshotImage build() {
			return new ComputerScreenshotImage(this.type, this.imageUrl, this.fileId, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ComputerScreenshotImage} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ComputerScreenshotImage> {

		Reader() {
			super(ComputerScreenshotImage.class, "type", "image_url", "file_id");
		}

		@Override
		protected ComputerScreenshotImage create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ComputerScreenshotImage((String) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ComputerScreenshotImage} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ComputerScreenshotImage> {

		Writer() {
			super(ComputerScreenshotImage.class, "type", "image_url", "file_id");
		}

		@Override
		protected @Nullable Object value(ComputerScreenshotImage record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.imageUrl();
				case 2 -> record.fileId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ComputerScreenshotImage record) {
			return record.additionalProperties();
		}

	}
}
