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
 * A citation within the message that points to a specific quote from a specific File
 * associated with the assistant or the message. Generated when the assistant uses the
 * "file_search" tool to search files.
 *
 * @param type Always {@code file_citation}.
 * @param text The text in the message content that needs to be replaced.
 * @param fileCitation A
 * {@link dev.reactiveai.openai.types.MessageContentTextAnnotationsFileCitationObject.FileCitation}
 * (the API description says no more).
 * @param startIndex An integer (the API description says no more).
 * @param endIndex An integer (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MessageContentTextAnnotationsFileCitationObject.Reader.class)
public record MessageContentTextAnnotationsFileCitationObject(@JsonProperty("type") String type,
		@JsonProperty("text") String text,
		@JsonProperty("file_citation") MessageContentTextAnnotationsFileCitationObject.FileCitation fileCitation,
		@JsonProperty("start_index") Long startIndex, @JsonProperty("end_index") Long endIndex,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			MessageContentTextObject.Text.Annotation {

	/**
	 * Creates a {@link MessageContentTextAnnotationsFileCitationObject}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type Always {@code file_citation}.
	 * @param text The text in the message content that needs to be replaced.
	 * @param fileCitation A
	 * {@link dev.reactiveai.openai.types.MessageContentTextAnnotationsFileCitationObject.FileCitation}
	 * (the API description says no more).
	 * @param startIndex An integer (the API description says no more).
	 * @param endIndex An integer (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MessageContentTextAnnotationsFileCitationObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MessageContentTextAnnotationsFileCitationObject}.
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
	 * A {@link MessageContentTextAnnotationsFileCitationObject}'s {@code file_citation}.
	 *
	 * @param fileId The ID of the specific File the citation is from.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = FileCitation.Reader.class)
	public static record FileCitation(@JsonProperty("file_id") String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link FileCitation}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param fileId The ID of the specific File the citation is from.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public FileCitation {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link FileCitation}.
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
		 * Builds a {@link FileCitation}.
		 */
		public static final class Builder {

			private @Nullable String fileId;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(FileCitation source) {
				this.fileId = source.fileId();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the specific File the citation is from.
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
			public FileCitation build() {
				return new FileCitation(Objects.requireNonNull(this.fileId, "'fileId' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link FileCitation} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<FileCitation> {

			Reader() {
				super(FileCitation.class, "file_id");
			}

			@Override
			protected FileCitation create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new FileCitation((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link FileCitation} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<FileCitation> {

			Writer() {
				super(FileCitation.class, "file_id");
			}

			@Override
			protected @Nullable Object value(FileCitation record, int index) {
				return switch (index) {
					case 0 -> record.fileId();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(FileCitation record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link MessageContentTextAnnotationsFileCitationObject}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String text;

		private @Nullable FileCitation fileCitation;

		private @Nullable Long startIndex;

		private @Nullable Long endIndex;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file_citation";
		}

		private Builder(MessageContentTextAnnotationsFileCitationObject source) {
			this.type = source.type();
			this.text = source.text();
			this.fileCitation = source.fileCitation();
			this.startIndex = source.startIndex();
			this.endIndex = source.endIndex();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The text in the message content that needs to be replaced.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * A
		 * {@link dev.reactiveai.openai.types.MessageContentTextAnnotationsFileCitationObject.FileCitation}
		 * (the API description says no more).
		 * @param fileCitation the value (required)
		 * @return this builder
		 */
		public Builder fileCitation(@Nullable FileCitation fileCitation) {
			this.fileCitation = fileCitation;
			return this;
		}

		/**
		 * An integer (the API description says no more).
		 * @param startIndex the value (required)
		 * @return this builder
		 */
		public Builder startIndex(@Nullable Long startIndex) {
			this.startIndex = startIndex;
			return this;
		}

		/**
		 * An integer (the API description says no more).
		 * @param endIndex the value (required)
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
		public MessageContentTextAnnotationsFileCitationObject build() {
			return new MessageContentTextAnnotationsFileCitationObject(this.type,
					Objects.requireNonNull(this.text, "'text' is required"),
					Objects.requireNonNull(this.fileCitation, "'fileCitation' is required"),
					Objects.requireNonNull(this.startIndex, "'startIndex' is required"),
					Objects.requireNonNull(this.endIndex, "'endIndex' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link MessageContentTextAnnotationsFileCitationObject} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MessageContentTextAnnotationsFileCitationObject> {

		Reader() {
			super(MessageContentTextAnnotationsFileCitationObject.class, "type", "text", "file_citation", "start_index",
					"end_index");
		}

		@Override
		protected MessageContentTextAnnotationsFileCitationObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new MessageContentTextAnnotationsFileCitationObject((String) values[0], (String) values[1],
					(FileCitation) values[2], (Long) values[3], (Long) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MessageContentTextAnnotationsFileCitationObject} without
	 * reflection; the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MessageContentTextAnnotationsFileCitationObject> {

		Writer() {
			super(MessageContentTextAnnotationsFileCitationObject.class, "type", "text", "file_citation", "start_index",
					"end_index");
		}

		@Override
		protected @Nullable Object value(MessageContentTextAnnotationsFileCitationObject record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.text();
				case 2 -> record.fileCitation();
				case 3 -> record.startIndex();
				case 4 -> record.endIndex();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MessageContentTextAnnotationsFileCitationObject record) {
			return record.additionalProperties();
		}

	}
}
