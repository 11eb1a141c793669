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
 * Structured information describing a generated video job.
 *
 * @param id Unique identifier for the video job.
 * @param object The object type, which is always {@code video}.
 * @param model The video generation model that produced the job.
 * @param status Current lifecycle status of the video job.
 * @param progress Approximate completion percentage for the generation task.
 * @param createdAt Unix timestamp (seconds) for when the job was created.
 * @param completedAt Unix timestamp (seconds) for when the job completed, if finished.
 * @param expiresAt Unix timestamp (seconds) for when the downloadable assets expire, if
 * set.
 * @param prompt The prompt that was used to generate the video.
 * @param size The resolution of the generated video.
 * @param seconds Duration of the generated clip in seconds. For extensions, this is the
 * stitched total duration.
 * @param remixedFromVideoId Identifier of the source video if this video is a remix.
 * @param error An error that occurred while generating the response.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VideoResource.Reader.class)
public record VideoResource(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("model") VideoModel model, @JsonProperty("status") VideoStatus status,
		@JsonProperty("progress") Long progress, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("completed_at") @Nullable Long completedAt, @JsonProperty("expires_at") @Nullable Long expiresAt,
		@JsonProperty("prompt") @Nullable String prompt, @JsonProperty("size") VideoSize size,
		@JsonProperty("seconds") String seconds,
		@JsonProperty("remixed_from_video_id") @Nullable String remixedFromVideoId,
		@JsonProperty("error") @Nullable VideoError error,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VideoResource}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param id Unique identifier for the video job.
	 * @param object The object type, which is always {@code video}.
	 * @param model The video generation model that produced the job.
	 * @param status Current lifecycle status of the video job.
	 * @param progress Approximate completion percentage for the generation task.
	 * @param createdAt Unix timestamp (seconds) for when the job was created.
	 * @param completedAt Unix timestamp (seconds) for when the job completed, if
	 * finished.
	 * @param expiresAt Unix timestamp (seconds) for when the downloadable assets expire,
	 * if set.
	 * @param prompt The prompt that was used to generate the video.
	 * @param size The resolution of the generated video.
	 * @param seconds Duration of the generated clip in seconds.
	 * @param remixedFromVideoId Identifier of the source video if this video is a remix.
	 * @param error An error that occurred while generating the response.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VideoResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VideoResource}.
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
	 * Builds a {@link VideoResource}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable VideoModel model;

		private @Nullable VideoStatus status;

		private @Nullable Long progress;

		private @Nullable Long createdAt;

		private @Nullable Long completedAt;

		private @Nullable Long expiresAt;

		private @Nullable String prompt;

		private @Nullable VideoSize size;

		private @Nullable String seconds;

		private @Nullable String remixedFromVideoId;

		private @Nullable VideoError error;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "video";
		}

		private Builder(VideoResource source) {
			this.id = source.id();
			this.object = source.object();
			this.model = source.model();
			this.status = source.status();
			this.progress = source.progress();
			this.createdAt = source.createdAt();
			this.completedAt = source.completedAt();
			this.expiresAt = source.expiresAt();
			this.prompt = source.prompt();
			this.size = source.size();
			this.seconds = source.seconds();
			this.remixedFromVideoId = source.remixedFromVideoId();
			this.error = source.error();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier for the video job.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The video generation model that produced the job.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable VideoModel model) {
			this.model = model;
			return this;
		}

		/**
		 * The video generation model that produced the job.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(VideoModel.of(value));
		}

		/**
		 * Current lifecycle status of the video job.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable VideoStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * Current lifecycle status of the video job.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(VideoStatus.of(value));
		}

		/**
		 * Approximate completion percentage for the generation task.
		 * @param progress the value (required)
		 * @return this builder
		 */
		public Builder progress(@Nullable Long progress) {
			this.progress = progress;
			return this;
		}

		/**
		 * Unix timestamp (seconds) for when the job was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Unix timestamp (seconds) for when the job completed, if finished.
		 * @param completedAt the value
		 * @return this builder
		 */
		public Builder completedAt(@Nullable Long completedAt) {
			this.completedAt = completedAt;
			return this;
		}

		/**
		 * Unix timestamp (seconds) for when the downloadable assets expire, if set.
		 * @param expiresAt the value
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * The prompt that was used to generate the video.
		 * @param prompt the value
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * The resolution of the generated video.
		 * @param size the value (required)
		 * @return this builder
		 */
		public Builder size(@Nullable VideoSize size) {
			this.size = size;
			return this;
		}

		/**
		 * The resolution of the generated video.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder size(String value) {
			return size(VideoSize.of(value));
		}

		/**
		 * Duration of the generated clip in seconds.
		 * @param seconds the value (required)
		 * @return this builder
		 */
		public Builder seconds(@Nullable String seconds) {
			this.seconds = seconds;
			return this;
		}

		/**
		 * Identifier of the source video if this video is a remix.
		 * @param remixedFromVideoId the value
		 * @return this builder
		 */
		public Builder remixedFromVideoId(@Nullable String remixedFromVideoId) {
			this.remixedFromVideoId = remixedFromVideoId;
			return this;
		}

		/**
		 * An error that occurred while generating the response.
		 * @param error the value
		 * @return this builder
		 */
		public Builder error(@Nullable VideoError error) {
			this.error = error;
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
		public VideoResource build() {
			return new VideoResource(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.model, "'model' is required"),
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.progress, "'progress' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.completedAt, this.expiresAt,
					this.prompt, Objects.requireNonNull(this.size, "'size' is required"),
					Objects.requireNonNull(this.seconds, "'seconds' is required"), this.remixedFromVideoId, this.error,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VideoResource} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VideoResource> {

		Reader() {
			super(VideoResource.class, "id", "object", "model", "status", "progress", "created_at", "completed_at",
					"expires_at", "prompt", "size", "seconds", "remixed_from_video_id", "error");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> VideoModel.of(value);
				case 3 -> VideoStatus.of(value);
				case 9 -> VideoSize.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected VideoResource create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new VideoResource((String) values[0], (String) values[1], (VideoModel) values[2],
					(VideoStatus) values[3], (Long) values[4], (Long) values[5], (Long) values[6], (Long) values[7],
					(String) values[8], (VideoSize) values[9], (String) values[10], (String) values[11],
					(VideoError) values[12], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VideoResource} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VideoResource> {

		Writer() {
			super(VideoResource.class, "id", "object", "model", "status", "progress", "created_at", "completed_at",
					"expires_at", "prompt", "size", "seconds", "remixed_from_video_id", "error");
		}

		@Override
		protected @Nullable Object value(VideoResource record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.model();
				case 3 -> record.status();
				case 4 -> record.progress();
				case 5 -> record.createdAt();
				case 6 -> record.completedAt();
				case 7 -> record.expiresAt();
				case 8 -> record.prompt();
				case 9 -> record.size();
				case 10 -> record.seconds();
				case 11 -> record.remixedFromVideoId();
				case 12 -> record.error();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VideoResource record) {
			return record.additionalProperties();
		}

	}
}
