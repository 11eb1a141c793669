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
 * JSON parameters for editing an existing generated video.
 *
 * @param video Reference to the completed video to edit.
 * @param prompt Text prompt that describes how to edit the source video.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateVideoEditJsonBody.Reader.class)
public record CreateVideoEditJsonBody(@JsonProperty("video") VideoReferenceInputParam video,
		@JsonProperty("prompt") String prompt, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateVideoEditJsonBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param video Reference to the completed video to edit.
	 * @param prompt Text prompt that describes how to edit the source video.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateVideoEditJsonBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateVideoEditJsonBody}.
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
	 * Builds a {@link CreateVideoEditJsonBody}.
	 */
	public static final class Builder {

		private @Nullable VideoReferenceInputParam video;

		private @Nullable String prompt;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateVideoEditJsonBody source) {
			this.video = source.video();
			this.prompt = source.prompt();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Reference to the completed video to edit.
		 * @param video the value (required)
		 * @return this builder
		 */
		public Builder video(@Nullable VideoReferenceInputParam video) {
			this.video = video;
			return this;
		}

		/**
		 * Text prompt that describes how to edit the source video.
		 * @param prompt the value (required)
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
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
		public CreateVideoEditJsonBody build() {
			return new CreateVideoEditJsonBody(Objects.requireNonNull(this.video, "'video' is required"),
					Objects.requireNonNull(this.prompt, "'prompt' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateVideoEditJsonBody} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateVideoEditJsonBody> {

		Reader() {
			super(CreateVideoEditJsonBody.class, "video", "prompt");
		}

		@Override
		protected CreateVideoEditJsonBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateVideoEditJsonBody((VideoReferenceInputParam) values[0], (String) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateVideoEditJsonBody} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateVideoEditJsonBody> {

		Writer() {
			super(CreateVideoEditJsonBody.class, "video", "prompt");
		}

		@Override
		protected @Nullable Object value(CreateVideoEditJsonBody record, int index) {
			return switch (index) {
				case 0 -> record.video();
				case 1 -> record.prompt();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateVideoEditJsonBody record) {
			return record.additionalProperties();
		}

	}
}
