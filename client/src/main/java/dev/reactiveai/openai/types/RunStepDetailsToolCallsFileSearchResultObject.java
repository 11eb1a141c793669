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
 * A result instance of the file search.
 *
 * @param fileId The ID of the file that result was found in.
 * @param fileName The name of the file that result was found in.
 * @param score The score of the result. All values must be a floating point number
 * between 0 and 1.
 * @param content The content of the result that was found. The content is only included
 * if requested via the include query parameter.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDetailsToolCallsFileSearchResultObject.Reader.class)
public record RunStepDetailsToolCallsFileSearchResultObject(@JsonProperty("file_id") String fileId,
		@JsonProperty("file_name") String fileName, @JsonProperty("score") Double score,
		@JsonProperty("content") @Nullable List<RunStepDetailsToolCallsFileSearchResultObject.ContentItem> content,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RunStepDetailsToolCallsFileSearchResultObject};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param fileId The ID of the file that result was found in.
	 * @param fileName The name of the file that result was found in.
	 * @param score The score of the result.
	 * @param content The content of the result that was found.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDetailsToolCallsFileSearchResultObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDetailsToolCallsFileSearchResultObject}.
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
	 * An item of a {@link RunStepDetailsToolCallsFileSearchResultObject}'s
	 * {@code content}.
	 *
	 * @param type The type of the content.
	 * @param text The text content of the file.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ContentItem.Reader.class)
	public static record ContentItem(@JsonProperty("type") @Nullable String type,
			@JsonProperty("text") @Nullable String text,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ContentItem}, filling in {@code type} with its single possible
		 * value when absent; {@code additionalProperties} becomes an unmodifiable copy,
		 * empty for null.
		 * @param type The type of the content.
		 * @param text The text content of the file.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ContentItem {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ContentItem}.
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
		 * Builds a {@link ContentItem}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable String text;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "text";
			}

			private Builder(ContentItem source) {
				this.type = source.type();
				this.text = source.text();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The text content of the file.
			 * @param text the value
			 * @return this builder
			 */
			public Builder text(@Nullable String text) {
				this.text = text;
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
			public ContentItem build() {
				return new ContentItem(this.type, this.text, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ContentItem} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ContentItem> {

			Reader() {
				super(ContentItem.class, "type", "text");
			}

			@Override
			protected ContentItem create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ContentItem((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ContentItem} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ContentItem> {

			Writer() {
				super(ContentItem.class, "type", "text");
			}

			@Override
			protected @Nullable Object value(ContentItem record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.text();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ContentItem record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RunStepDetailsToolCallsFileSearchResultObject}.
	 */
	public static final class Builder {

		private @Nullable String fileId;

		private @Nullable String fileName;

		private @Nullable Double score;

		private @Nullable List<ContentItem> content;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RunStepDetailsToolCallsFileSearchResultObject source) {
			this.fileId = source.fileId();
			this.fileName = source.fileName();
			this.score = source.score();
			this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the file that result was found in.
		 * @param fileId the value (required)
		 * @return this builder
		 */
		public Builder fileId(@Nullable String fileId) {
			this.fileId = fileId;
			return this;
		}

		/**
		 * The name of the file that result was found in.
		 * @param fileName the value (required)
		 * @return this builder
		 */
		public Builder fileName(@Nullable String fileName) {
			this.fileName = fileName;
			return this;
		}

		/**
		 * The score of the result.
		 * @param score the value (required)
		 * @return this builder
		 */
		public Builder score(@Nullable Double score) {
			this.score = score;
			return this;
		}

		/**
		 * The content of the result that was found.
		 * <p>
		 * Takes a copy of the list.
		 * @param content the value
		 * @return this builder
		 */
		public Builder content(@Nullable List<ContentItem> content) {
			this.content = (content != null) ? new ArrayList<>(content) : null;
			return this;
		}

		/**
		 * The content of the result that was found.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param content the item to add
		 * @return this builder
		 */
		public Builder addContent(ContentItem content) {
			Objects.requireNonNull(content, "'content' must not be null");
			if (this.content == null) {
				this.content = new ArrayList<>();
			}
			this.content.add(content);
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
		public RunStepDetailsToolCallsFileSearchResultObject build() {
			return new RunStepDetailsToolCallsFileSearchResultObject(
					Objects.requireNonNull(this.fileId, "'fileId' is required"),
					Objects.requireNonNull(this.fileName, "'fileName' is required"),
					Objects.requireNonNull(this.score, "'score' is required"),
					(this.content != null) ? Collections.unmodifiableList(new ArrayList<>(this.content)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDetailsToolCallsFileSearchResultObject} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDetailsToolCallsFileSearchResultObject> {

		Reader() {
			super(RunStepDetailsToolCallsFileSearchResultObject.class, "file_id", "file_name", "score", "content");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RunStepDetailsToolCallsFileSearchResultObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDetailsToolCallsFileSearchResultObject((String) values[0], (String) values[1],
					(Double) values[2], (List<ContentItem>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDetailsToolCallsFileSearchResultObject} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDetailsToolCallsFileSearchResultObject> {

		Writer() {
			super(RunStepDetailsToolCallsFileSearchResultObject.class, "file_id", "file_name", "score", "content");
		}

		@Override
		protected @Nullable Object value(RunStepDetailsToolCallsFileSearchResultObject record, int index) {
			return switch (index) {
				case 0 -> record.fileId();
				case 1 -> record.fileName();
				case 2 -> record.score();
				case 3 -> record.content();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepDetailsToolCallsFileSearchResultObject record) {
			return record.additionalProperties();
		}

	}
}
