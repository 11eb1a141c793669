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
 * References an image
 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> in the content
 * of a message.
 *
 * @param index The index of the content part in the message.
 * @param type Always {@code image_file}.
 * @param imageFile A
 * {@link dev.reactiveai.openai.types.MessageDeltaContentImageFileObject.ImageFile} (the
 * API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MessageDeltaContentImageFileObject.Reader.class)
public record MessageDeltaContentImageFileObject(@JsonProperty("index") Long index, @JsonProperty("type") String type,
		@JsonProperty("image_file") MessageDeltaContentImageFileObject.@Nullable ImageFile imageFile,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			MessageDelta.Delta.ContentItem {

	/**
	 * Creates a {@link MessageDeltaContentImageFileObject}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param index The index of the content part in the message.
	 * @param type Always {@code image_file}.
	 * @param imageFile A
	 * {@link dev.reactiveai.openai.types.MessageDeltaContentImageFileObject.ImageFile}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MessageDeltaContentImageFileObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MessageDeltaContentImageFileObject}.
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
	 * A {@link MessageDeltaContentImageFileObject}'s {@code image_file}.
	 *
	 * @param fileId The
	 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> ID of the
	 * image in the message content. Set {@code purpose="vision"} when uploading the File
	 * if you need to later display the file content.
	 * @param detail Specifies the detail level of the image if specified by the user.
	 * {@code low} uses fewer tokens, you can opt in to high resolution using
	 * {@code high}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ImageFile.Reader.class)
	public static record ImageFile(@JsonProperty("file_id") @Nullable String fileId,
			@JsonProperty("detail") ImageFile.@Nullable Detail detail,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ImageFile}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param fileId The
		 * <a href="https://platform.openai.com/docs/api-reference/files">File</a> ID of
		 * the image in the message content.
		 * @param detail Specifies the detail level of the image if specified by the user.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ImageFile {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ImageFile}.
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
		 * Specifies the detail level of the image if specified by the user. {@code low}
		 * uses fewer tokens, you can opt in to high resolution using {@code high}.
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
			 * The <a href="https://platform.openai.com/docs/api-reference/files">File</a>
			 * ID of the image in the message content.
			 * @param fileId the value
			 * @return this builder
			 */
			public Builder fileId(@Nullable String fileId) {
				this.fileId = fileId;
				return this;
			}

			/**
			 * Specifies the detail level of the image if specified by the user.
			 * @param detail the value
			 * @return this builder
			 */
			public Builder detail(@Nullable Detail detail) {
				this.detail = detail;
				return this;
			}

			/**
			 * Specifies the detail level of the image if specified by the user.
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
			public ImageFile build() {
				return new ImageFile(this.fileId, this.detail, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ImageFile} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ImageFile> {

			Reader() {
				super(ImageFile.class, "file_id", "detail");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 1 -> Detail.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected ImageFile create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new ImageFile((String) values[0], (Detail) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ImageFile} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ImageFile> {

			Writer() {
				super(ImageFile.class, "file_id", "detail");
			}

			@Override
			protected @Nullable Object value(ImageFile record, int index) {
				return switch (index) {
					case 0 -> record.fileId();
					case 1 -> record.detail();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ImageFile record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link MessageDeltaContentImageFileObject}.
	 */
	public static final class Builder {

		private @Nullable Long index;

		private @Nullable String type;

		private @Nullable ImageFile imageFile;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "image_file";
		}

		private Builder(MessageDeltaContentImageFileObject source) {
			this.index = source.index();
			this.type = source.type();
			this.imageFile = source.imageFile();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the content part in the message.
		 * @param index the value (required)
		 * @return this builder
		 */
		public Builder index(@Nullable Long index) {
			this.index = index;
			return this;
		}

		/**
		 * A
		 * {@link dev.reactiveai.openai.types.MessageDeltaContentImageFileObject.ImageFile}
		 * (the API description says no more).
		 * @param imageFile the value
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
		public MessageDeltaContentImageFileObject build() {
			return new MessageDeltaContentImageFileObject(Objects.requireNonNull(this.index, "'index' is required"),
					this.type, this.imageFile, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MessageDeltaContentImageFileObject} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MessageDeltaContentImageFileObject> {

		Reader() {
			super(MessageDeltaContentImageFileObject.class, "index", "type", "image_file");
		}

		@Override
		protected MessageDeltaContentImageFileObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new MessageDeltaContentImageFileObject((Long) values[0], (String) values[1], (ImageFile) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link MessageDeltaContentImageFileObject} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MessageDeltaContentImageFileObject> {

		Writer() {
			super(MessageDeltaContentImageFileObject.class, "index", "type", "image_file");
		}

		@Override
		protected @Nullable Object value(MessageDeltaContentImageFileObject record, int index) {
			return switch (index) {
				case 0 -> record.index();
				case 1 -> record.type();
				case 2 -> record.imageFile();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MessageDeltaContentImageFileObject record) {
			return record.additionalProperties();
		}

	}
}
