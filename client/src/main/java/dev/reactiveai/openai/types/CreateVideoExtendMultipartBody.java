// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Multipart parameters for extending an existing generated video.
 *
 * @param video A {@link dev.reactiveai.openai.types.CreateVideoExtendMultipartBody.Video}
 * (the API description says no more).
 * @param prompt Updated text prompt that directs the extension generation.
 * @param seconds Length of the newly generated extension segment in seconds (allowed
 * values: 4, 8, 12, 16, 20).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateVideoExtendMultipartBody.Reader.class)
public record CreateVideoExtendMultipartBody(@JsonProperty("video") CreateVideoExtendMultipartBody.Video video,
		@JsonProperty("prompt") String prompt, @JsonProperty("seconds") VideoSeconds seconds,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateVideoExtendMultipartBody}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param video A
	 * {@link dev.reactiveai.openai.types.CreateVideoExtendMultipartBody.Video} (the API
	 * description says no more).
	 * @param prompt Updated text prompt that directs the extension generation.
	 * @param seconds Length of the newly generated extension segment in seconds (allowed
	 * values: 4, 8, 12, 16, 20).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateVideoExtendMultipartBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateVideoExtendMultipartBody}.
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
	 * A {@link CreateVideoExtendMultipartBody}'s {@code video}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Video.Deserializer.class)
	public sealed interface Video permits VideoReferenceInputParam, Video.FileValue, Video.Unknown {

		/**
		 * A {@link Video} that is a {@code UploadFile}.
		 *
		 * @param value the value
		 */
		record FileValue(@JsonValue UploadFile value) implements Video {
			/**
			 * Creates a {@link FileValue}, rejecting a null value.
			 * @param value the value
			 */
			public FileValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Video} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Video, UnknownVariant {
		}

		/**
		 * Reads a {@link Video} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Video> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Video>variants(Unknown::new)
					.object(VideoReferenceInputParam.class, VariantShape.declaring("id").requiring("id"))
					.string(UploadFile.class, FileValue::new));
			}

		}

	}

	/**
	 * Builds a {@link CreateVideoExtendMultipartBody}.
	 */
	public static final class Builder {

		private @Nullable Video video;

		private @Nullable String prompt;

		private @Nullable VideoSeconds seconds;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateVideoExtendMultipartBody source) {
			this.video = source.video();
			this.prompt = source.prompt();
			this.seconds = source.seconds();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A {@link dev.reactiveai.openai.types.CreateVideoExtendMultipartBody.Video} (the
		 * API description says no more).
		 * @param video the value (required)
		 * @return this builder
		 */
		public Builder video(@Nullable Video video) {
			this.video = video;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.CreateVideoExtendMultipartBody.Video} (the
		 * API description says no more).
		 * <p>
		 * Takes the value of a {@link Video.FileValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder video(UploadFile value) {
			return video(new Video.FileValue(value));
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
		public CreateVideoExtendMultipartBody build() {
			return new CreateVideoExtendMultipartBody(Objects.requireNonNull(this.video, "'video' is required"),
					Objects.requireNonNull(this.prompt, "'prompt' is required"),
					Objects.requireNonNull(this.seconds, "'seconds' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateVideoExtendMultipartBody} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateVideoExtendMultipartBody> {

		Reader() {
			super(CreateVideoExtendMultipartBody.class, "video", "prompt", "seconds");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> VideoSeconds.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CreateVideoExtendMultipartBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateVideoExtendMultipartBody((Video) values[0], (String) values[1], (VideoSeconds) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateVideoExtendMultipartBody} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateVideoExtendMultipartBody> {

		Writer() {
			super(CreateVideoExtendMultipartBody.class, "video", "prompt", "seconds");
		}

		@Override
		protected @Nullable Object value(CreateVideoExtendMultipartBody record, int index) {
			return switch (index) {
				case 0 -> record.video();
				case 1 -> record.prompt();
				case 2 -> record.seconds();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateVideoExtendMultipartBody record) {
			return record.additionalProperties();
		}

	}
}
