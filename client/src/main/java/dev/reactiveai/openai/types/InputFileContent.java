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
 * A file input to the model.
 *
 * @param type The type of the input item. Always {@code input_file}.
 * @param fileId The ID of the file to be sent to the model.
 * @param filename The name of the file to be sent to the model.
 * @param fileData The content of the file to be sent to the model.
 * @param fileUrl The URL of the file to be sent to the model.
 * @param detail The detail level of the file to be sent to the model. Use {@code low} for
 * the default rendering behavior, or {@code high} to render the file at higher quality.
 * Defaults to {@code low}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InputFileContent.Reader.class)
public record InputFileContent(@JsonProperty("type") String type, @JsonProperty("file_id") @Nullable String fileId,
		@JsonProperty("filename") @Nullable String filename, @JsonProperty("file_data") @Nullable String fileData,
		@JsonProperty("file_url") @Nullable String fileUrl, @JsonProperty("detail") @Nullable FileInputDetail detail,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FunctionAndCustomToolCallOutput,
			InputContent,
			Message.ContentItem,
			ResponsePromptVariablesValue {

	/**
	 * Creates a {@link InputFileContent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the input item.
	 * @param fileId The ID of the file to be sent to the model.
	 * @param filename The name of the file to be sent to the model.
	 * @param fileData The content of the file to be sent to the model.
	 * @param fileUrl The URL of the file to be sent to the model.
	 * @param detail The detail level of the file to be sent to the model.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public InputFileContent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link InputFileContent}.
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
	 * Builds a {@link InputFileContent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String fileId;

		private @Nullable String filename;

		private @Nullable String fileData;

		private @Nullable String fileUrl;

		private @Nullable FileInputDetail detail;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "input_file";
		}

		private Builder(InputFileContent source) {
			this.type = source.type();
			this.fileId = source.fileId();
			this.filename = source.filename();
			this.fileData = source.fileData();
			this.fileUrl = source.fileUrl();
			this.detail = source.detail();
			this.additionalProperties.putAll(source.additionalProperties());
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
		 * The name of the file to be sent to the model.
		 * @param filename the value
		 * @return this builder
		 */
		public Builder filename(@Nullable String filename) {
			this.filename = filename;
			return this;
		}

		/**
		 * The content of the file to be sent to the model.
		 * @param fileData the value
		 * @return this builder
		 */
		public Builder fileData(@Nullable String fileData) {
			this.fileData = fileData;
			return this;
		}

		/**
		 * The URL of the file to be sent to the model.
		 * @param fileUrl the value
		 * @return this builder
		 */
		public Builder fileUrl(@Nullable String fileUrl) {
			this.fileUrl = fileUrl;
			return this;
		}

		/**
		 * The detail level of the file to be sent to the model.
		 * @param detail the value
		 * @return this builder
		 */
		public Builder detail(@Nullable FileInputDetail detail) {
			this.detail = detail;
			return this;
		}

		/**
		 * The detail level of the file to be sent to the model.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder detail(String value) {
			return detail(FileInputDetail.of(value));
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
		public InputFileContent build() {
			return new InputFileContent(this.type, this.fileId, this.filename, this.fileData, this.fileUrl, this.detail,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InputFileContent} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InputFileContent> {

		Reader() {
			super(InputFileContent.class, "type", "file_id", "filename", "file_data", "file_url", "detail");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 5 -> FileInputDetail.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected InputFileContent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new InputFileContent((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(String) values[4], (FileInputDetail) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link InputFileContent} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InputFileContent> {

		Writer() {
			super(InputFileContent.class, "type", "file_id", "filename", "file_data", "file_url", "detail");
		}

		@Override
		protected @Nullable Object value(InputFileContent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.fileId();
				case 2 -> record.filename();
				case 3 -> record.fileData();
				case 4 -> record.fileUrl();
				case 5 -> record.detail();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InputFileContent record) {
			return record.additionalProperties();
		}

	}
}
