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
 * Learn about <a href="https://platform.openai.com/docs/guides/vision">image inputs</a>.
 *
 * @param type The type of the content part.
 * @param imageUrl A
 * {@link dev.reactiveai.openai.types.ChatCompletionRequestMessageContentPartImage.ImageUrl}
 * (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionRequestMessageContentPartImage.Reader.class)
public record ChatCompletionRequestMessageContentPartImage(@JsonProperty("type") String type,
		@JsonProperty("image_url") ChatCompletionRequestMessageContentPartImage.ImageUrl imageUrl,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ChatCompletionMessageList.DataItem.ContentPart,
			ChatCompletionRequestUserMessageContentPart {

	/**
	 * Creates a {@link ChatCompletionRequestMessageContentPartImage}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type The type of the content part.
	 * @param imageUrl A
	 * {@link dev.reactiveai.openai.types.ChatCompletionRequestMessageContentPartImage.ImageUrl}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionRequestMessageContentPartImage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionRequestMessageContentPartImage}.
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
	 * A {@link ChatCompletionRequestMessageContentPartImage}'s {@code image_url}.
	 *
	 * @param url Either a URL of the image or the base64 encoded image data.
	 * @param detail Specifies the detail level of the image. Learn more in the <a href=
	 * "https://platform.openai.com/docs/guides/vision#low-or-high-fidelity-image-understanding">Vision
	 * guide</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ImageUrl.Reader.class)
	public static record ImageUrl(@JsonProperty("url") String url,
			@JsonProperty("detail") ImageUrl.@Nullable Detail detail,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ImageUrl}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param url Either a URL of the image or the base64 encoded image data.
		 * @param detail Specifies the detail level of the image.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ImageUrl {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ImageUrl}.
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
		 * Specifies the detail level of the image. Learn more in the <a href=
		 * "https://platform.openai.com/docs/guides/vision#low-or-high-fidelity-image-understanding">Vision
		 * guide</a>.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Detail(@JsonValue String value) {
			/**
			 * The value {@code auto}.
			 */
			public static final Detail AUTO = new Detail("auto");

			/**
			 * The value {@code low}.
			 */
			public static final Detail LOW = new Detail("low");

			/**
			 * The value {@code high}.
			 */
			public static final Detail HIGH = new Detail("high");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public Detail {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static Detail of(String value) {
				return switch (value) {
					case "auto" -> AUTO;
					case "low" -> LOW;
					case "high" -> HIGH;
					default -> new Detail(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "auto", "low", "high" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link ImageUrl}.
		 */
		public static final class Builder {

			private @Nullable String url;

			private @Nullable Detail detail;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ImageUrl source) {
				this.url = source.url();
				this.detail = source.detail();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Either a URL of the image or the base64 encoded image data.
			 * @param url the value (required)
			 * @return this builder
			 */
			public Builder url(@Nullable String url) {
				this.url = url;
				return this;
			}

			/**
			 * Specifies the detail level of the image.
			 * @param detail the value
			 * @return this builder
			 */
			public Builder detail(@Nullable Detail detail) {
				this.detail = detail;
				return this;
			}

			/**
			 * Specifies the detail level of the image.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder detail(String value) {
				return detail(Detail.of(value));
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
			public ImageUrl build() {
				return new ImageUrl(Objects.requireNonNull(this.url, "'url' is required"), this.detail,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ImageUrl} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ImageUrl> {

			Reader() {
				super(ImageUrl.class, "url", "detail");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 1 -> Detail.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected ImageUrl create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new ImageUrl((String) values[0], (Detail) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ImageUrl} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ImageUrl> {

			Writer() {
				super(ImageUrl.class, "url", "detail");
			}

			@Override
			protected @Nullable Object value(ImageUrl record, int index) {
				return switch (index) {
					case 0 -> record.url();
					case 1 -> record.detail();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ImageUrl record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link ChatCompletionRequestMessageContentPartImage}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable ImageUrl imageUrl;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "image_url";
		}

		private Builder(ChatCompletionRequestMessageContentPartImage source) {
			this.type = source.type();
			this.imageUrl = source.imageUrl();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A
		 * {@link dev.reactiveai.openai.types.ChatCompletionRequestMessageContentPartImage.ImageUrl}
		 * (the API description says no more).
		 * @param imageUrl the value (required)
		 * @return this builder
		 */
		public Builder imageUrl(@Nullable ImageUrl imageUrl) {
			this.imageUrl = imageUrl;
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
		public ChatCompletionRequestMessageContentPartImage build() {
			return new ChatCompletionRequestMessageContentPartImage(this.type,
					Objects.requireNonNull(this.imageUrl, "'imageUrl' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionRequestMessageContentPartImage} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionRequestMessageContentPartImage> {

		Reader() {
			super(ChatCompletionRequestMessageContentPartImage.class, "type", "image_url");
		}

		@Override
		protected ChatCompletionRequestMessageContentPartImage create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionRequestMessageContentPartImage((String) values[0], (ImageUrl) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionRequestMessageContentPartImage} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionRequestMessageContentPartImage> {

		Writer() {
			super(ChatCompletionRequestMessageContentPartImage.class, "type", "image_url");
		}

		@Override
		protected @Nullable Object value(ChatCompletionRequestMessageContentPartImage record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.imageUrl();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionRequestMessageContentPartImage record) {
			return record.additionalProperties();
		}

	}
}
