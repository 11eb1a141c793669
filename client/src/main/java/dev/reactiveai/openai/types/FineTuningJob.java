// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code fine_tuning.job} object represents a fine-tuning job that has been created
 * through the API.
 *
 * @param id The object identifier, which can be referenced in the API endpoints.
 * @param createdAt The Unix timestamp (in seconds) for when the fine-tuning job was
 * created.
 * @param error For fine-tuning jobs that have {@code failed}, this will contain more
 * information on the cause of the failure.
 * @param fineTunedModel The name of the fine-tuned model that is being created. The value
 * will be null if the fine-tuning job is still running.
 * @param finishedAt The Unix timestamp (in seconds) for when the fine-tuning job was
 * finished. The value will be null if the fine-tuning job is still running.
 * @param hyperparameters The hyperparameters used for the fine-tuning job. This value
 * will only be returned when running {@code supervised} jobs.
 * @param model The base model that is being fine-tuned.
 * @param object The object type, which is always "fine_tuning.job".
 * @param organizationId The organization that owns the fine-tuning job.
 * @param resultFiles The compiled results file ID(s) for the fine-tuning job. You can
 * retrieve the results with the
 * <a href="https://platform.openai.com/docs/api-reference/files/retrieve-contents">Files
 * API</a>.
 * @param status The current status of the fine-tuning job, which can be either
 * {@code validating_files}, {@code queued}, {@code running}, {@code succeeded},
 * {@code failed}, or {@code cancelled}.
 * @param trainedTokens The total number of billable tokens processed by this fine-tuning
 * job. The value will be null if the fine-tuning job is still running.
 * @param trainingFile The file ID used for training. You can retrieve the training data
 * with the
 * <a href="https://platform.openai.com/docs/api-reference/files/retrieve-contents">Files
 * API</a>.
 * @param validationFile The file ID used for validation. You can retrieve the validation
 * results with the
 * <a href="https://platform.openai.com/docs/api-reference/files/retrieve-contents">Files
 * API</a>.
 * @param integrations A list of integrations to enable for this fine-tuning job.
 * @param seed The seed used for the fine-tuning job.
 * @param estimatedFinish The Unix timestamp (in seconds) for when the fine-tuning job is
 * estimated to finish. The value will be null if the fine-tuning job is not running.
 * @param method The method used for fine-tuning.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuningJob.Reader.class)
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

	/**
	 * Creates a {@link FineTuningJob}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param id The object identifier, which can be referenced in the API endpoints.
	 * @param createdAt The Unix timestamp (in seconds) for when the fine-tuning job was
	 * created.
	 * @param error For fine-tuning jobs that have {@code failed}, this will contain more
	 * information on the cause of the failure.
	 * @param fineTunedModel The name of the fine-tuned model that is being created.
	 * @param finishedAt The Unix timestamp (in seconds) for when the fine-tuning job was
	 * finished.
	 * @param hyperparameters The hyperparameters used for the fine-tuning job.
	 * @param model The base model that is being fine-tuned.
	 * @param object The object type, which is always "fine_tuning.job".
	 * @param organizationId The organization that owns the fine-tuning job.
	 * @param resultFiles The compiled results file ID(s) for the fine-tuning job.
	 * @param status The current status of the fine-tuning job, which can be either
	 * {@code validating_files}, {@code queued}, {@code running}, {@code succeeded},
	 * {@code failed}, or {@code cancelled}.
	 * @param trainedTokens The total number of billable tokens processed by this
	 * fine-tuning job.
	 * @param trainingFile The file ID used for training.
	 * @param validationFile The file ID used for validation.
	 * @param integrations A list of integrations to enable for this fine-tuning job.
	 * @param seed The seed used for the fine-tuning job.
	 * @param estimatedFinish The Unix timestamp (in seconds) for when the fine-tuning job
	 * is estimated to finish.
	 * @param method The method used for fine-tuning.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuningJob {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuningJob}.
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
	 * For fine-tuning jobs that have {@code failed}, this will contain more information
	 * on the cause of the failure.
	 *
	 * @param code A machine-readable error code.
	 * @param message A human-readable error message.
	 * @param param The parameter that was invalid, usually {@code training_file} or
	 * {@code validation_file}. This field will be null if the failure was not
	 * parameter-specific.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Error.Reader.class)
	public static record Error(@JsonProperty("code") String code, @JsonProperty("message") String message,
			@JsonProperty("param") @Nullable String param,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Error}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param code A machine-readable error code.
		 * @param message A human-readable error message.
		 * @param param The parameter that was invalid, usually {@code training_file} or
		 * {@code validation_file}.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Error {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Error}.
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
			 * A machine-readable error code.
			 * @param code the value (required)
			 * @return this builder
			 */
			public Builder code(@Nullable String code) {
				this.code = code;
				return this;
			}

			/**
			 * A human-readable error message.
			 * @param message the value (required)
			 * @return this builder
			 */
			public Builder message(@Nullable String message) {
				this.message = message;
				return this;
			}

			/**
			 * The parameter that was invalid, usually {@code training_file} or
			 * {@code validation_file}.
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

		/**
		 * Reads a {@link Error} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Error> {

			Reader() {
				super(Error.class, "code", "message", "param");
			}

			@Override
			protected Error create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Error((String) values[0], (String) values[1], (String) values[2], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Error} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Error> {

			Writer() {
				super(Error.class, "code", "message", "param");
			}

			@Override
			protected @Nullable Object value(Error record, int index) {
				return switch (index) {
					case 0 -> record.code();
					case 1 -> record.message();
					case 2 -> record.param();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Error record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The hyperparameters used for the fine-tuning job. This value will only be returned
	 * when running {@code supervised} jobs.
	 *
	 * @param batchSize Number of examples in each batch. A larger batch size means that
	 * model parameters are updated less frequently, but with lower variance.
	 * @param learningRateMultiplier Scaling factor for the learning rate. A smaller
	 * learning rate may be useful to avoid overfitting.
	 * @param nEpochs The number of epochs to train the model for. An epoch refers to one
	 * full cycle through the training dataset.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Hyperparameters.Reader.class)
	public static record Hyperparameters(@JsonProperty("batch_size") Hyperparameters.@Nullable BatchSize batchSize,
			@JsonProperty("learning_rate_multiplier") Hyperparameters.@Nullable LearningRateMultiplier learningRateMultiplier,
			@JsonProperty("n_epochs") Hyperparameters.@Nullable NEpochs nEpochs,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Hyperparameters}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param batchSize Number of examples in each batch.
		 * @param learningRateMultiplier Scaling factor for the learning rate.
		 * @param nEpochs The number of epochs to train the model for.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Hyperparameters {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Hyperparameters}.
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
		 * Number of examples in each batch. A larger batch size means that model
		 * parameters are updated less frequently, but with lower variance.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = BatchSize.Deserializer.class)
		public sealed interface BatchSize permits BatchSize.AutoValue, BatchSize.LongValue, BatchSize.Unknown {

			/**
			 * One of the forms of a {@link BatchSize}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			record Auto(@JsonValue String value) {
				/**
				 * The value {@code auto}.
				 */
				public static final Auto AUTO = new Auto("auto");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public Auto {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static Auto of(String value) {
					return switch (value) {
						case "auto" -> AUTO;
						default -> new Auto(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
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
			 * A {@link BatchSize} that is a {@code Auto}.
			 *
			 * @param value the value
			 */
			record AutoValue(@JsonValue Auto value) implements BatchSize {
				/**
				 * Creates a {@link AutoValue}, rejecting a null value.
				 * @param value the value
				 */
				public AutoValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link BatchSize} that is a {@code Long}.
			 *
			 * @param value the value
			 */
			record LongValue(@JsonValue Long value) implements BatchSize {
				/**
				 * Creates a {@link LongValue}, rejecting a null value.
				 * @param value the value
				 */
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

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<BatchSize>variants(Unknown::new)
						.string(Auto.class, AutoValue::new)
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
		public sealed interface LearningRateMultiplier permits LearningRateMultiplier.AutoValue,
				LearningRateMultiplier.DoubleValue, LearningRateMultiplier.Unknown {

			/**
			 * One of the forms of a {@link LearningRateMultiplier}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			record Auto(@JsonValue String value) {
				/**
				 * The value {@code auto}.
				 */
				public static final Auto AUTO = new Auto("auto");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public Auto {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static Auto of(String value) {
					return switch (value) {
						case "auto" -> AUTO;
						default -> new Auto(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
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
			 * A {@link LearningRateMultiplier} that is a {@code Auto}.
			 *
			 * @param value the value
			 */
			record AutoValue(@JsonValue Auto value) implements LearningRateMultiplier {
				/**
				 * Creates a {@link AutoValue}, rejecting a null value.
				 * @param value the value
				 */
				public AutoValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link LearningRateMultiplier} that is a {@code Double}.
			 *
			 * @param value the value
			 */
			record DoubleValue(@JsonValue Double value) implements LearningRateMultiplier {
				/**
				 * Creates a {@link DoubleValue}, rejecting a null value.
				 * @param value the value
				 */
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

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<LearningRateMultiplier>variants(Unknown::new)
						.string(Auto.class, AutoValue::new)
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
		public sealed interface NEpochs permits NEpochs.AutoValue, NEpochs.LongValue, NEpochs.Unknown {

			/**
			 * One of the forms of a {@link NEpochs}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			record Auto(@JsonValue String value) {
				/**
				 * The value {@code auto}.
				 */
				public static final Auto AUTO = new Auto("auto");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public Auto {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static Auto of(String value) {
					return switch (value) {
						case "auto" -> AUTO;
						default -> new Auto(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
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
			 * A {@link NEpochs} that is a {@code Auto}.
			 *
			 * @param value the value
			 */
			record AutoValue(@JsonValue Auto value) implements NEpochs {
				/**
				 * Creates a {@link AutoValue}, rejecting a null value.
				 * @param value the value
				 */
				public AutoValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link NEpochs} that is a {@code Long}.
			 *
			 * @param value the value
			 */
			record LongValue(@JsonValue Long value) implements NEpochs {
				/**
				 * Creates a {@link LongValue}, rejecting a null value.
				 * @param value the value
				 */
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

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<NEpochs>variants(Unknown::new)
						.string(Auto.class, AutoValue::new)
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
			 * Number of examples in each batch.
			 * @param batchSize the value
			 * @return this builder
			 */
			public Builder batchSize(@Nullable BatchSize batchSize) {
				this.batchSize = batchSize;
				return this;
			}

			/**
			 * Number of examples in each batch.
			 * <p>
			 * Takes the value of a {@link BatchSize.AutoValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder batchSize(BatchSize.Auto value) {
				return batchSize(new BatchSize.AutoValue(value));
			}

			/**
			 * Number of examples in each batch.
			 * <p>
			 * Takes the value of a {@link BatchSize.LongValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder batchSize(Long value) {
				return batchSize(new BatchSize.LongValue(value));
			}

			/**
			 * Scaling factor for the learning rate.
			 * @param learningRateMultiplier the value
			 * @return this builder
			 */
			public Builder learningRateMultiplier(@Nullable LearningRateMultiplier learningRateMultiplier) {
				this.learningRateMultiplier = learningRateMultiplier;
				return this;
			}

			/**
			 * Scaling factor for the learning rate.
			 * <p>
			 * Takes the value of a {@link LearningRateMultiplier.AutoValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder learningRateMultiplier(LearningRateMultiplier.Auto value) {
				return learningRateMultiplier(new LearningRateMultiplier.AutoValue(value));
			}

			/**
			 * Scaling factor for the learning rate.
			 * <p>
			 * Takes the value of a {@link LearningRateMultiplier.DoubleValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder learningRateMultiplier(Double value) {
				return learningRateMultiplier(new LearningRateMultiplier.DoubleValue(value));
			}

			/**
			 * The number of epochs to train the model for.
			 * @param nEpochs the value
			 * @return this builder
			 */
			public Builder nEpochs(@Nullable NEpochs nEpochs) {
				this.nEpochs = nEpochs;
				return this;
			}

			/**
			 * The number of epochs to train the model for.
			 * <p>
			 * Takes the value of a {@link NEpochs.AutoValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder nEpochs(NEpochs.Auto value) {
				return nEpochs(new NEpochs.AutoValue(value));
			}

			/**
			 * The number of epochs to train the model for.
			 * <p>
			 * Takes the value of a {@link NEpochs.LongValue}.
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

		/**
		 * Reads a {@link Hyperparameters} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Hyperparameters> {

			Reader() {
				super(Hyperparameters.class, "batch_size", "learning_rate_multiplier", "n_epochs");
			}

			@Override
			protected Hyperparameters create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new Hyperparameters((BatchSize) values[0], (LearningRateMultiplier) values[1],
						(NEpochs) values[2], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Hyperparameters} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Hyperparameters> {

			Writer() {
				super(Hyperparameters.class, "batch_size", "learning_rate_multiplier", "n_epochs");
			}

			@Override
			protected @Nullable Object value(Hyperparameters record, int index) {
				return switch (index) {
					case 0 -> record.batchSize();
					case 1 -> record.learningRateMultiplier();
					case 2 -> record.nEpochs();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Hyperparameters record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The current status of the fine-tuning job, which can be either
	 * {@code validating_files}, {@code queued}, {@code running}, {@code succeeded},
	 * {@code failed}, or {@code cancelled}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code validating_files}.
		 */
		public static final Status VALIDATING_FILES = new Status("validating_files");

		/**
		 * The value {@code queued}.
		 */
		public static final Status QUEUED = new Status("queued");

		/**
		 * The value {@code running}.
		 */
		public static final Status RUNNING = new Status("running");

		/**
		 * The value {@code succeeded}.
		 */
		public static final Status SUCCEEDED = new Status("succeeded");

		/**
		 * The value {@code failed}.
		 */
		public static final Status FAILED = new Status("failed");

		/**
		 * The value {@code cancelled}.
		 */
		public static final Status CANCELLED = new Status("cancelled");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
			this.resultFiles = (source.resultFiles() != null) ? new ArrayList<>(source.resultFiles()) : null;
			this.status = source.status();
			this.trainedTokens = source.trainedTokens();
			this.trainingFile = source.trainingFile();
			this.validationFile = source.validationFile();
			this.integrations = (source.integrations() != null) ? new ArrayList<>(source.integrations()) : null;
			this.seed = source.seed();
			this.estimatedFinish = source.estimatedFinish();
			this.method = source.method();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The object identifier, which can be referenced in the API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the fine-tuning job was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * For fine-tuning jobs that have {@code failed}, this will contain more
		 * information on the cause of the failure.
		 * @param error the value
		 * @return this builder
		 */
		public Builder error(@Nullable Error error) {
			this.error = error;
			return this;
		}

		/**
		 * The name of the fine-tuned model that is being created.
		 * @param fineTunedModel the value
		 * @return this builder
		 */
		public Builder fineTunedModel(@Nullable String fineTunedModel) {
			this.fineTunedModel = fineTunedModel;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the fine-tuning job was finished.
		 * @param finishedAt the value
		 * @return this builder
		 */
		public Builder finishedAt(@Nullable Long finishedAt) {
			this.finishedAt = finishedAt;
			return this;
		}

		/**
		 * The hyperparameters used for the fine-tuning job.
		 * @param hyperparameters the value (required)
		 * @return this builder
		 */
		public Builder hyperparameters(@Nullable Hyperparameters hyperparameters) {
			this.hyperparameters = hyperparameters;
			return this;
		}

		/**
		 * The base model that is being fine-tuned.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * The organization that owns the fine-tuning job.
		 * @param organizationId the value (required)
		 * @return this builder
		 */
		public Builder organizationId(@Nullable String organizationId) {
			this.organizationId = organizationId;
			return this;
		}

		/**
		 * The compiled results file ID(s) for the fine-tuning job.
		 * <p>
		 * Takes a copy of the list.
		 * @param resultFiles the value (required)
		 * @return this builder
		 */
		public Builder resultFiles(@Nullable List<String> resultFiles) {
			this.resultFiles = (resultFiles != null) ? new ArrayList<>(resultFiles) : null;
			return this;
		}

		/**
		 * The compiled results file ID(s) for the fine-tuning job.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param resultFile the item to add
		 * @return this builder
		 */
		public Builder addResultFile(String resultFile) {
			Objects.requireNonNull(resultFile, "'resultFile' must not be null");
			if (this.resultFiles == null) {
				this.resultFiles = new ArrayList<>();
			}
			this.resultFiles.add(resultFile);
			return this;
		}

		/**
		 * The current status of the fine-tuning job, which can be either
		 * {@code validating_files}, {@code queued}, {@code running}, {@code succeeded},
		 * {@code failed}, or {@code cancelled}.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The current status of the fine-tuning job, which can be either
		 * {@code validating_files}, {@code queued}, {@code running}, {@code succeeded},
		 * {@code failed}, or {@code cancelled}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * The total number of billable tokens processed by this fine-tuning job.
		 * @param trainedTokens the value
		 * @return this builder
		 */
		public Builder trainedTokens(@Nullable Long trainedTokens) {
			this.trainedTokens = trainedTokens;
			return this;
		}

		/**
		 * The file ID used for training.
		 * @param trainingFile the value (required)
		 * @return this builder
		 */
		public Builder trainingFile(@Nullable String trainingFile) {
			this.trainingFile = trainingFile;
			return this;
		}

		/**
		 * The file ID used for validation.
		 * @param validationFile the value
		 * @return this builder
		 */
		public Builder validationFile(@Nullable String validationFile) {
			this.validationFile = validationFile;
			return this;
		}

		/**
		 * A list of integrations to enable for this fine-tuning job.
		 * <p>
		 * Takes a copy of the list.
		 * @param integrations the value
		 * @return this builder
		 */
		public Builder integrations(@Nullable List<FineTuningIntegration> integrations) {
			this.integrations = (integrations != null) ? new ArrayList<>(integrations) : null;
			return this;
		}

		/**
		 * A list of integrations to enable for this fine-tuning job.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param integration the item to add
		 * @return this builder
		 */
		public Builder addIntegration(FineTuningIntegration integration) {
			Objects.requireNonNull(integration, "'integration' must not be null");
			if (this.integrations == null) {
				this.integrations = new ArrayList<>();
			}
			this.integrations.add(integration);
			return this;
		}

		/**
		 * The seed used for the fine-tuning job.
		 * @param seed the value (required)
		 * @return this builder
		 */
		public Builder seed(@Nullable Long seed) {
			this.seed = seed;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the fine-tuning job is estimated to
		 * finish.
		 * @param estimatedFinish the value
		 * @return this builder
		 */
		public Builder estimatedFinish(@Nullable Long estimatedFinish) {
			this.estimatedFinish = estimatedFinish;
			return this;
		}

		/**
		 * The method used for fine-tuning.
		 * @param method the value
		 * @return this builder
		 */
		public Builder method(@Nullable FineTuneMethod method) {
			this.method = method;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putMetadata(String key, String value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
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
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.resultFiles, "'resultFiles' is required"))),
					Objects.requireNonNull(this.status, "'status' is required"), this.trainedTokens,
					Objects.requireNonNull(this.trainingFile, "'trainingFile' is required"), this.validationFile,
					(this.integrations != null) ? Collections.unmodifiableList(new ArrayList<>(this.integrations))
							: null,
					Objects.requireNonNull(this.seed, "'seed' is required"), this.estimatedFinish, this.method,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuningJob} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuningJob> {

		Reader() {
			super(FineTuningJob.class, "id", "created_at", "error", "fine_tuned_model", "finished_at",
					"hyperparameters", "model", "object", "organization_id", "result_files", "status", "trained_tokens",
					"training_file", "validation_file", "integrations", "seed", "estimated_finish", "method",
					"metadata");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 10 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected FineTuningJob create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new FineTuningJob((String) values[0], (Long) values[1], (Error) values[2], (String) values[3],
					(Long) values[4], (Hyperparameters) values[5], (String) values[6], (String) values[7],
					(String) values[8], (List<String>) values[9], (Status) values[10], (Long) values[11],
					(String) values[12], (String) values[13], (List<FineTuningIntegration>) values[14],
					(Long) values[15], (Long) values[16], (FineTuneMethod) values[17], (Map<String, String>) values[18],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuningJob} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuningJob> {

		Writer() {
			super(FineTuningJob.class, "id", "created_at", "error", "fine_tuned_model", "finished_at",
					"hyperparameters", "model", "object", "organization_id", "result_files", "status", "trained_tokens",
					"training_file", "validation_file", "integrations", "seed", "estimated_finish", "method",
					"metadata");
		}

		@Override
		protected @Nullable Object value(FineTuningJob record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.createdAt();
				case 2 -> record.error();
				case 3 -> record.fineTunedModel();
				case 4 -> record.finishedAt();
				case 5 -> record.hyperparameters();
				case 6 -> record.model();
				case 7 -> record.object();
				case 8 -> record.organizationId();
				case 9 -> record.resultFiles();
				case 10 -> record.status();
				case 11 -> record.trainedTokens();
				case 12 -> record.trainingFile();
				case 13 -> record.validationFile();
				case 14 -> record.integrations();
				case 15 -> record.seed();
				case 16 -> record.estimatedFinish();
				case 17 -> record.method();
				case 18 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuningJob record) {
			return record.additionalProperties();
		}

	}
}
