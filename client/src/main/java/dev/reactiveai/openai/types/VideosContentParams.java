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
 * The query parameters of {@code GET /videos/{video_id}/content}: Download the generated
 * video bytes or a derived preview asset.
 *
 * @param variant Which downloadable asset to return. Defaults to the MP4 video.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VideosContentParams.Reader.class)
public record VideosContentParams(@JsonProperty("variant") @Nullable VideoContentVariant variant,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VideosContentParams}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param variant Which downloadable asset to return.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VideosContentParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VideosContentParams}.
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
	 * Builds a {@link VideosContentParams}.
	 */
	public static final class Builder {

		private @Nullable VideoContentVariant variant;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(VideosContentParams source) {
			this.variant = source.variant();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Which downloadable asset to return.
		 * @param variant the value
		 * @return this builder
		 */
		public Builder variant(@Nullable VideoContentVariant variant) {
			this.variant = variant;
			return this;
		}

		/**
		 * Which downloadable asset to return.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder variant(String value) {
			return variant(VideoContentVariant.of(value));
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
		public VideosContentParams build() {
			return new VideosContentParams(this.variant, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VideosContentParams} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VideosContentParams> {

		Reader() {
			super(VideosContentParams.class, "variant");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> VideoContentVariant.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected VideosContentParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VideosContentParams((VideoContentVariant) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VideosContentParams} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VideosContentParams> {

		Writer() {
			super(VideosContentParams.class, "variant");
		}

		@Override
		protected @Nullable Object value(VideosContentParams record, int index) {
			return switch (index) {
				case 0 -> record.variant();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VideosContentParams record) {
			return record.additionalProperties();
		}

	}
}
