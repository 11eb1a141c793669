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
 * A URL for the file that's generated when the assistant used the
 * {@code code_interpreter} tool to generate a file.
 *
 * @param index The index of the annotation in the text content part.
 * @param type Always {@code file_path}.
 * @param text The text in the message content that needs to be replaced.
 * @param filePath A
 * {@link dev.reactiveai.openai.types.MessageDeltaContentTextAnnotationsFilePathObject.FilePath}
 * (the API description says no more).
 * @param startIndex An integer (the API description says no more).
 * @param endIndex An integer (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MessageDeltaContentTextAnnotationsFilePathObject.Reader.class)
public record MessageDeltaContentTextAnnotationsFilePathObject(@JsonProperty("index") Long index,
		@JsonProperty("type") String type, @JsonProperty("text") @Nullable String text,
		@JsonProperty("file_path") MessageDeltaContentTextAnnotationsFilePathObject.@Nullable FilePath filePath,
		@JsonProperty("start_index") @Nullable Long startIndex, @JsonProperty("end_index") @Nullable Long endIndex,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			MessageDeltaContentTextObject.Text.Annotation {

	/**
	 * Creates a {@link MessageDeltaContentTextAnnotationsFilePathObject}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param index The index of the annotation in the text content part.
	 * @param type Always {@code file_path}.
	 * @param text The text in the message content that needs to be replaced.
	 * @param filePath A
	 * {@link dev.reactiveai.openai.types.MessageDeltaContentTextAnnotationsFilePathObject.FilePath}
	 * (the API description says no more).
	 * @param startIndex An integer (the API description says no more).
	 * @param endIndex An integer (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MessageDeltaContentTextAnnotationsFilePathObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MessageDeltaContentTextAnnotationsFilePathObject}.
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
	 * A {@link MessageDeltaContentTextAnnotationsFilePathObject}'s {@code file_path}.
	 *
	 * @param fileId The ID of the file that was generated.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = FilePath.Reader.class)
	public static record FilePath(@JsonProperty("file_id") @Nullable String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link FilePath}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param fileId The ID of the file that was generated.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public FilePath {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link FilePath}.
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
		 * Builds a {@link FilePath}.
		 */
		public static final class Builder {

			private @Nullable String fileId;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(FilePath source) {
				this.fileId = source.fileId();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the file that was generated.
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
			public FilePath build() {
				return new FilePath(this.fileId, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link FilePath} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<FilePath> {

			Reader() {
				super(FilePath.class, "file_id");
			}

			@Override
			protected FilePath create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new FilePath((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link FilePath} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<FilePath> {

			Writer() {
				super(FilePath.class, "file_id");
			}

			@Override
			protected @Nullable Object value(FilePath record, int index) {
				return switch (index) {
					case 0 -> record.fileId();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(FilePath record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link MessageDeltaContentTextAnnotationsFilePathObject}.
	 */
	public static final class Builder {

		private @Nullable Long index;

		private @Nullable String type;

		private @Nullable String text;

		private @Nullable FilePath filePath;

		private @Nullable Long startIndex;

		private @Nullable Long endIndex;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file_path";
		}

		private Builder(MessageDeltaContentTextAnnotationsFilePathObject source) {
			this.index = source.index();
			this.type = source.type();
			this.text = source.text();
			this.filePath = source.filePath();
			this.startIndex = source.startIndex();
			this.endIndex = source.endIndex();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the annotation in the text content part.
		 * @param index the value (required)
		 * @return this builder
		 */
		public Builder index(@Nullable Long index) {
			this.index = index;
			return this;
		}

		/**
		 * The text in the message content that needs to be replaced.
		 * @param text the value
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * A
		 * {@link dev.reactiveai.openai.types.MessageDeltaContentTextAnnotationsFilePathObject.FilePath}
		 * (the API description says no more).
		 * @param filePath the value
		 * @return this builder
		 */
		public Builder filePath(@Nullable FilePath filePath) {
			this.filePath = filePath;
			return this;
		}

		/**
		 * An integer (the API description says no more).
		 * @param startIndex the value
		 * @return this builder
		 */
		public Builder startIndex(@Nullable Long startIndex) {
			this.startIndex = startIndex;
			return this;
		}

		/**
		 * An integer (the API description says no more).
		 * @param endIndex the value
		 * @return this builder
		 */
		public Builder endIndex(@Nullable Long endIndex) {
			this.endIndex = endIndex;
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
		public MessageDeltaContentTextAnnotationsFilePathObject build() {
			return new MessageDeltaContentTextAnnotationsFilePathObject(
					Objects.requireNonNull(this.index, "'index' is required"), this.type, this.text, this.filePath,
					this.startIndex, this.endIndex, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MessageDeltaContentTextAnnotationsFilePathObject} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MessageDeltaContentTextAnnotationsFilePathObject> {

		Reader() {
			super(MessageDeltaContentTextAnnotationsFilePathObject.class, "index", "type", "text", "file_path",
					"start_index", "end_index");
		}

		@Override
		protected MessageDeltaContentTextAnnotationsFilePathObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new MessageDeltaContentTextAnnotationsFilePathObject((Long) values[0], (String) values[1],
					(String) values[2], (FilePath) values[3], (Long) values[4], (Long) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MessageDeltaContentTextAnnotationsFilePathObject} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MessageDeltaContentTextAnnotationsFilePathObject> {

		Writer() {
			super(MessageDeltaContentTextAnnotationsFilePathObject.class, "index", "type", "text", "file_path",
					"start_index", "end_index");
		}

		@Override
		protected @Nullable Object value(MessageDeltaContentTextAnnotationsFilePathObject record, int index) {
			return switch (index) {
				case 0 -> record.index();
				case 1 -> record.type();
				case 2 -> record.text();
				case 3 -> record.filePath();
				case 4 -> record.startIndex();
				case 5 -> record.endIndex();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MessageDeltaContentTextAnnotationsFilePathObject record) {
			return record.additionalProperties();
		}

	}
}
