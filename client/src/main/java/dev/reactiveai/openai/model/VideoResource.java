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

/**
 * Structured information describing a generated video job.
 *
 * @param id Unique identifier for the video job.
 * @param object The object type, which is always `video`.
 * @param model The video generation model that produced the job.
 * @param status Current lifecycle status of the video job.
 * @param progress Approximate completion percentage for the generation task.
 * @param createdAt Unix timestamp (seconds) for when the job was created.
 * @param completedAt the {@code completed_at} property
 * @param expiresAt the {@code expires_at} property
 * @param prompt the {@code prompt} property
 * @param size The resolution of the generated video.
 * @param seconds Duration of the generated clip in seconds.
 * @param remixedFromVideoId the {@code remixed_from_video_id} property
 * @param error the {@code error} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record VideoResource(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("model") VideoModel model, @JsonProperty("status") VideoStatus status,
		@JsonProperty("progress") Long progress, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("completed_at") @Nullable Long completedAt, @JsonProperty("expires_at") @Nullable Long expiresAt,
		@JsonProperty("prompt") @Nullable String prompt, @JsonProperty("size") VideoSize size,
		@JsonProperty("seconds") String seconds,
		@JsonProperty("remixed_from_video_id") @Nullable String remixedFromVideoId,
		@JsonProperty("error") @Nullable Error2 error,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public VideoResource {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link VideoResource}.
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

		private @Nullable Error2 error;

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
		 * Set {@code id}: Unique identifier for the video job.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set {@code object}: The object type, which is always `video`.
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Set {@code model}: The video generation model that produced the job.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable VideoModel model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code model} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(VideoModel.of(value));
		}

		/**
		 * Set {@code status}: Current lifecycle status of the video job.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable VideoStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code status} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(VideoStatus.of(value));
		}

		/**
		 * Set {@code progress}: Approximate completion percentage for the generation
		 * task.
		 * @param progress the value (required)
		 * @return this builder
		 */
		public Builder progress(@Nullable Long progress) {
			this.progress = progress;
			return this;
		}

		/**
		 * Set {@code created_at}: Unix timestamp (seconds) for when the job was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Set {@code completed_at}.
		 * @param completedAt the value
		 * @return this builder
		 */
		public Builder completedAt(@Nullable Long completedAt) {
			this.completedAt = completedAt;
			return this;
		}

		/**
		 * Set {@code expires_at}.
		 * @param expiresAt the value
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * Set {@code prompt}.
		 * @param prompt the value
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
			return this;
		}

		/**
		 * Set {@code size}: The resolution of the generated video.
		 * @param size the value (required)
		 * @return this builder
		 */
		public Builder size(@Nullable VideoSize size) {
			this.size = size;
			return this;
		}

		/**
		 * Set {@code size} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder size(String value) {
			return size(VideoSize.of(value));
		}

		/**
		 * Set {@code seconds}: Duration of the generated clip in seconds. For extensions,
		 * this is the stitched total duration.
		 * @param seconds the value (required)
		 * @return this builder
		 */
		public Builder seconds(@Nullable String seconds) {
			this.seconds = seconds;
			return this;
		}

		/**
		 * Set {@code remixed_from_video_id}.
		 * @param remixedFromVideoId the value
		 * @return this builder
		 */
		public Builder remixedFromVideoId(@Nullable String remixedFromVideoId) {
			this.remixedFromVideoId = remixedFromVideoId;
			return this;
		}

		/**
		 * Set {@code error}.
		 * @param error the value
		 * @return this builder
		 */
		public Builder error(@Nullable Error2 error) {
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
}
