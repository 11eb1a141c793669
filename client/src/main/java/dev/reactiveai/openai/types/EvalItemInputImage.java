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
 * An image input block used within EvalItem content arrays.
 *
 * @param type The type of the image input. Always {@code input_image}.
 * @param imageUrl The URL of the image input.
 * @param detail The detail level of the image to be sent to the model. One of
 * {@code high}, {@code low}, or {@code auto}. Defaults to {@code auto}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalItemInputImage.Reader.class)
public record EvalItemInputImage(@JsonProperty("type") String type, @JsonProperty("image_url") String imageUrl,
		@JsonProperty("detail") @Nullable String detail,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements EvalItemContentItem {

	/**
	 * Creates a {@link EvalItemInputImage}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the image input.
	 * @param imageUrl The URL of the image input.
	 * @param detail The detail level of the image to be sent to the model.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalItemInputImage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalItemInputImage}.
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
	 * Builds a {@link EvalItemInputImage}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String imageUrl;

		private @Nullable String detail;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_image";
		}

		private Builder(EvalItemInputImage source) {
			this.type = source.type();
			this.imageUrl = source.imageUrl();
			this.detail = source.detail();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The URL of the image input.
		 * @param imageUrl the value (required)
		 * @return this builder
		 */
		public Builder imageUrl(@Nullable String imageUrl) {
			this.imageUrl = imageUrl;
			return this;
		}

		/**
		 * The detail level of the image to be sent to the model.
		 * @param detail the value
		 * @return this builder
		 */
		public Builder detail(@Nullable String detail) {
			this.detail = detail;
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
		public EvalItemInputImage build() {
			return new EvalItemInputImage(this.type, Objects.requireNonNull(this.imageUrl, "'imageUrl' is required"),
					this.detail, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalItemInputImage} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalItemInputImage> {

		Reader() {
			super(EvalItemInputImage.class, "type", "image_url", "detail");
		}

		@Override
		protected EvalItemInputImage create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalItemInputImage((String) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalItemInputImage} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalItemInputImage> {

		Writer() {
			super(EvalItemInputImage.class, "type", "image_url", "detail");
		}

		@Override
		protected @Nullable Object value(EvalItemInputImage record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.imageUrl();
				case 2 -> record.detail();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalItemInputImage record) {
			return record.additionalProperties();
		}

	}
}
