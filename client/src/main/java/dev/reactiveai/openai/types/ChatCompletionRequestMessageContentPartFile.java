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
 * Learn about <a href="https://platform.openai.com/docs/guides/text">file inputs</a> for
 * text generation.
 *
 * @param type The type of the content part. Always {@code file}.
 * @param file A
 * {@link dev.reactiveai.openai.types.ChatCompletionRequestMessageContentPartFile.File}
 * (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionRequestMessageContentPartFile.Reader.class)
public record ChatCompletionRequestMessageContentPartFile(@JsonProperty("type") String type,
		@JsonProperty("file") ChatCompletionRequestMessageContentPartFile.File file,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ChatCompletionRequestUserMessageContentPart {

	/**
	 * Creates a {@link ChatCompletionRequestMessageContentPartFile}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type The type of the content part.
	 * @param file A
	 * {@link dev.reactiveai.openai.types.ChatCompletionRequestMessageContentPartFile.File}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionRequestMessageContentPartFile {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionRequestMessageContentPartFile}.
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
	 * A {@link ChatCompletionRequestMessageContentPartFile}'s {@code file}.
	 *
	 * @param filename The name of the file, used when passing the file to the model as a
	 * string.
	 * @param fileData The base64 encoded file data, used when passing the file to the
	 * model as a string.
	 * @param fileId The ID of an uploaded file to use as input.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = File.Reader.class)
	public static record File(@JsonProperty("filename") @Nullable String filename,
			@JsonProperty("file_data") @Nullable String fileData, @JsonProperty("file_id") @Nullable String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link File}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param filename The name of the file, used when passing the file to the model
		 * as a string.
		 * @param fileData The base64 encoded file data, used when passing the file to the
		 * model as a string.
		 * @param fileId The ID of an uploaded file to use as input.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public File {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link File}.
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
		 * Builds a {@link File}.
		 */
		public static final class Builder {

			private @Nullable String filename;

			private @Nullable String fileData;

			private @Nullable String fileId;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(File source) {
				this.filename = source.filename();
				this.fileData = source.fileData();
				this.fileId = source.fileId();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The name of the file, used when passing the file to the model as a string.
			 * @param filename the value
			 * @return this builder
			 */
			public Builder filename(@Nullable String filename) {
				this.filename = filename;
				return this;
			}

			/**
			 * The base64 encoded file data, used when passing the file to the model as a
			 * string.
			 * @param fileData the value
			 * @return this builder
			 */
			public Builder fileData(@Nullable String fileData) {
				this.fileData = fileData;
				return this;
			}

			/**
			 * The ID of an uploaded file to use as input.
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
			public File build() {
				return new File(this.filename, this.fileData, this.fileId, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link File} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<File> {

			Reader() {
				super(File.class, "filename", "file_data", "file_id");
			}

			@Override
			protected File create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new File((String) values[0], (String) values[1], (String) values[2], additionalProperties);
			}

		}

		/**
		 * Writes a {@link File} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<File> {

			Writer() {
				super(File.class, "filename", "file_data", "file_id");
			}

			@Override
			protected @Nullable Object value(File record, int index) {
				return switch (index) {
					case 0 -> record.filename();
					case 1 -> record.fileData();
					case 2 -> record.fileId();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(File record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link ChatCompletionRequestMessageContentPartFile}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable File file;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file";
		}

		private Builder(ChatCompletionRequestMessageContentPartFile source) {
			this.type = source.type();
			this.file = source.file();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A
		 * {@link dev.reactiveai.openai.types.ChatCompletionRequestMessageContentPartFile.File}
		 * (the API description says no more).
		 * @param file the value (required)
		 * @return this builder
		 */
		public Builder file(@Nullable File file) {
			this.file = file;
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
		public ChatCompletionRequestMessageContentPartFile build() {
			return new ChatCompletionRequestMessageContentPartFile(this.type,
					Objects.requireNonNull(this.file, "'file' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionRequestMessageContentPartFile} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionRequestMessageContentPartFile> {

		Reader() {
			super(ChatCompletionRequestMessageContentPartFile.class, "type", "file");
		}

		@Override
		protected ChatCompletionRequestMessageContentPartFile create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionRequestMessageContentPartFile((String) values[0], (File) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionRequestMessageContentPartFile} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionRequestMessageContentPartFile> {

		Writer() {
			super(ChatCompletionRequestMessageContentPartFile.class, "type", "file");
		}

		@Override
		protected @Nullable Object value(ChatCompletionRequestMessageContentPartFile record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.file();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionRequestMessageContentPartFile record) {
			return record.additionalProperties();
		}

	}
}
