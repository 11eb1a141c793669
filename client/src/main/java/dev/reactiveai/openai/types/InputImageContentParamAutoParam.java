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
 * An image input to the model. Learn about
 * <a href="https://platform.openai.com/docs/guides/vision">image inputs</a>
 *
 * @param type The type of the input item. Always {@code input_image}.
 * @param imageUrl The URL of the image to be sent to the model. A fully qualified URL or
 * base64 encoded image in a data URL.
 * @param fileId The ID of the file to be sent to the model.
 * @param detail A {@link dev.reactiveai.openai.types.DetailEnum} (the API description
 * says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InputImageContentParamAutoParam.Reader.class)
public record InputImageContentParamAutoParam(@JsonProperty("type") String type,
		@JsonProperty("image_url") @Nullable String imageUrl, @JsonProperty("file_id") @Nullable String fileId,
		@JsonProperty("detail") @Nullable DetailEnum detail,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FunctionCallOutputItemParam.Output.Item {

	/**
	 * Creates a {@link InputImageContentParamAutoParam}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the input item.
	 * @param imageUrl The URL of the image to be sent to the model.
	 * @param fileId The ID of the file to be sent to the model.
	 * @param detail A {@link dev.reactiveai.openai.types.DetailEnum} (the API description
	 * says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public InputImageContentParamAutoParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link InputImageContentParamAutoParam}.
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
	 * Builds a {@link InputImageContentParamAutoParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String imageUrl;

		private @Nullable String fileId;

		private @Nullable DetailEnum detail;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_image";
		}

		private Builder(InputImageContentParamAutoParam source) {
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
		 * A {@link dev.reactiveai.openai.types.DetailEnum} (the API description says no
		 * more).
		 * @param detail the value
		 * @return this builder
		 */
		public Builder detail(@Nullable DetailEnum detail) {
			this.detail = detail;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.DetailEnum} (the API description says no
		 * more).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder detail(String value) {
			return detail(DetailEnum.of(value));
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
		public InputImageContentParamAutoParam build() {
			return new InputImageContentParamAutoParam(this.type, this.imageUrl, this.fileId, this.detail,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InputImageContentParamAutoParam} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InputImageContentParamAutoParam> {

		Reader() {
			super(InputImageContentParamAutoParam.class, "type", "image_url", "file_id", "detail");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 3 -> DetailEnum.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected InputImageContentParamAutoParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new InputImageContentParamAutoParam((String) values[0], (String) values[1], (String) values[2],
					(DetailEnum) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link InputImageContentParamAutoParam} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InputImageContentParamAutoParam> {

		Writer() {
			super(InputImageContentParamAutoParam.class, "type", "image_url", "file_id", "detail");
		}

		@Override
		protected @Nullable Object value(InputImageContentParamAutoParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.imageUrl();
				case 2 -> record.fileId();
				case 3 -> record.detail();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InputImageContentParamAutoParam record) {
			return record.additionalProperties();
		}

	}
}
