// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The `fine_tuning.job` object represents a fine-tuning job that has been created through
 * the API.
 *
 * @param id The object identifier, which can be referenced in the API endpoints.
 * @param createdAt The Unix timestamp (in seconds) for when the fine-tuning job was
 * created.
 * @param error the {@code error} property
 * @param fineTunedModel the {@code fine_tuned_model} property
 * @param finishedAt the {@code finished_at} property
 * @param hyperparameters The hyperparameters used for the fine-tuning job.
 * @param model The base model that is being fine-tuned.
 * @param object The object type, which is always "fine_tuning.job".
 * @param organizationId The organization that owns the fine-tuning job.
 * @param resultFiles The compiled results file ID(s) for the fine-tuning job.
 * @param status The current status of the fine-tuning job, which can be either
 * `validating_files`, `queued`, `running`, `succeeded`, `failed`, or `cancelled`.
 * @param trainedTokens the {@code trained_tokens} property
 * @param trainingFile The file ID used for training.
 * @param validationFile the {@code validation_file} property
 * @param integrations the {@code integrations} property
 * @param seed The seed used for the fine-tuning job.
 * @param estimatedFinish the {@code estimated_finish} property
 * @param method The method used for fine-tuning.
 * @param metadata the {@code metadata} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record FineTuningJob(@JsonProperty("id") String id, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("error") FineTuningJob.@Nullable Error error,
		@JsonProperty("fine_tuned_model") @Nullable String fineTunedModel,
		@JsonProperty("finished_at") @Nullable Long finishedAt,
		@JsonProperty("hyperparameters") FineTuningJob.Hyperparameters hyperparameters,
		@JsonProperty("model") String model, @JsonProperty("object") String object,
		@JsonProperty("organization_id") String organizationId, @JsonProperty("result_files") List<String> resultFiles,
		@JsonProperty("status") FineTuningJob.Status status,
		@JsonProperty("trained_tokens") @Nullable Long trainedTokens,
		@JsonProperty("training_file") String trainingFile,
		@JsonProperty("validation_file") @Nullable String validationFile,
		@JsonProperty("integrations") @Nullable List<FineTuningIntegration> integrations,
		@JsonProperty("seed") Long seed, @JsonProperty("estimated_finish") @Nullable Long estimatedFinish,
		@JsonProperty("method") @Nullable FineTuneMethod method,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public FineTuningJob {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link FineTuningJob}.
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
	 * For fine-tuning jobs that have `failed`, this will contain more information on the
	 * cause of the failure.
	 *
	 * @param code A machine-readable error code.
	 * @param message A human-readable error message.
	 * @param param the {@code param} property
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record Error(@JsonProperty("code") String code, @JsonProperty("message") String message,
			@JsonProperty("param") @Nullable String param,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public Error {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link Error}.
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
		 * Builds a {@link Error}.
		 */
		public static final class Builder {

			private @Nullable String code;

			private @Nullable String message;

			private @Nullable String param;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Error source) {
				this.code = source.code();
				this.message = source.message();
				this.param = source.param();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code code}: A machine-readable error code.
			 * @param code the value (required)
			 * @return this builder
			 */
			public Builder code(@Nullable String code) {
				this.code = code;
				return this;
			}

			/**
			 * Set {@code message}: A human-readable error message.
			 * @param message the value (required)
			 * @return this builder
			 */
			public Builder message(@Nullable String message) {
				this.message = message;
				return this;
			}

			/**
			 * Set {@code param}.
			 * @param param the value
			 * @return this builder
			 */
			public Builder param(@Nullable String param) {
				this.param = param;
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
			public Error build() {
				return new Error(Objects.requireNonNull(this.code, "'code' is required"),
						Objects.requireNonNull(this.message, "'message' is required"), this.param,
						this.additionalProperties);
			}

		}
	}

	/**
	 * The hyperparameters used for the fine-tuning job. This value will only be returned
	 * when running `supervised` jobs.
	 *
	 * @param batchSize the {@code batch_size} property
	 * @param learningRateMultiplier Scaling factor for the learning rate.
	 * @param nEpochs The number of epochs to train the model for.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record Hyperparameters(@JsonProperty("batch_size") Hyperparameters.@Nullable BatchSize batchSize,
			@JsonProperty("learning_rate_multiplier") Hyperparameters.@Nullable LearningRateMultiplier learningRateMultiplier,
			@JsonProperty("n_epochs") Hyperparameters.@Nullable NEpochs nEpochs,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public Hyperparameters {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link Hyperparameters}.
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
		 * Number of examples in each batch. A larger batch size means that model
		 * parameters are updated less frequently, but with lower variance.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = BatchSize.Deserializer.class)
		public sealed interface BatchSize permits BatchSize.ItemValue, BatchSize.LongValue, BatchSize.Unknown {

			/**
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			record Item(@JsonValue String value) {
				public static final Item AUTO = new Item("auto");

				public Item {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 */
				@JsonCreator
				public static Item of(String value) {
					return switch (value) {
						case "auto" -> AUTO;
						default -> new Item(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "auto" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * A {@link BatchSize} that is a {@code Item}.
			 *
			 * @param value the value
			 */
			record ItemValue(@JsonValue Item value) implements BatchSize {
				public ItemValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link BatchSize} that is a {@code Long}.
			 *
			 * @param value the value
			 */
			record LongValue(@JsonValue Long value) implements BatchSize {
				public LongValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link BatchSize} that this version of the client does not recognize,
			 * kept as it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements BatchSize, UnknownVariant {
			}

			/**
			 * Reads a {@link BatchSize} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<BatchSize> {

				public Deserializer() {
					super(UnionDeserializer.<BatchSize>variants(Unknown::new)
						.string(Item.class, ItemValue::new)
						.integer(Long.class, LongValue::new));
				}

			}

		}

		/**
		 * Scaling factor for the learning rate. A smaller learning rate may be useful to
		 * avoid overfitting.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = LearningRateMultiplier.Deserializer.class)
		public sealed interface LearningRateMultiplier permits LearningRateMultiplier.ItemValue,
				LearningRateMultiplier.DoubleValue, LearningRateMultiplier.Unknown {

			/**
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			record Item(@JsonValue String value) {
				public static final Item AUTO = new Item("auto");

				public Item {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 */
				@JsonCreator
				public static Item of(String value) {
					return switch (value) {
						case "auto" -> AUTO;
						default -> new Item(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "auto" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * A {@link LearningRateMultiplier} that is a {@code Item}.
			 *
			 * @param value the value
			 */
			record ItemValue(@JsonValue Item value) implements LearningRateMultiplier {
				public ItemValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link LearningRateMultiplier} that is a {@code Double}.
			 *
			 * @param value the value
			 */
			record DoubleValue(@JsonValue Double value) implements LearningRateMultiplier {
				public DoubleValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link LearningRateMultiplier} that this version of the client does not
			 * recognize, kept as it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements LearningRateMultiplier, UnknownVariant {
			}

			/**
			 * Reads a {@link LearningRateMultiplier} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<LearningRateMultiplier> {

				public Deserializer() {
					super(UnionDeserializer.<LearningRateMultiplier>variants(Unknown::new)
						.string(Item.class, ItemValue::new)
						.number(Double.class, DoubleValue::new));
				}

			}

		}

		/**
		 * The number of epochs to train the model for. An epoch refers to one full cycle
		 * through the training dataset.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = NEpochs.Deserializer.class)
		public sealed interface NEpochs permits NEpochs.ItemValue, NEpochs.LongValue, NEpochs.Unknown {

			/**
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			record Item(@JsonValue String value) {
				public static final Item AUTO = new Item("auto");

				public Item {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 */
				@JsonCreator
				public static Item of(String value) {
					return switch (value) {
						case "auto" -> AUTO;
						default -> new Item(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "auto" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * A {@link NEpochs} that is a {@code Item}.
			 *
			 * @param value the value
			 */
			record ItemValue(@JsonValue Item value) implements NEpochs {
				public ItemValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link NEpochs} that is a {@code Long}.
			 *
			 * @param value the value
			 */
			record LongValue(@JsonValue Long value) implements NEpochs {
				public LongValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link NEpochs} that this version of the client does not recognize, kept
			 * as it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements NEpochs, UnknownVariant {
			}

			/**
			 * Reads a {@link NEpochs} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<NEpochs> {

				public Deserializer() {
					super(UnionDeserializer.<NEpochs>variants(Unknown::new)
						.string(Item.class, ItemValue::new)
						.integer(Long.class, LongValue::new));
				}

			}

		}

		/**
		 * Builds a {@link Hyperparameters}.
		 */
		public static final class Builder {

			private @Nullable BatchSize batchSize;

			private @Nullable LearningRateMultiplier learningRateMultiplier;

			private @Nullable NEpochs nEpochs;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Hyperparameters source) {
				this.batchSize = source.batchSize();
				this.learningRateMultiplier = source.learningRateMultiplier();
				this.nEpochs = source.nEpochs();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code batch_size}.
			 * @param batchSize the value
			 * @return this builder
			 */
			public Builder batchSize(@Nullable BatchSize batchSize) {
				this.batchSize = batchSize;
				return this;
			}

			/**
			 * Set {@code batch_size} to a {@link BatchSize.ItemValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder batchSize(BatchSize.Item value) {
				return batchSize(new BatchSize.ItemValue(value));
			}

			/**
			 * Set {@code batch_size} to a {@link BatchSize.LongValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder batchSize(Long value) {
				return batchSize(new BatchSize.LongValue(value));
			}

			/**
			 * Set {@code learning_rate_multiplier}: Scaling factor for the learning rate.
			 * A smaller learning rate may be useful to avoid overfitting.
			 * @param learningRateMultiplier the value
			 * @return this builder
			 */
			public Builder learningRateMultiplier(@Nullable LearningRateMultiplier learningRateMultiplier) {
				this.learningRateMultiplier = learningRateMultiplier;
				return this;
			}

			/**
			 * Set {@code learning_rate_multiplier} to a
			 * {@link LearningRateMultiplier.ItemValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder learningRateMultiplier(LearningRateMultiplier.Item value) {
				return learningRateMultiplier(new LearningRateMultiplier.ItemValue(value));
			}

			/**
			 * Set {@code learning_rate_multiplier} to a
			 * {@link LearningRateMultiplier.DoubleValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder learningRateMultiplier(Double value) {
				return learningRateMultiplier(new LearningRateMultiplier.DoubleValue(value));
			}

			/**
			 * Set {@code n_epochs}: The number of epochs to train the model for. An epoch
			 * refers to one full cycle through the training dataset.
			 * @param nEpochs the value
			 * @return this builder
			 */
			public Builder nEpochs(@Nullable NEpochs nEpochs) {
				this.nEpochs = nEpochs;
				return this;
			}

			/**
			 * Set {@code n_epochs} to a {@link NEpochs.ItemValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder nEpochs(NEpochs.Item value) {
				return nEpochs(new NEpochs.ItemValue(value));
			}

			/**
			 * Set {@code n_epochs} to a {@link NEpochs.LongValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder nEpochs(Long value) {
				return nEpochs(new NEpochs.LongValue(value));
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
			public Hyperparameters build() {
				return new Hyperparameters(this.batchSize, this.learningRateMultiplier, this.nEpochs,
						this.additionalProperties);
			}

		}
	}

	/**
	 * The current status of the fine-tuning job, which can be either `validating_files`,
	 * `queued`, `running`, `succeeded`, `failed`, or `cancelled`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		public static final Status VALIDATING_FILES = new Status("validating_files");

		public static final Status QUEUED = new Status("queued");

		public static final Status RUNNING = new Status("running");

		public static final Status SUCCEEDED = new Status("succeeded");

		public static final Status FAILED = new Status("failed");

		public static final Status CANCELLED = new Status("cancelled");

		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "validating_files" -> VALIDATING_FILES;
				case "queued" -> QUEUED;
				case "running" -> RUNNING;
				case "succeeded" -> SUCCEEDED;
				case "failed" -> FAILED;
				case "cancelled" -> CANCELLED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "validating_files", "queued", "running", "succeeded", "failed", "cancelled" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link FineTuningJob}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable Long createdAt;

		private @Nullable Error error;

		private @Nullable String fineTunedModel;

		private @Nullable Long finishedAt;

		private @Nullable Hyperparameters hyperparameters;

		private @Nullable String model;

		private @Nullable String object;

		private @Nullable String organizationId;

		private @Nullable List<String> resultFiles;

		private @Nullable Status status;

		private @Nullable Long trainedTokens;

		private @Nullable String trainingFile;

		private @Nullable String validationFile;

		private @Nullable List<FineTuningIntegration> integrations;

		private @Nullable Long seed;

		private @Nullable Long estimatedFinish;

		private @Nullable FineTuneMethod method;

		private @Nullable Map<String, String> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "fine_tuning.job";
		}

		private Builder(FineTuningJob source) {
			this.id = source.id();
			this.createdAt = source.createdAt();
			this.error = source.error();
			this.fineTunedModel = source.fineTunedModel();
			this.finishedAt = source.finishedAt();
			this.hyperparameters = source.hyperparameters();
			this.model = source.model();
			this.object = source.object();
			this.organizationId = source.organizationId();
			this.resultFiles = source.resultFiles();
			this.status = source.status();
			this.trainedTokens = source.trainedTokens();
			this.trainingFile = source.trainingFile();
			this.validationFile = source.validationFile();
			this.integrations = source.integrations();
			this.seed = source.seed();
			this.estimatedFinish = source.estimatedFinish();
			this.method = source.method();
			this.metadata = source.metadata();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code id}: The object identifier, which can be referenced in the API
		 * endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set {@code created_at}: The Unix timestamp (in seconds) for when the
		 * fine-tuning job was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Set {@code error}.
		 * @param error the value
		 * @return this builder
		 */
		public Builder error(@Nullable Error error) {
			this.error = error;
			return this;
		}

		/**
		 * Set {@code fine_tuned_model}.
		 * @param fineTunedModel the value
		 * @return this builder
		 */
		public Builder fineTunedModel(@Nullable String fineTunedModel) {
			this.fineTunedModel = fineTunedModel;
			return this;
		}

		/**
		 * Set {@code finished_at}.
		 * @param finishedAt the value
		 * @return this builder
		 */
		public Builder finishedAt(@Nullable Long finishedAt) {
			this.finishedAt = finishedAt;
			return this;
		}

		/**
		 * Set {@code hyperparameters}: The hyperparameters used for the fine-tuning job.
		 * This value will only be returned when running `supervised` jobs.
		 * @param hyperparameters the value (required)
		 * @return this builder
		 */
		public Builder hyperparameters(@Nullable Hyperparameters hyperparameters) {
			this.hyperparameters = hyperparameters;
			return this;
		}

		/**
		 * Set {@code model}: The base model that is being fine-tuned.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code object}: The object type, which is always "fine_tuning.job".
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Set {@code organization_id}: The organization that owns the fine-tuning job.
		 * @param organizationId the value (required)
		 * @return this builder
		 */
		public Builder organizationId(@Nullable String organizationId) {
			this.organizationId = organizationId;
			return this;
		}

		/**
		 * Set {@code result_files}: The compiled results file ID(s) for the fine-tuning
		 * job. You can retrieve the results with the [Files
		 * API](/docs/api-reference/files/retrieve-contents).
		 * @param resultFiles the value (required)
		 * @return this builder
		 */
		public Builder resultFiles(@Nullable List<String> resultFiles) {
			this.resultFiles = resultFiles;
			return this;
		}

		/**
		 * Set {@code status}: The current status of the fine-tuning job, which can be
		 * either `validating_files`, `queued`, `running`, `succeeded`, `failed`, or
		 * `cancelled`.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code status} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * Set {@code trained_tokens}.
		 * @param trainedTokens the value
		 * @return this builder
		 */
		public Builder trainedTokens(@Nullable Long trainedTokens) {
			this.trainedTokens = trainedTokens;
			return this;
		}

		/**
		 * Set {@code training_file}: The file ID used for training. You can retrieve the
		 * training data with the [Files
		 * API](/docs/api-reference/files/retrieve-contents).
		 * @param trainingFile the value (required)
		 * @return this builder
		 */
		public Builder trainingFile(@Nullable String trainingFile) {
			this.trainingFile = trainingFile;
			return this;
		}

		/**
		 * Set {@code validation_file}.
		 * @param validationFile the value
		 * @return this builder
		 */
		public Builder validationFile(@Nullable String validationFile) {
			this.validationFile = validationFile;
			return this;
		}

		/**
		 * Set {@code integrations}.
		 * @param integrations the value
		 * @return this builder
		 */
		public Builder integrations(@Nullable List<FineTuningIntegration> integrations) {
			this.integrations = integrations;
			return this;
		}

		/**
		 * Set {@code seed}: The seed used for the fine-tuning job.
		 * @param seed the value (required)
		 * @return this builder
		 */
		public Builder seed(@Nullable Long seed) {
			this.seed = seed;
			return this;
		}

		/**
		 * Set {@code estimated_finish}.
		 * @param estimatedFinish the value
		 * @return this builder
		 */
		public Builder estimatedFinish(@Nullable Long estimatedFinish) {
			this.estimatedFinish = estimatedFinish;
			return this;
		}

		/**
		 * Set {@code method}: The method used for fine-tuning.
		 * @param method the value
		 * @return this builder
		 */
		public Builder method(@Nullable FineTuneMethod method) {
			this.method = method;
			return this;
		}

		/**
		 * Set {@code metadata}.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = metadata;
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
		public FineTuningJob build() {
			return new FineTuningJob(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.error, this.fineTunedModel,
					this.finishedAt, Objects.requireNonNull(this.hyperparameters, "'hyperparameters' is required"),
					Objects.requireNonNull(this.model, "'model' is required"), this.object,
					Objects.requireNonNull(this.organizationId, "'organizationId' is required"),
					Objects.requireNonNull(this.resultFiles, "'resultFiles' is required"),
					Objects.requireNonNull(this.status, "'status' is required"), this.trainedTokens,
					Objects.requireNonNull(this.trainingFile, "'trainingFile' is required"), this.validationFile,
					this.integrations, Objects.requireNonNull(this.seed, "'seed' is required"), this.estimatedFinish,
					this.method, this.metadata, this.additionalProperties);
		}

	}
}
