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
 * Code interpreter image output
 *
 * @param index The index of the output in the outputs array.
 * @param type Always {@code image}.
 * @param image A
 * {@link dev.reactiveai.openai.types.RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.Image}
 * (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.Reader.class)
public record RunStepDeltaStepDetailsToolCallsCodeOutputImageObject(@JsonProperty("index") Long index,
		@JsonProperty("type") String type,
		@JsonProperty("image") RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.@Nullable Image image,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RunStepDeltaStepDetailsToolCallsCodeObject.CodeInterpreter.Output {

	/**
	 * Creates a {@link RunStepDeltaStepDetailsToolCallsCodeOutputImageObject}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param index The index of the output in the outputs array.
	 * @param type Always {@code image}.
	 * @param image A
	 * {@link dev.reactiveai.openai.types.RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.Image}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDeltaStepDetailsToolCallsCodeOutputImageObject}.
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
	 * A {@link RunStepDeltaStepDetailsToolCallsCodeOutputImageObject}'s {@code image}.
	 *
	 * @param fileId The
	 * <a href="https://platform.openai.com/docs/api-reference/files">file</a> ID of the
	 * image.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Image.Reader.class)
	public static record Image(@JsonProperty("file_id") @Nullable String fileId,
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
			public Image build() {
				return new Image(this.fileId, this.additionalProperties);
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
	 * Builds a {@link RunStepDeltaStepDetailsToolCallsCodeOutputImageObject}.
	 */
	public static final class Builder {

		private @Nullable Long index;

		private @Nullable String type;

		private @Nullable Image image;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "image";
		}

		private Builder(RunStepDeltaStepDetailsToolCallsCodeOutputImageObject source) {
			this.index = source.index();
			this.type = source.type();
			this.image = source.image();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the output in the outputs array.
		 * @param index the value (required)
		 * @return this builder
		 */
		public Builder index(@Nullable Long index) {
			this.index = index;
			return this;
		}

		/**
		 * A
		 * {@link dev.reactiveai.openai.types.RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.Image}
		 * (the API description says no more).
		 * @param image the value
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
		public RunStepDeltaStepDetailsToolCallsCodeOutputImageObject build() {
			return new RunStepDeltaStepDetailsToolCallsCodeOutputImageObject(
					Objects.requireNonNull(this.index, "'index' is required"), this.type, this.image,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDeltaStepDetailsToolCallsCodeOutputImageObject} from the
	 * parser's tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDeltaStepDetailsToolCallsCodeOutputImageObject> {

		Reader() {
			super(RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.class, "index", "type", "image");
		}

		@Override
		protected RunStepDeltaStepDetailsToolCallsCodeOutputImageObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDeltaStepDetailsToolCallsCodeOutputImageObject((Long) values[0], (String) values[1],
					(Image) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDeltaStepDetailsToolCallsCodeOutputImageObject} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDeltaStepDetailsToolCallsCodeOutputImageObject> {

		Writer() {
			super(RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.class, "index", "type", "image");
		}

		@Override
		protected @Nullable Object value(RunStepDeltaStepDetailsToolCallsCodeOutputImageObject record, int index) {
			return switch (index) {
				case 0 -> record.index();
				case 1 -> record.type();
				case 2 -> record.image();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(
				RunStepDeltaStepDetailsToolCallsCodeOutputImageObject record) {
			return record.additionalProperties();
		}

	}
}
