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
 * JSON parameters for extending an existing generated video.
 *
 * @param video Reference to the completed video to extend.
 * @param prompt Updated text prompt that directs the extension generation.
 * @param seconds Length of the newly generated extension segment in seconds (allowed
 * values: 4, 8, 12, 16, 20).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateVideoExtendJsonBody.Reader.class)
public record CreateVideoExtendJsonBody(@JsonProperty("video") VideoReferenceInputParam video,
		@JsonProperty("prompt") String prompt, @JsonProperty("seconds") VideoSeconds seconds,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateVideoExtendJsonBody}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param video Reference to the completed video to extend.
	 * @param prompt Updated text prompt that directs the extension generation.
	 * @param seconds Length of the newly generated extension segment in seconds (allowed
	 * values: 4, 8, 12, 16, 20).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateVideoExtendJsonBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateVideoExtendJsonBody}.
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
	 * Builds a {@link CreateVideoExtendJsonBody}.
	 */
	public static final class Builder {

		private @Nullable VideoReferenceInputParam video;

		private @Nullable String prompt;

		private @Nullable VideoSeconds seconds;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateVideoExtendJsonBody source) {
			this.video = source.video();
			this.prompt = source.prompt();
			this.seconds = source.seconds();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Reference to the completed video to extend.
		 * @param video the value (required)
		 * @return this builder
		 */
		public Builder video(@Nullable VideoReferenceInputParam video) {
			this.video = video;
			return this;
		}

		/**
		 * Updated text prompt that directs the extension generation.
		 * @param prompt the value (required)
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * Length of the newly generated extension segment in seconds (allowed values: 4,
		 * 8, 12, 16, 20).
		 * @param seconds the value (required)
		 * @return this builder
		 */
		public Builder seconds(@Nullable VideoSeconds seconds) {
			this.seconds = seconds;
			return this;
		}

		/**
		 * Length of the newly generated extension segment in seconds (allowed values: 4,
		 * 8, 12, 16, 20).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder seconds(String value) {
			return seconds(VideoSeconds.of(value));
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
		public CreateVideoExtendJsonBody build() {
			return new CreateVideoExtendJsonBody(Objects.requireNonNull(this.video, "'video' is required"),
					Objects.requireNonNull(this.prompt, "'prompt' is required"),
					Objects.requireNonNull(this.seconds, "'seconds' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateVideoExtendJsonBody} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateVideoExtendJsonBody> {

		Reader() {
			super(CreateVideoExtendJsonBody.class, "video", "prompt", "seconds");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> VideoSeconds.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CreateVideoExtendJsonBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateVideoExtendJsonBody((VideoReferenceInputParam) values[0], (String) values[1],
					(VideoSeconds) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateVideoExtendJsonBody} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateVideoExtendJsonBody> {

		Writer() {
			super(CreateVideoExtendJsonBody.class, "video", "prompt", "seconds");
		}

		@Override
		protected @Nullable Object value(CreateVideoExtendJsonBody record, int index) {
			return switch (index) {
				case 0 -> record.video();
				case 1 -> record.prompt();
				case 2 -> record.seconds();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateVideoExtendJsonBody record) {
			return record.additionalProperties();
		}

	}
}
