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
 * Code Interpreter image output
 *
 * @param type Always {@code image}.
 * @param image A
 * {@link dev.reactiveai.openai.types.RunStepDetailsToolCallsCodeOutputImageObject.Image}
 * (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDetailsToolCallsCodeOutputImageObject.Reader.class)
public record RunStepDetailsToolCallsCodeOutputImageObject(@JsonProperty("type") String type,
		@JsonProperty("image") RunStepDetailsToolCallsCodeOutputImageObject.Image image,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RunStepDetailsToolCallsCodeObject.CodeInterpreter.Output {

	/**
	 * Creates a {@link RunStepDetailsToolCallsCodeOutputImageObject}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type Always {@code image}.
	 * @param image A
	 * {@link dev.reactiveai.openai.types.RunStepDetailsToolCallsCodeOutputImageObject.Image}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDetailsToolCallsCodeOutputImageObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDetailsToolCallsCodeOutputImageObject}.
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
	 * A {@link RunStepDetailsToolCallsCodeOutputImageObject}'s {@code image}.
	 *
	 * @param fileId The
	 * <a href="https://platform.openai.com/docs/api-reference/files">file</a> ID of the
	 * image.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Image.Reader.class)
	public static record Image(@JsonProperty("file_id") String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Image}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param fileId The
		 * <a href="https://platform.openai.com/docs/api-reference/files">file</a> ID of
		 * the image.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Image {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Image}.
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
		 * Builds a {@link Image}.
		 */
		public static final class Builder {

			private @Nullable String fileId;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Image source) {
				this.fileId = source.fileId();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The <a href="https://platform.openai.com/docs/api-reference/files">file</a>
			 * ID of the image.
			 * @param fileId the value (required)
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
			public Image build() {
				return new Image(Objects.requireNonNull(this.fileId, "'fileId' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Image} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Image> {

			Reader() {
				super(Image.class, "file_id");
			}

			@Override
			protected Image create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Image((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Image} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Image> {

			Writer() {
				super(Image.class, "file_id");
			}

			@Override
			protected @Nullable Object value(Image record, int index) {
				return switch (index) {
					case 0 -> record.fileId();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Image record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RunStepDetailsToolCallsCodeOutputImageObject}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Image image;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "image";
		}

		private Builder(RunStepDetailsToolCallsCodeOutputImageObject source) {
			this.type = source.type();
			this.image = source.image();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A
		 * {@link dev.reactiveai.openai.types.RunStepDetailsToolCallsCodeOutputImageObject.Image}
		 * (the API description says no more).
		 * @param image the value (required)
		 * @return this builder
		 */
		public Builder image(@Nullable Image image) {
			this.image = image;
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
		public RunStepDetailsToolCallsCodeOutputImageObject build() {
			return new RunStepDetailsToolCallsCodeOutputImageObject(this.type,
					Objects.requireNonNull(this.image, "'image' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDetailsToolCallsCodeOutputImageObject} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDetailsToolCallsCodeOutputImageObject> {

		Reader() {
			super(RunStepDetailsToolCallsCodeOutputImageObject.class, "type", "image");
		}

		@Override
		protected RunStepDetailsToolCallsCodeOutputImageObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDetailsToolCallsCodeOutputImageObject((String) values[0], (Image) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDetailsToolCallsCodeOutputImageObject} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDetailsToolCallsCodeOutputImageObject> {

		Writer() {
			super(RunStepDetailsToolCallsCodeOutputImageObject.class, "type", "image");
		}

		@Override
		protected @Nullable Object value(RunStepDetailsToolCallsCodeOutputImageObject record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.image();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepDetailsToolCallsCodeOutputImageObject record) {
			return record.additionalProperties();
		}

	}
}
