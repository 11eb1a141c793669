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
 * @param type Always `file_path`.
 * @param text The text in the message content that needs to be replaced.
 * @param filePath the {@code file_path} property
 * @param startIndex the {@code start_index} property
 * @param endIndex the {@code end_index} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record MessageContentTextAnnotationsFilePathObject(@JsonProperty("type") String type,
		@JsonProperty("text") String text,
		@JsonProperty("file_path") MessageContentTextAnnotationsFilePathObject.FilePath filePath,
		@JsonProperty("start_index") Long startIndex, @JsonProperty("end_index") Long endIndex,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			MessageContentTextObject.Text.AnnotationsItem {

	public MessageContentTextAnnotationsFilePathObject {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link MessageContentTextAnnotationsFilePathObject}.
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
	public static record FilePath(@JsonProperty("file_id") String fileId,
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
			public FilePath build() {
				return new FilePath(Objects.requireNonNull(this.fileId, "'fileId' is required"),
						this.additionalProperties);
			}

		}
	}

	/**
	 * Builds a {@link MessageContentTextAnnotationsFilePathObject}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String text;

		private @Nullable FilePath filePath;

		private @Nullable Long startIndex;

		private @Nullable Long endIndex;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file_path";
		}

		private Builder(MessageContentTextAnnotationsFilePathObject source) {
			this.type = source.type();
			this.text = source.text();
			this.filePath = source.filePath();
			this.startIndex = source.startIndex();
			this.endIndex = source.endIndex();
			this.additionalProperties.putAll(source.additionalProperties());
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
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * Set {@code file_path}.
		 * @param filePath the value (required)
		 * @return this builder
		 */
		public Builder filePath(@Nullable FilePath filePath) {
			this.filePath = filePath;
			return this;
		}

		/**
		 * Set {@code start_index}.
		 * @param startIndex the value (required)
		 * @return this builder
		 */
		public Builder startIndex(@Nullable Long startIndex) {
			this.startIndex = startIndex;
			return this;
		}

		/**
		 * Set {@code end_index}.
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
		public MessageContentTextAnnotationsFilePathObject build() {
			return new MessageContentTextAnnotationsFilePathObject(this.type,
					Objects.requireNonNull(this.text, "'text' is required"),
					Objects.requireNonNull(this.filePath, "'filePath' is required"),
					Objects.requireNonNull(this.startIndex, "'startIndex' is required"),
					Objects.requireNonNull(this.endIndex, "'endIndex' is required"), this.additionalProperties);
		}

	}
}
