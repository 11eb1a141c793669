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
 * The `fine_tuning.job.checkpoint` object represents a model checkpoint for a fine-tuning
 * job that is ready to use.
 *
 * @param id The checkpoint identifier, which can be referenced in the API endpoints.
 * @param createdAt The Unix timestamp (in seconds) for when the checkpoint was created.
 * @param fineTunedModelCheckpoint The name of the fine-tuned checkpoint model that is
 * created.
 * @param stepNumber The step number that the checkpoint was created at.
 * @param metrics Metrics at the step number during the fine-tuning job.
 * @param fineTuningJobId The name of the fine-tuning job that this checkpoint was created
 * from.
 * @param object The object type, which is always "fine_tuning.job.checkpoint".
 * @param additionalProperties properties that this version of the client does not know
 */
public record FineTuningJobCheckpoint(@JsonProperty("id") String id, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("fine_tuned_model_checkpoint") String fineTunedModelCheckpoint,
		@JsonProperty("step_number") Long stepNumber, @JsonProperty("metrics") FineTuningJobCheckpoint.Metrics metrics,
		@JsonProperty("fine_tuning_job_id") String fineTuningJobId, @JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public FineTuningJobCheckpoint {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link FineTuningJobCheckpoint}.
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
	 * Metrics at the step number during the fine-tuning job.
	 *
	 * @param step the {@code step} property
	 * @param trainLoss the {@code train_loss} property
	 * @param trainMeanTokenAccuracy the {@code train_mean_token_accuracy} property
	 * @param validLoss the {@code valid_loss} property
	 * @param validMeanTokenAccuracy the {@code valid_mean_token_accuracy} property
	 * @param fullValidLoss the {@code full_valid_loss} property
	 * @param fullValidMeanTokenAccuracy the {@code full_valid_mean_token_accuracy}
	 * property
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record Metrics(@JsonProperty("step") @Nullable Double step,
			@JsonProperty("train_loss") @Nullable Double trainLoss,
			@JsonProperty("train_mean_token_accuracy") @Nullable Double trainMeanTokenAccuracy,
			@JsonProperty("valid_loss") @Nullable Double validLoss,
			@JsonProperty("valid_mean_token_accuracy") @Nullable Double validMeanTokenAccuracy,
			@JsonProperty("full_valid_loss") @Nullable Double fullValidLoss,
			@JsonProperty("full_valid_mean_token_accuracy") @Nullable Double fullValidMeanTokenAccuracy,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public Metrics {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link Metrics}.
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
		 * Builds a {@link Metrics}.
		 */
		public static final class Builder {

			private @Nullable Double step;

			private @Nullable Double trainLoss;

			private @Nullable Double trainMeanTokenAccuracy;

			private @Nullable Double validLoss;

			private @Nullable Double validMeanTokenAccuracy;

			private @Nullable Double fullValidLoss;

			private @Nullable Double fullValidMeanTokenAccuracy;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Metrics source) {
				this.step = source.step();
				this.trainLoss = source.trainLoss();
				this.trainMeanTokenAccuracy = source.trainMeanTokenAccuracy();
				this.validLoss = source.validLoss();
				this.validMeanTokenAccuracy = source.validMeanTokenAccuracy();
				this.fullValidLoss = source.fullValidLoss();
				this.fullValidMeanTokenAccuracy = source.fullValidMeanTokenAccuracy();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code step}.
			 * @param step the value
			 * @return this builder
			 */
			public Builder step(@Nullable Double step) {
				this.step = step;
				return this;
			}

			/**
			 * Set {@code train_loss}.
			 * @param trainLoss the value
			 * @return this builder
			 */
			public Builder trainLoss(@Nullable Double trainLoss) {
				this.trainLoss = trainLoss;
				return this;
			}

			/**
			 * Set {@code train_mean_token_accuracy}.
			 * @param trainMeanTokenAccuracy the value
			 * @return this builder
			 */
			public Builder trainMeanTokenAccuracy(@Nullable Double trainMeanTokenAccuracy) {
				this.trainMeanTokenAccuracy = trainMeanTokenAccuracy;
				return this;
			}

			/**
			 * Set {@code valid_loss}.
			 * @param validLoss the value
			 * @return this builder
			 */
			public Builder validLoss(@Nullable Double validLoss) {
				this.validLoss = validLoss;
				return this;
			}

			/**
			 * Set {@code valid_mean_token_accuracy}.
			 * @param validMeanTokenAccuracy the value
			 * @return this builder
			 */
			public Builder validMeanTokenAccuracy(@Nullable Double validMeanTokenAccuracy) {
				this.validMeanTokenAccuracy = validMeanTokenAccuracy;
				return this;
			}

			/**
			 * Set {@code full_valid_loss}.
			 * @param fullValidLoss the value
			 * @return this builder
			 */
			public Builder fullValidLoss(@Nullable Double fullValidLoss) {
				this.fullValidLoss = fullValidLoss;
				return this;
			}

			/**
			 * Set {@code full_valid_mean_token_accuracy}.
			 * @param fullValidMeanTokenAccuracy the value
			 * @return this builder
			 */
			public Builder fullValidMeanTokenAccuracy(@Nullable Double fullValidMeanTokenAccuracy) {
				this.fullValidMeanTokenAccuracy = fullValidMeanTokenAccuracy;
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
			public Metrics build() {
				return new Metrics(this.step, this.trainLoss, this.trainMeanTokenAccuracy, this.validLoss,
						this.validMeanTokenAccuracy, this.fullValidLoss, this.fullValidMeanTokenAccuracy,
						this.additionalProperties);
			}

		}
	}

	/**
	 * Builds a {@link FineTuningJobCheckpoint}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable Long createdAt;

		private @Nullable String fineTunedModelCheckpoint;

		private @Nullable Long stepNumber;

		private @Nullable Metrics metrics;

		private @Nullable String fineTuningJobId;

		private @Nullable String object;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "fine_tuning.job.checkpoint";
		}

		private Builder(FineTuningJobCheckpoint source) {
			this.id = source.id();
			this.createdAt = source.createdAt();
			this.fineTunedModelCheckpoint = source.fineTunedModelCheckpoint();
			this.stepNumber = source.stepNumber();
			this.metrics = source.metrics();
			this.fineTuningJobId = source.fineTuningJobId();
			this.object = source.object();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code id}: The checkpoint identifier, which can be referenced in the API
		 * endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set {@code created_at}: The Unix timestamp (in seconds) for when the checkpoint
		 * was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Set {@code fine_tuned_model_checkpoint}: The name of the fine-tuned checkpoint
		 * model that is created.
		 * @param fineTunedModelCheckpoint the value (required)
		 * @return this builder
		 */
		public Builder fineTunedModelCheckpoint(@Nullable String fineTunedModelCheckpoint) {
			this.fineTunedModelCheckpoint = fineTunedModelCheckpoint;
			return this;
		}

		/**
		 * Set {@code step_number}: The step number that the checkpoint was created at.
		 * @param stepNumber the value (required)
		 * @return this builder
		 */
		public Builder stepNumber(@Nullable Long stepNumber) {
			this.stepNumber = stepNumber;
			return this;
		}

		/**
		 * Set {@code metrics}: Metrics at the step number during the fine-tuning job.
		 * @param metrics the value (required)
		 * @return this builder
		 */
		public Builder metrics(@Nullable Metrics metrics) {
			this.metrics = metrics;
			return this;
		}

		/**
		 * Set {@code fine_tuning_job_id}: The name of the fine-tuning job that this
		 * checkpoint was created from.
		 * @param fineTuningJobId the value (required)
		 * @return this builder
		 */
		public Builder fineTuningJobId(@Nullable String fineTuningJobId) {
			this.fineTuningJobId = fineTuningJobId;
			return this;
		}

		/**
		 * Set {@code object}: The object type, which is always
		 * "fine_tuning.job.checkpoint".
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
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
		public FineTuningJobCheckpoint build() {
			return new FineTuningJobCheckpoint(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.fineTunedModelCheckpoint, "'fineTunedModelCheckpoint' is required"),
					Objects.requireNonNull(this.stepNumber, "'stepNumber' is required"),
					Objects.requireNonNull(this.metrics, "'metrics' is required"),
					Objects.requireNonNull(this.fineTuningJobId, "'fineTuningJobId' is required"), this.object,
					this.additionalProperties);
		}

	}
}
