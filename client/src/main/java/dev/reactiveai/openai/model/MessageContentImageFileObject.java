// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * References an image [File](/docs/api-reference/files) in the content of a message.
 *
 * @param type Always `image_file`.
 * @param imageFile the {@code image_file} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record MessageContentImageFileObject(@JsonProperty("type") String type,
		@JsonProperty("image_file") MessageContentImageFileObject.ImageFile imageFile,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateMessageRequest.Content.ArrayOfContentPartsItem,
			MessageObject.ContentItem {

	public MessageContentImageFileObject {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link MessageContentImageFileObject}.
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
	 * @param fileId The [File](/docs/api-reference/files) ID of the image in the message
	 * content.
	 * @param detail Specifies the detail level of the image if specified by the user.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record ImageFile(@JsonProperty("file_id") String fileId,
			@JsonProperty("detail") ImageFile.@Nullable Detail detail,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public ImageFile {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ImageFile}.
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
		 * Specifies the detail level of the image if specified by the user. `low` uses
		 * fewer tokens, you can opt in to high resolution using `high`.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Detail(@JsonValue String value) {
			public static final Detail AUTO = new Detail("auto");

			public static final Detail LOW = new Detail("low");

			public static final Detail HIGH = new Detail("high");

			public Detail {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
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
		 * Builds a {@link ImageFile}.
		 */
		public static final class Builder {

			private @Nullable String fileId;

			private @Nullable Detail detail;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ImageFile source) {
				this.fileId = source.fileId();
				this.detail = source.detail();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code file_id}: The [File](/docs/api-reference/files) ID of the image
			 * in the message content. Set `purpose="vision"` when uploading the File if
			 * you need to later display the file content.
			 * @param fileId the value (required)
			 * @return this builder
			 */
			public Builder fileId(@Nullable String fileId) {
				this.fileId = fileId;
				return this;
			}

			/**
			 * Set {@code detail}: Specifies the detail level of the image if specified by
			 * the user. `low` uses fewer tokens, you can opt in to high resolution using
			 * `high`.
			 * @param detail the value
			 * @return this builder
			 */
			public Builder detail(@Nullable Detail detail) {
				this.detail = detail;
				return this;
			}

			/**
			 * Set {@code detail} to a value, known to this client or not.
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
			public ImageFile build() {
				return new ImageFile(Objects.requireNonNull(this.fileId, "'fileId' is required"), this.detail,
						this.additionalProperties);
			}

		}
	}

	/**
	 * Builds a {@link MessageContentImageFileObject}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable ImageFile imageFile;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "image_file";
		}

		private Builder(MessageContentImageFileObject source) {
			this.type = source.type();
			this.imageFile = source.imageFile();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: Always `image_file`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code image_file}.
		 * @param imageFile the value (required)
		 * @return this builder
		 */
		public Builder imageFile(@Nullable ImageFile imageFile) {
			this.imageFile = imageFile;
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
		public MessageContentImageFileObject build() {
			return new MessageContentImageFileObject(this.type,
					Objects.requireNonNull(this.imageFile, "'imageFile' is required"), this.additionalProperties);
		}

	}
}
