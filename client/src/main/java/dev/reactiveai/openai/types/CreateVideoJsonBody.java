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
 * JSON parameters for creating a new video generation job.
 *
 * @param model The video generation model to use (allowed values: sora-2, sora-2-pro).
 * Defaults to {@code sora-2}.
 * @param prompt Text prompt that describes the video to generate.
 * @param inputReference Optional reference object that guides generation. Provide exactly
 * one of {@code image_url} or {@code file_id}.
 * @param seconds Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4
 * seconds.
 * @param size Output resolution formatted as width x height (allowed values: 720x1280,
 * 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateVideoJsonBody.Reader.class)
public record CreateVideoJsonBody(@JsonProperty("model") @Nullable VideoModel model,
		@JsonProperty("prompt") String prompt,
		@JsonProperty("input_reference") @Nullable VideoInputReferenceParam inputReference,
		@JsonProperty("seconds") @Nullable VideoSeconds seconds, @JsonProperty("size") @Nullable VideoSize size,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateVideoJsonBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param model The video generation model to use (allowed values: sora-2,
	 * sora-2-pro).
	 * @param prompt Text prompt that describes the video to generate.
	 * @param inputReference Optional reference object that guides generation.
	 * @param seconds Clip duration in seconds (allowed values: 4, 8, 12).
	 * @param size Output resolution formatted as width x height (allowed values:
	 * 720x1280, 1280x720, 1024x1792, 1792x1024).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateVideoJsonBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateVideoJsonBody}.
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
	 * Builds a {@link CreateVideoJsonBody}.
	 */
	public static final class Builder {

		private @Nullable VideoModel model;

		private @Nullable String prompt;

		private @Nullable VideoInputReferenceParam inputReference;

		private @Nullable VideoSeconds seconds;

		private @Nullable VideoSize size;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateVideoJsonBody source) {
			this.model = source.model();
			this.prompt = source.prompt();
			this.inputReference = source.inputReference();
			this.seconds = source.seconds();
			this.size = source.size();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The video generation model to use (allowed values: sora-2, sora-2-pro).
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable VideoModel model) {
			this.model = model;
			return this;
		}

		/**
		 * The video generation model to use (allowed values: sora-2, sora-2-pro).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(VideoModel.of(value));
		}

		/**
		 * Text prompt that describes the video to generate.
		 * @param prompt the value (required)
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * Optional reference object that guides generation.
		 * @param inputReference the value
		 * @return this builder
		 */
		public Builder inputReference(@Nullable VideoInputReferenceParam inputReference) {
			this.inputReference = inputReference;
			return this;
		}

		/**
		 * Clip duration in seconds (allowed values: 4, 8, 12).
		 * @param seconds the value
		 * @return this builder
		 */
		public Builder seconds(@Nullable VideoSeconds seconds) {
			this.seconds = seconds;
			return this;
		}

		/**
		 * Clip duration in seconds (allowed values: 4, 8, 12).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder seconds(String value) {
			return seconds(VideoSeconds.of(value));
		}

		/**
		 * Output resolution formatted as width x height (allowed values: 720x1280,
		 * 1280x720, 1024x1792, 1792x1024).
		 * @param size the value
		 * @return this builder
		 */
		public Builder size(@Nullable VideoSize size) {
			this.size = size;
			return this;
		}

		/**
		 * Output resolution formatted as width x height (allowed values: 720x1280,
		 * 1280x720, 1024x1792, 1792x1024).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder size(String value) {
			return size(VideoSize.of(value));
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
		public CreateVideoJsonBody build() {
			return new CreateVideoJsonBody(this.model, Objects.requireNonNull(this.prompt, "'prompt' is required"),
					this.inputReference, this.seconds, this.size, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateVideoJsonBody} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateVideoJsonBody> {

		Reader() {
			super(CreateVideoJsonBody.class, "model", "prompt", "input_reference", "seconds", "size");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> VideoModel.of(value);
				case 3 -> VideoSeconds.of(value);
				case 4 -> VideoSize.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CreateVideoJsonBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateVideoJsonBody((VideoModel) values[0], (String) values[1],
					(VideoInputReferenceParam) values[2], (VideoSeconds) values[3], (VideoSize) values[4],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateVideoJsonBody} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateVideoJsonBody> {

		Writer() {
			super(CreateVideoJsonBody.class, "model", "prompt", "input_reference", "seconds", "size");
		}

		@Override
		protected @Nullable Object value(CreateVideoJsonBody record, int index) {
			return switch (index) {
				case 0 -> record.model();
				case 1 -> record.prompt();
				case 2 -> record.inputReference();
				case 3 -> record.seconds();
				case 4 -> record.size();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateVideoJsonBody record) {
			return record.additionalProperties();
		}

	}
}
