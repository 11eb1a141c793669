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
 * An object with {@code image_url} and {@code file_id}.
 *
 * @param imageUrl A fully qualified URL or base64-encoded data URL.
 * @param fileId A string (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VideoInputReferenceParam.Reader.class)
public record VideoInputReferenceParam(@JsonProperty("image_url") @Nullable String imageUrl,
		@JsonProperty("file_id") @Nullable String fileId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateVideoMultipartBody.InputReference {

	/**
	 * Creates a {@link VideoInputReferenceParam}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param imageUrl A fully qualified URL or base64-encoded data URL.
	 * @param fileId A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VideoInputReferenceParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VideoInputReferenceParam}.
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
	 * Builds a {@link VideoInputReferenceParam}.
	 */
	public static final class Builder {

		private @Nullable String imageUrl;

		private @Nullable String fileId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(VideoInputReferenceParam source) {
			this.imageUrl = source.imageUrl();
			this.fileId = source.fileId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A fully qualified URL or base64-encoded data URL.
		 * @param imageUrl the value
		 * @return this builder
		 */
		public Builder imageUrl(@Nullable String imageUrl) {
			this.imageUrl = imageUrl;
			return this;
		}

		/**
		 * A string (the API description says no more).
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
		public VideoInputReferenceParam build() {
			return new VideoInputReferenceParam(this.imageUrl, this.fileId, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VideoInputReferenceParam} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VideoInputReferenceParam> {

		Reader() {
			super(VideoInputReferenceParam.class, "image_url", "file_id");
		}

		@Override
		protected VideoInputReferenceParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VideoInputReferenceParam((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VideoInputReferenceParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VideoInputReferenceParam> {

		Writer() {
			super(VideoInputReferenceParam.class, "image_url", "file_id");
		}

		@Override
		protected @Nullable Object value(VideoInputReferenceParam record, int index) {
			return switch (index) {
				case 0 -> record.imageUrl();
				case 1 -> record.fileId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VideoInputReferenceParam record) {
			return record.additionalProperties();
		}

	}
}
