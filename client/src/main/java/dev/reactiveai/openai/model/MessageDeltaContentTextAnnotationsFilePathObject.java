// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A URL for the file that's generated when the assistant used the `code_interpreter` tool
 * to generate a file.
 *
 * @param index The index of the annotation in the text content part.
 * @param type Always `file_path`.
 * @param text The text in the message content that needs to be replaced.
 * @param filePath the {@code file_path} property
 * @param startIndex the {@code start_index} property
 * @param endIndex the {@code end_index} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record MessageDeltaContentTextAnnotationsFilePathObject(@JsonProperty("index") Long index,
		@JsonProperty("type") String type, @JsonProperty("text") @Nullable String text,
		@JsonProperty("file_path") MessageDeltaContentTextAnnotationsFilePathObject.@Nullable FilePath filePath,
		@JsonProperty("start_index") @Nullable Long startIndex, @JsonProperty("end_index") @Nullable Long endIndex,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			MessageDeltaContentTextObject.Text.AnnotationsItem {

	public MessageDeltaContentTextAnnotationsFilePathObject {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link MessageDeltaContentTextAnnotationsFilePathObject}.
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
	 * @param fileId The ID of the file that was generated.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record FilePath(@JsonProperty("file_id") @Nullable String fileId,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public FilePath {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link FilePath}.
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
			 * Set {@code file_id}: The ID of the file that was generated.
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
		 * Set {@code index}: The index of the annotation in the text content part.
		 * @param index the value (required)
		 * @return this builder
		 */
		public Builder index(@Nullable Long index) {
			this.index = index;
			return this;
		}

		/**
		 * Set {@code type}: Always `file_path`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code text}: The text in the message content that needs to be replaced.
		 * @param text the value
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * Set {@code file_path}.
		 * @param filePath the value
		 * @return this builder
		 */
		public Builder filePath(@Nullable FilePath filePath) {
			this.filePath = filePath;
			return this;
		}

		/**
		 * Set {@code start_index}.
		 * @param startIndex the value
		 * @return this builder
		 */
		public Builder startIndex(@Nullable Long startIndex) {
			this.startIndex = startIndex;
			return this;
		}

		/**
		 * Set {@code end_index}.
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
}
