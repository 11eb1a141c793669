// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The output of a code interpreter tool call that is a file.
 *
 * @param type The type of the code interpreter file output. Always {@code files}.
 * @param files A list of a
 * {@link dev.reactiveai.openai.types.CodeInterpreterFileOutput.File} (the API description
 * says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CodeInterpreterFileOutput.Reader.class)
public record CodeInterpreterFileOutput(@JsonProperty("type") String type,
		@JsonProperty("files") List<CodeInterpreterFileOutput.File> files,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CodeInterpreterFileOutput}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the code interpreter file output.
	 * @param files A list of a
	 * {@link dev.reactiveai.openai.types.CodeInterpreterFileOutput.File} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CodeInterpreterFileOutput {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CodeInterpreterFileOutput}.
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
	 * An item of a {@link CodeInterpreterFileOutput}'s {@code files}.
	 *
	 * @param mimeType The MIME type of the file.
	 * @param fileId The ID of the file.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = File.Reader.class)
	public static record File(@JsonProperty("mime_type") String mimeType, @JsonProperty("file_id") String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link File}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param mimeType The MIME type of the file.
		 * @param fileId The ID of the file.
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

			private @Nullable String mimeType;

			private @Nullable String fileId;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(File source) {
				this.mimeType = source.mimeType();
				this.fileId = source.fileId();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The MIME type of the file.
			 * @param mimeType the value (required)
			 * @return this builder
			 */
			public Builder mimeType(@Nullable String mimeType) {
				this.mimeType = mimeType;
				return this;
			}

			/**
			 * The ID of the file.
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
			public File build() {
				return new File(Objects.requireNonNull(this.mimeType, "'mimeType' is required"),
						Objects.requireNonNull(this.fileId, "'fileId' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link File} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<File> {

			Reader() {
				super(File.class, "mime_type", "file_id");
			}

			@Override
			protected File create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new File((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link File} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<File> {

			Writer() {
				super(File.class, "mime_type", "file_id");
			}

			@Override
			protected @Nullable Object value(File record, int index) {
				return switch (index) {
					case 0 -> record.mimeType();
					case 1 -> record.fileId();
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
	 * Builds a {@link CodeInterpreterFileOutput}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<File> files;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "files";
		}

		private Builder(CodeInterpreterFileOutput source) {
			this.type = source.type();
			this.files = (source.files() != null) ? new ArrayList<>(source.files()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A list of a {@link dev.reactiveai.openai.types.CodeInterpreterFileOutput.File}
		 * (the API description says no more).
		 * <p>
		 * Takes a copy of the list.
		 * @param files the value (required)
		 * @return this builder
		 */
		public Builder files(@Nullable List<File> files) {
			this.files = (files != null) ? new ArrayList<>(files) : null;
			return this;
		}

		/**
		 * A list of a {@link dev.reactiveai.openai.types.CodeInterpreterFileOutput.File}
		 * (the API description says no more).
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param file the item to add
		 * @return this builder
		 */
		public Builder addFile(File file) {
			Objects.requireNonNull(file, "'file' must not be null");
			if (this.files == null) {
				this.files = new ArrayList<>();
			}
			this.files.add(file);
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
		public CodeInterpreterFileOutput build() {
			return new CodeInterpreterFileOutput(this.type,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.files, "'files' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CodeInterpreterFileOutput} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CodeInterpreterFileOutput> {

		Reader() {
			super(CodeInterpreterFileOutput.class, "type", "files");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CodeInterpreterFileOutput create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CodeInterpreterFileOutput((String) values[0], (List<File>) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CodeInterpreterFileOutput} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CodeInterpreterFileOutput> {

		Writer() {
			super(CodeInterpreterFileOutput.class, "type", "files");
		}

		@Override
		protected @Nullable Object value(CodeInterpreterFileOutput record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.files();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CodeInterpreterFileOutput record) {
			return record.additionalProperties();
		}

	}
}
