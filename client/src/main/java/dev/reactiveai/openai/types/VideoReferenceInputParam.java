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
 * Reference to the completed video.
 *
 * @param id The identifier of the completed video.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VideoReferenceInputParam.Reader.class)
public record VideoReferenceInputParam(@JsonProperty("id") String id,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateVideoEditMultipartBody.Video,
			CreateVideoExtendMultipartBody.Video {

	/**
	 * Creates a {@link VideoReferenceInputParam}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The identifier of the completed video.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VideoReferenceInputParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VideoReferenceInputParam}.
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
	 * Builds a {@link VideoReferenceInputParam}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(VideoReferenceInputParam source) {
			this.id = source.id();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The identifier of the completed video.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
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
		public VideoReferenceInputParam build() {
			return new VideoReferenceInputParam(Objects.requireNonNull(this.id, "'id' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VideoReferenceInputParam} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VideoReferenceInputParam> {

		Reader() {
			super(VideoReferenceInputParam.class, "id");
		}

		@Override
		protected VideoReferenceInputParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VideoReferenceInputParam((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VideoReferenceInputParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VideoReferenceInputParam> {

		Writer() {
			super(VideoReferenceInputParam.class, "id");
		}

		@Override
		protected @Nullable Object value(VideoReferenceInputParam record, int index) {
			return switch (index) {
				case 0 -> record.id();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VideoReferenceInputParam record) {
			return record.additionalProperties();
		}

	}
}
