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
 * The request body of {@code POST /fine_tuning/jobs}: Creates a fine-tuning job which
 * begins the process of creating a new model from a given dataset.
 *
 * @param model The name of the model to fine-tune. You can select one of the <a href=
 * "https://platform.openai.com/docs/guides/fine-tuning#which-models-can-be-fine-tuned">supported
 * models</a>.
 * @param trainingFile The ID of an uploaded file that contains training data.
 * <p>
 * See <a href="https://platform.openai.com/docs/api-reference/files/create">upload
 * file</a> for how to upload a file.
 * <p>
 * Your dataset must be formatted as a JSONL file. Additionally, you must upload your file
 * with the purpose {@code fine-tune}.
 * <p>
 * The contents of the file should differ depending on if the model uses the <a href=
 * "https://platform.openai.com/docs/api-reference/fine-tuning/chat-input">chat</a>,
 * <a href=
 * "https://platform.openai.com/docs/api-reference/fine-tuning/completions-input">completions</a>
 * format, or if the fine-tuning method uses the <a href=
 * "https://platform.openai.com/docs/api-reference/fine-tuning/preference-input">preference</a>
 * format.
 * <p>
 * See the
 * <a href="https://platform.openai.com/docs/guides/model-optimization">fine-tuning
 * guide</a> for more details.
 * @param hyperparameters The hyperparameters used for the fine-tuning job. This value is
 * now deprecated in favor of {@code method}, and should be passed in under the
 * {@code method} parameter.
 * @param suffix A string of up to 64 characters that will be added to your fine-tuned
 * model name.
 * <p>
 * For example, a {@code suffix} of "custom-model-name" would produce a model name like
 * {@code ft:gpt-4o-mini:openai:custom-model-name:7p4lURel}.
 * @param validationFile The ID of an uploaded file that contains validation data.
 * <p>
 * If you provide this file, the data is used to generate validation metrics periodically
 * during fine-tuning. These metrics can be viewed in the fine-tuning results file. The
 * same data should not be present in both train and validation files.
 * <p>
 * Your dataset must be formatted as a JSONL file. You must upload your file with the
 * purpose {@code fine-tune}.
 * <p>
 * See the
 * <a href="https://platform.openai.com/docs/guides/model-optimization">fine-tuning
 * guide</a> for more details.
 * @param integrations A list of integrations to enable for your fine-tuning job.
 * @param seed The seed controls the reproducibility of the job. Passing in the same seed
 * and job parameters should produce the same results, but may differ in rare cases. If a
 * seed is not specified, one will be generated for you.
 * @param method The method used for fine-tuning.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateFineTuningJobRequest.Reader.class)
