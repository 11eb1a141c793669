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
 * The {@code fine_tuning.job.checkpoint} object represents a model checkpoint for a
 * fine-tuning job that is ready to use.
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
@JsonDeserialize(using = FineTuningJobCheckpoint.Reader.class)
public record FineTuningJobCheckpoint(@JsonProperty("id") String id, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("fine_tuned_model_checkpoint") String fineTunedModelCheckpoint,
		@JsonProperty("step_number") Long stepNumber, @JsonProperty("metrics") FineTuningJobCheckpoint.Metrics metrics,
		@JsonProperty("fine_tuning_job_id") String fineTuningJobId, @JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuningJobCheckpoint}, filling in {@code object} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The checkpoint identifier, which can be referenced in the API endpoints.
	 * @param createdAt The Unix timestamp (in seconds) for when the checkpoint was
	 * created.
	 * @param fineTunedModelCheckpoint The name of the fine-tuned checkpoint model that is
	 * created.
	 * @param stepNumber The step number that the checkpoint was created at.
	 * @param metrics Metrics at the step number during the fine-tuning job.
	 * @param fineTuningJobId The name of the fine-tuning job that this checkpoint was
	 * created from.
	 * @param object The object type, which is always "fine_tuning.job.checkpoint".
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuningJobCheckpoint {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuningJobCheckpoint}.
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
	 * Metrics at the step number during the fine-tuning job.
	 *
	 * @param step A number (the API description says no more).
	 * @param trainLoss A number (the API description says no more).
	 * @param trainMeanTokenAccuracy A number (the API description says no more).
	 * @param validLoss A number (the API description says no more).
	 * @param validMeanTokenAccuracy A number (the API description says no more).
	 * @param fullValidLoss A number (the API description says no more).
	 * @param fullValidMeanTokenAccuracy A number (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Metrics.Reader.class)
	public static record Metrics(@JsonProperty("step") @Nullable Double step,
			@JsonProperty("train_loss") @Nullable Double trainLoss,
			@JsonProperty("train_mean_token_accuracy") @Nullable Double trainMeanTokenAccuracy,
			@JsonProperty("valid_loss") @Nullable Double validLoss,
			@JsonProperty("valid_mean_token_accuracy") @Nullable Double validMeanTokenAccuracy,
			@JsonProperty("full_valid_loss") @Nullable Double fullValidLoss,
			@JsonProperty("full_valid_mean_token_accuracy") @Nullable Double fullValidMeanTokenAccuracy,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Metrics}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param step A number (the API description says no more).
		 * @param trainLoss A number (the API description says no more).
		 * @param trainMeanTokenAccuracy A number (the API description says no more).
		 * @param validLoss A number (the API description says no more).
		 * @param validMeanTokenAccuracy A number (the API description says no more).
		 * @param fullValidLoss A number (the API description says no more).
		 * @param fullValidMeanTokenAccuracy A number (the API description says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Metrics {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Metrics}.
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
			 * A number (the API description says no more).
			 * @param step the value
			 * @return this builder
			 */
			public Builder step(@Nullable Double step) {
				this.step = step;
				return this;
			}

			/**
			 * A number (the API description says no more).
			 * @param trainLoss the value
			 * @return this builder
			 */
			public Builder trainLoss(@Nullable Double trainLoss) {
				this.trainLoss = trainLoss;
				return this;
			}

			/**
			 * A number (the API description says no more).
			 * @param trainMeanTokenAccuracy the value
			 * @return this builder
			 */
			public Builder trainMeanTokenAccuracy(@Nullable Double trainMeanTokenAccuracy) {
				this.trainMeanTokenAccuracy = trainMeanTokenAccuracy;
				return this;
			}

			/**
			 * A number (the API description says no more).
			 * @param validLoss the value
			 * @return this builder
			 */
			public Builder validLoss(@Nullable Double validLoss) {
				this.validLoss = validLoss;
				return this;
			}

			/**
			 * A number (the API description says no more).
			 * @param validMeanTokenAccuracy the value
			 * @return this builder
			 */
			public Builder validMeanTokenAccuracy(@Nullable Double validMeanTokenAccuracy) {
				this.validMeanTokenAccuracy = validMeanTokenAccuracy;
				return this;
			}

			/**
			 * A number (the API description says no more).
			 * @param fullValidLoss the value
			 * @return this builder
			 */
			public Builder fullValidLoss(@Nullable Double fullValidLoss) {
				this.fullValidLoss = fullValidLoss;
				return this;
			}

			/**
			 * A number (the API description says no more).
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

		/**
		 * Reads a {@link Metrics} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Metrics> {

			Reader() {
				super(Metrics.class, "step", "train_loss", "train_mean_token_accuracy", "valid_loss",
						"valid_mean_token_accuracy", "full_valid_loss", "full_valid_mean_token_accuracy");
			}

			@Override
			protected Metrics create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Metrics((Double) values[0], (Double) values[1], (Double) values[2], (Double) values[3],
						(Double) values[4], (Double) values[5], (Double) values[6], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Metrics} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Metrics> {

			Writer() {
				super(Metrics.class, "step", "train_loss", "train_mean_token_accuracy", "valid_loss",
						"valid_mean_token_accuracy", "full_valid_loss", "full_valid_mean_token_accuracy");
			}

			@Override
			protected @Nullable Object value(Metrics record, int index) {
				return switch (index) {
					case 0 -> record.step();
					case 1 -> record.trainLoss();
					case 2 -> record.trainMeanTokenAccuracy();
					case 3 -> record.validLoss();
					case 4 -> record.validMeanTokenAccuracy();
					case 5 -> record.fullValidLoss();
					case 6 -> record.fullValidMeanTokenAccuracy();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Metrics record) {
				return record.additionalProperties();
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
		 * The checkpoint identifier, which can be referenced in the API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the checkpoint was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The name of the fine-tuned checkpoint model that is created.
		 * @param fineTunedModelCheckpoint the value (required)
		 * @return this builder
		 */
		public Builder fineTunedModelCheckpoint(@Nullable String fineTunedModelCheckpoint) {
			this.fineTunedModelCheckpoint = fineTunedModelCheckpoint;
			return this;
		}

		/**
		 * The step number that the checkpoint was created at.
		 * @param stepNumber the value (required)
		 * @return this builder
		 */
		public Builder stepNumber(@Nullable Long stepNumber) {
			this.stepNumber = stepNumber;
			return this;
		}

		/**
		 * Metrics at the step number during the fine-tuning job.
		 * @param metrics the value (required)
		 * @return this builder
		 */
		public Builder metrics(@Nullable Metrics metrics) {
			this.metrics = metrics;
			return this;
		}

		/**
		 * The name of the fine-tuning job that this checkpoint was created from.
		 * @param fineTuningJobId the value (required)
		 * @return this builder
		 */
		public Builder fineTuningJobId(@Nullable String fineTuningJobId) {
			this.fineTuningJobId = fineTuningJobId;
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

	/**
	 * Reads a {@link FineTuningJobCheckpoint} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuningJobCheckpoint> {

		Reader() {
			super(FineTuningJobCheckpoint.class, "id", "created_at", "fine_tuned_model_checkpoint", "step_number",
					"metrics", "fine_tuning_job_id", "object");
		}

		@Override
		protected FineTuningJobCheckpoint create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FineTuningJobCheckpoint((String) values[0], (Long) values[1], (String) values[2],
					(Long) values[3], (Metrics) values[4], (String) values[5], (String) values[6],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuningJobCheckpoint} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuningJobCheckpoint> {

		Writer() {
			super(FineTuningJobCheckpoint.class, "id", "created_at", "fine_tuned_model_checkpoint", "step_number",
					"metrics", "fine_tuning_job_id", "object");
		}

		@Override
		protected @Nullable Object value(FineTuningJobCheckpoint record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.createdAt();
				case 2 -> record.fineTunedModelCheckpoint();
				case 3 -> record.stepNumber();
				case 4 -> record.metrics();
				case 5 -> record.fineTuningJobId();
				case 6 -> record.object();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuningJobCheckpoint record) {
			return record.additionalProperties();
		}

	}
}
