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
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An image input to the model. Learn about
 * <a href="https://platform.openai.com/docs/guides/vision">image inputs</a>.
 *
 * @param type The type of the input item. Always {@code input_image}.
 * @param imageUrl The URL of the image to be sent to the model. A fully qualified URL or
 * base64 encoded image in a data URL.
 * @param fileId The ID of the file to be sent to the model.
 * @param detail The detail level of the image to be sent to the model. One of
 * {@code high}, {@code low}, {@code auto}, or {@code original}. Defaults to {@code auto}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InputImageContent.Reader.class)
public record InputImageContent(@JsonProperty("type") String type, @JsonProperty("image_url") @Nullable String imageUrl,
		@JsonProperty("file_id") @Nullable String fileId, @JsonProperty("detail") ImageDetail detail,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FunctionAndCustomToolCallOutput,
			InputContent,
			Message.ContentItem,
			ResponsePromptVariablesValue {

	/**
	 * Creates a {@link InputImageContent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the input item.
	 * @param imageUrl The URL of the image to be sent to the model.
	 * @param fileId The ID of the file to be sent to the model.
	 * @param detail The detail level of the image to be sent to the model.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public InputImageContent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link InputImageContent}.
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
	 * Builds a {@link InputImageContent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String imageUrl;

		private @Nullable String fileId;

		private @Nullable ImageDetail detail;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_image";
		}

		private Builder(InputImageContent source) {
			this.type = source.type();
			this.imageUrl = source.imageUrl();
			this.fileId = source.fileId();
			this.detail = source.detail();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The URL of the image to be sent to the model.
		 * @param imageUrl the value
		 * @return this builder
		 */
		public Builder imageUrl(@Nullable String imageUrl) {
			this.imageUrl = imageUrl;
			return this;
		}

		/**
		 * The ID of the file to be sent to the model.
		 * @param fileId the value
		 * @return this builder
		 */
		public Builder fileId(@Nullable String fileId) {
			this.fileId = fileId;
			return this;
		}

		/**
		 * The detail level of the image to be sent to the model.
		 * @param detail the value (required)
		 * @return this builder
		 */
		public Builder detail(@Nullable ImageDetail detail) {
			this.detail = detail;
			return this;
		}

		/**
		 * The detail level of the image to be sent to the model.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder detail(String value) {
			return detail(ImageDetail.of(value));
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
		public InputImageContent build() {
			return new InputImageContent(this.type, this.imageUrl, this.fileId,
					Objects.requireNonNull(this.detail, "'detail' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InputImageContent} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InputImageContent> {

		Reader() {
			super(InputImageContent.class, "type", "image_url", "file_id", "detail");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 3 -> ImageDetail.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected InputImageContent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new InputImageContent((String) values[0], (String) values[1], (String) values[2],
					(ImageDetail) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link InputImageContent} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InputImageContent> {

		Writer() {
			super(InputImageContent.class, "type", "image_url", "file_id", "detail");
		}

		@Override
		protected @Nullable Object value(InputImageContent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.imageUrl();
				case 2 -> record.fileId();
				case 3 -> record.detail();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InputImageContent record) {
			return record.additionalProperties();
		}

	}
}
