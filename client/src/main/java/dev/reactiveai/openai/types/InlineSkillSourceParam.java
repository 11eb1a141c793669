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
 * Inline skill payload
 *
 * @param type The type of the inline skill source. Must be {@code base64}.
 * @param mediaType The media type of the inline skill payload. Must be
 * {@code application/zip}.
 * @param data Base64-encoded skill zip bundle.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InlineSkillSourceParam.Reader.class)
public record InlineSkillSourceParam(@JsonProperty("type") String type, @JsonProperty("media_type") String mediaType,
		@JsonProperty("data") String data, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link InlineSkillSourceParam}, filling in {@code type} and
	 * {@code media_type} with their single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type The type of the inline skill source.
	 * @param mediaType The media type of the inline skill payload.
	 * @param data Base64-encoded skill zip bundle.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public InlineSkillSourceParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link InlineSkillSourceParam}.
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
	 * Builds a {@link InlineSkillSourceParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String mediaType;

		private @Nullable String data;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "base64";
			this.mediaType = "application/zip";
		}

		private Builder(InlineSkillSourceParam source) {
			this.type = source.type();
			this.mediaType = source.mediaType();
			this.data = source.data();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Base64-encoded skill zip bundle.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable String data) {
			this.data = data;
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
		public InlineSkillSourceParam build() {
			return new InlineSkillSourceParam(this.type, this.mediaType,
					Objects.requireNonNull(this.data, "'data' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InlineSkillSourceParam} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InlineSkillSourceParam> {

		Reader() {
			super(InlineSkillSourceParam.class, "type", "media_type", "data");
		}

		@Override
		protected InlineSkillSourceParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new InlineSkillSourceParam((String) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link InlineSkillSourceParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InlineSkillSourceParam> {

		Writer() {
			super(InlineSkillSourceParam.class, "type", "media_type", "data");
		}

		@Override
		protected @Nullable Object value(InlineSkillSourceParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.mediaType();
				case 2 -> record.data();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InlineSkillSourceParam record) {
			return record.additionalProperties();
		}

	}
}