public record CreateFineTuningJobRequest(@JsonProperty("model") CreateFineTuningJobRequest.Model model,
		@JsonProperty("training_file") String trainingFile,
		@JsonProperty("hyperparameters") CreateFineTuningJobRequest.@Nullable Hyperparameters hyperparameters,
		@JsonProperty("suffix") @Nullable String suffix,
		@JsonProperty("validation_file") @Nullable String validationFile,
		@JsonProperty("integrations") @Nullable List<CreateFineTuningJobRequest.Integration> integrations,
		@JsonProperty("seed") @Nullable Long seed, @JsonProperty("method") @Nullable FineTuneMethod method,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateFineTuningJobRequest}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param model The name of the model to fine-tune.
	 * @param trainingFile The ID of an uploaded file that contains training data.
	 * @param hyperparameters The hyperparameters used for the fine-tuning job.
	 * @param suffix A string of up to 64 characters that will be added to your fine-tuned
	 * model name.
	 * @param validationFile The ID of an uploaded file that contains validation data.
	 * @param integrations A list of integrations to enable for your fine-tuning job.
	 * @param seed The seed controls the reproducibility of the job.
	 * @param method The method used for fine-tuning.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateFineTuningJobRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The hyperparameters used for the fine-tuning job. This value is now deprecated in
	 * favor of {@code method}, and should be passed in under the {@code method}
	 * parameter.
	 * @return its value, or null when absent
	 * @deprecated This value is now deprecated in favor of {@code method}, and should be
	 * passed in under the {@code method} parameter.
	 */
	@Deprecated
	@JsonProperty("hyperparameters")
	public @Nullable Hyperparameters hyperparameters() {
		return this.hyperparameters;
	}

	/**
	 * A builder of {@link CreateFineTuningJobRequest}.
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
	 * The name of the model to fine-tune. You can select one of the <a href=
	 * "https://platform.openai.com/docs/guides/fine-tuning#which-models-can-be-fine-tuned">supported
	 * models</a>.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		/**
		 * The value {@code babbage-002}.
		 */
		public static final Model BABBAGE_002 = new Model("babbage-002");

		/**
		 * The value {@code davinci-002}.
		 */
		public static final Model DAVINCI_002 = new Model("davinci-002");

		/**
		 * The value {@code gpt-3.5-turbo}.
		 */
		public static final Model GPT_3_5_TURBO = new Model("gpt-3.5-turbo");

		/**
		 * The value {@code gpt-4o-mini}.
		 */
		public static final Model GPT_4O_MINI = new Model("gpt-4o-mini");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Model of(String value) {
			return switch (value) {
				case "babbage-002" -> BABBAGE_002;
				case "davinci-002" -> DAVINCI_002;
				case "gpt-3.5-turbo" -> GPT_3_5_TURBO;
				case "gpt-4o-mini" -> GPT_4O_MINI;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The hyperparameters used for the fine-tuning job. This value is now deprecated in
	 * favor of {@code method}, and should be passed in under the {@code method}
	 * parameter.
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
	 * An item of a {@link CreateFineTuningJobRequest}'s {@code integrations}.
	 *
	 * @param type The type of integration to enable. Currently, only "wandb" (Weights and
	 * Biases) is supported.
	 * @param wandb The settings for your integration with Weights and Biases. This
	 * payload specifies the project that metrics will be sent to. Optionally, you can set
	 * an explicit display name for your run, add tags to your run, and set a default
	 * entity (team, username, etc) to be associated with your run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Integration.Reader.class)
	public static record Integration(@JsonProperty("type") String type, @JsonProperty("wandb") Integration.Wandb wandb,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Integration}, filling in {@code type} with its single possible
		 * value when absent; {@code additionalProperties} becomes an unmodifiable copy,
		 * empty for null.
		 * @param type The type of integration to enable.
		 * @param wandb The settings for your integration with Weights and Biases.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Integration {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Integration}.
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
		 * The settings for your integration with Weights and Biases. This payload
		 * specifies the project that metrics will be sent to. Optionally, you can set an
		 * explicit display name for your run, add tags to your run, and set a default
		 * entity (team, username, etc) to be associated with your run.
		 *
		 * @param project The name of the project that the new run will be created under.
		 * @param name A display name to set for the run. If not set, we will use the Job
		 * ID as the name.
		 * @param entity The entity to use for the run. This allows you to set the team or
		 * username of the WandB user that you would like associated with the run. If not
		 * set, the default entity for the registered WandB API key is used.
		 * @param tags A list of tags to be attached to the newly created run. These tags
		 * are passed through directly to WandB. Some default tags are generated by
		 * OpenAI: "openai/finetune", "openai/&#123;base-model&#125;",
		 * "openai/&#123;ftjob-abcdef&#125;".
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Wandb.Reader.class)
		public static record Wandb(@JsonProperty("project") String project, @JsonProperty("name") @Nullable String name,
				@JsonProperty("entity") @Nullable String entity, @JsonProperty("tags") @Nullable List<String> tags,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Wandb}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param project The name of the project that the new run will be created
			 * under.
			 * @param name A display name to set for the run.
			 * @param entity The entity to use for the run.
			 * @param tags A list of tags to be attached to the newly created run.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Wandb {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Wandb}.
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
			 * Builds a {@link Wandb}.
			 */
			public static final class Builder {

				private @Nullable String project;

				private @Nullable String name;

				private @Nullable String entity;

				private @Nullable List<String> tags;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Wandb source) {
					this.project = source.project();
					this.name = source.name();
					this.entity = source.entity();
					this.tags = (source.tags() != null) ? new ArrayList<>(source.tags()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The name of the project that the new run will be created under.
				 * @param project the value (required)
				 * @return this builder
				 */
				public Builder project(@Nullable String project) {
					this.project = project;
					return this;
				}

				/**
				 * A display name to set for the run.
				 * @param name the value
				 * @return this builder
				 */
				public Builder name(@Nullable String name) {
					this.name = name;
					return this;
				}

				/**
				 * The entity to use for the run.
				 * @param entity the value
				 * @return this builder
				 */
				public Builder entity(@Nullable String entity) {
					this.entity = entity;
					return this;
				}

				/**
				 * A list of tags to be attached to the newly created run.
				 * <p>
				 * Takes a copy of the list.
				 * @param tags the value
				 * @return this builder
				 */
				public Builder tags(@Nullable List<String> tags) {
					this.tags = (tags != null) ? new ArrayList<>(tags) : null;
					return this;
				}

				/**
				 * A list of tags to be attached to the newly created run.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param tag the item to add
				 * @return this builder
				 */
				public Builder addTag(String tag) {
					Objects.requireNonNull(tag, "'tag' must not be null");
					if (this.tags == null) {
						this.tags = new ArrayList<>();
					}
					this.tags.add(tag);
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
				public Wandb build() {
					return new Wandb(Objects.requireNonNull(this.project, "'project' is required"), this.name,
							this.entity,
							(this.tags != null) ? Collections.unmodifiableList(new ArrayList<>(this.tags)) : null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Wandb} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Wandb> {

				Reader() {
					super(Wandb.class, "project", "name", "entity", "tags");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected Wandb create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Wandb((String) values[0], (String) values[1], (String) values[2],
							(List<String>) values[3], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Wandb} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Wandb> {

				Writer() {
					super(Wandb.class, "project", "name", "entity", "tags");
				}

				@Override
				protected @Nullable Object value(Wandb record, int index) {
					return switch (index) {
						case 0 -> record.project();
						case 1 -> record.name();
						case 2 -> record.entity();
						case 3 -> record.tags();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Wandb record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link Integration}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable Wandb wandb;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.type = "wandb";
			}

			private Builder(Integration source) {
				this.type = source.type();
				this.wandb = source.wandb();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The settings for your integration with Weights and Biases.
			 * @param wandb the value (required)
			 * @return this builder
			 */
			public Builder wandb(@Nullable Wandb wandb) {
				this.wandb = wandb;
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
			public Integration build() {
				return new Integration(this.type, Objects.requireNonNull(this.wandb, "'wandb' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Integration} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Integration> {

			Reader() {
				super(Integration.class, "type", "wandb");
			}

			@Override
			protected Integration create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new Integration((String) values[0], (Wandb) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Integration} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Integration> {

			Writer() {
				super(Integration.class, "type", "wandb");
			}

			@Override
			protected @Nullable Object value(Integration record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.wandb();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Integration record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link CreateFineTuningJobRequest}.
	 */
	public static final class Builder {

		private @Nullable Model model;

		private @Nullable String trainingFile;

		private @Nullable Hyperparameters hyperparameters;

		private @Nullable String suffix;

		private @Nullable String validationFile;

		private @Nullable List<Integration> integrations;

		private @Nullable Long seed;

		private @Nullable FineTuneMethod method;

		private @Nullable Map<String, String> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateFineTuningJobRequest source) {
			this.model = source.model();
			this.trainingFile = source.trainingFile();
			this.hyperparameters = source.hyperparameters();
			this.suffix = source.suffix();
			this.validationFile = source.validationFile();
			this.integrations = (source.integrations() != null) ? new ArrayList<>(source.integrations()) : null;
			this.seed = source.seed();
			this.method = source.method();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the model to fine-tune.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * The name of the model to fine-tune.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * The ID of an uploaded file that contains training data.
		 * @param trainingFile the value (required)
		 * @return this builder
		 */
		public Builder trainingFile(@Nullable String trainingFile) {
			this.trainingFile = trainingFile;
			return this;
		}

		/**
		 * The hyperparameters used for the fine-tuning job.
		 * @param hyperparameters the value
		 * @return this builder
		 * @deprecated This value is now deprecated in favor of {@code method}, and should
		 * be passed in under the {@code method} parameter.
		 */
		@Deprecated
		public Builder hyperparameters(@Nullable Hyperparameters hyperparameters) {
			this.hyperparameters = hyperparameters;
			return this;
		}

		/**
		 * A string of up to 64 characters that will be added to your fine-tuned model
		 * name.
		 * @param suffix the value
		 * @return this builder
		 */
		public Builder suffix(@Nullable String suffix) {
			this.suffix = suffix;
			return this;
		}

		/**
		 * The ID of an uploaded file that contains validation data.
		 * @param validationFile the value
		 * @return this builder
		 */
		public Builder validationFile(@Nullable String validationFile) {
			this.validationFile = validationFile;
			return this;
		}

		/**
		 * A list of integrations to enable for your fine-tuning job.
		 * <p>
		 * Takes a copy of the list.
		 * @param integrations the value
		 * @return this builder
		 */
		public Builder integrations(@Nullable List<Integration> integrations) {
			this.integrations = (integrations != null) ? new ArrayList<>(integrations) : null;
			return this;
		}

		/**
		 * A list of integrations to enable for your fine-tuning job.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param integration the item to add
		 * @return this builder
		 */
		public Builder addIntegration(Integration integration) {
			Objects.requireNonNull(integration, "'integration' must not be null");
			if (this.integrations == null) {
				this.integrations = new ArrayList<>();
			}
			this.integrations.add(integration);
			return this;
		}

		/**
		 * The seed controls the reproducibility of the job.
		 * @param seed the value
		 * @return this builder
		 */
		public Builder seed(@Nullable Long seed) {
			this.seed = seed;
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
		public CreateFineTuningJobRequest build() {
			return new CreateFineTuningJobRequest(Objects.requireNonNull(this.model, "'model' is required"),
					Objects.requireNonNull(this.trainingFile, "'trainingFile' is required"), this.hyperparameters,
					this.suffix, this.validationFile,
					(this.integrations != null) ? Collections.unmodifiableList(new ArrayList<>(this.integrations))
							: null,
					this.seed, this.method,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateFineTuningJobRequest} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateFineTuningJobRequest> {

		Reader() {
			super(CreateFineTuningJobRequest.class, "model", "training_file", "hyperparameters", "suffix",
					"validation_file", "integrations", "seed", "method", "metadata");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Model.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateFineTuningJobRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateFineTuningJobRequest((Model) values[0], (String) values[1], (Hyperparameters) values[2],
					(String) values[3], (String) values[4], (List<Integration>) values[5], (Long) values[6],
					(FineTuneMethod) values[7], (Map<String, String>) values[8], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateFineTuningJobRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateFineTuningJobRequest> {

		Writer() {
			super(CreateFineTuningJobRequest.class, "model", "training_file", "hyperparameters", "suffix",
					"validation_file", "integrations", "seed", "method", "metadata");
		}

		@Override
		protected @Nullable Object value(CreateFineTuningJobRequest record, int index) {
			return switch (index) {
				case 0 -> record.model();
				case 1 -> record.trainingFile();
				case 2 -> record.hyperparameters();
				case 3 -> record.suffix();
				case 4 -> record.validationFile();
				case 5 -> record.integrations();
				case 6 -> record.seed();
				case 7 -> record.method();
				case 8 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateFineTuningJobRequest record) {
			return record.additionalProperties();
		}

	}
}
