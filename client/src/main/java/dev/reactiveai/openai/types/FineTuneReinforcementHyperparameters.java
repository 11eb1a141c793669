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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The hyperparameters used for the reinforcement fine-tuning job.
 *
 * @param batchSize Number of examples in each batch. A larger batch size means that model
 * parameters are updated less frequently, but with lower variance.
 * @param learningRateMultiplier Scaling factor for the learning rate. A smaller learning
 * rate may be useful to avoid overfitting.
 * @param nEpochs The number of epochs to train the model for. An epoch refers to one full
 * cycle through the training dataset.
 * @param reasoningEffort Level of reasoning effort.
 * @param computeMultiplier Multiplier on amount of compute used for exploring search
 * space during training.
 * @param evalInterval The number of training steps between evaluation runs.
 * @param evalSamples Number of evaluation samples to generate per training step.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuneReinforcementHyperparameters.Reader.class)
public record FineTuneReinforcementHyperparameters(
		@JsonProperty("batch_size") FineTuneReinforcementHyperparameters.@Nullable BatchSize batchSize,
		@JsonProperty("learning_rate_multiplier") FineTuneReinforcementHyperparameters.@Nullable LearningRateMultiplier learningRateMultiplier,
		@JsonProperty("n_epochs") FineTuneReinforcementHyperparameters.@Nullable NEpochs nEpochs,
		@JsonProperty("reasoning_effort") FineTuneReinforcementHyperparameters.@Nullable ReasoningEffort reasoningEffort,
		@JsonProperty("compute_multiplier") FineTuneReinforcementHyperparameters.@Nullable ComputeMultiplier computeMultiplier,
		@JsonProperty("eval_interval") FineTuneReinforcementHyperparameters.@Nullable EvalInterval evalInterval,
		@JsonProperty("eval_samples") FineTuneReinforcementHyperparameters.@Nullable EvalSamples evalSamples,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuneReinforcementHyperparameters};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param batchSize Number of examples in each batch.
	 * @param learningRateMultiplier Scaling factor for the learning rate.
	 * @param nEpochs The number of epochs to train the model for.
	 * @param reasoningEffort Level of reasoning effort.
	 * @param computeMultiplier Multiplier on amount of compute used for exploring search
	 * space during training.
	 * @param evalInterval The number of training steps between evaluation runs.
	 * @param evalSamples Number of evaluation samples to generate per training step.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuneReinforcementHyperparameters {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuneReinforcementHyperparameters}.
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
	 * Number of examples in each batch. A larger batch size means that model parameters
	 * are updated less frequently, but with lower variance.
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
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
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
		 * A {@link BatchSize} that this version of the client does not recognize, kept as
		 * it came.
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
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
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
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
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
		 * A {@link NEpochs} that this version of the client does not recognize, kept as
		 * it came.
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
	 * Level of reasoning effort.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record ReasoningEffort(@JsonValue String value) {
		/**
		 * The value {@code default}.
		 */
		public static final ReasoningEffort DEFAULT = new ReasoningEffort("default");

		/**
		 * The value {@code low}.
		 */
		public static final ReasoningEffort LOW = new ReasoningEffort("low");

		/**
		 * The value {@code medium}.
		 */
		public static final ReasoningEffort MEDIUM = new ReasoningEffort("medium");

		/**
		 * The value {@code high}.
		 */
		public static final ReasoningEffort HIGH = new ReasoningEffort("high");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public ReasoningEffort {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static ReasoningEffort of(String value) {
			return switch (value) {
				case "default" -> DEFAULT;
				case "low" -> LOW;
				case "medium" -> MEDIUM;
				case "high" -> HIGH;
				default -> new ReasoningEffort(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "default", "low", "medium", "high" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Multiplier on amount of compute used for exploring search space during training.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ComputeMultiplier.Deserializer.class)
	public sealed interface ComputeMultiplier
			permits ComputeMultiplier.AutoValue, ComputeMultiplier.DoubleValue, ComputeMultiplier.Unknown {

		/**
		 * One of the forms of a {@link ComputeMultiplier}.
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
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
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
		 * A {@link ComputeMultiplier} that is a {@code Auto}.
		 *
		 * @param value the value
		 */
		record AutoValue(@JsonValue Auto value) implements ComputeMultiplier {
			/**
			 * Creates a {@link AutoValue}, rejecting a null value.
			 * @param value the value
			 */
			public AutoValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link ComputeMultiplier} that is a {@code Double}.
		 *
		 * @param value the value
		 */
		record DoubleValue(@JsonValue Double value) implements ComputeMultiplier {
			/**
			 * Creates a {@link DoubleValue}, rejecting a null value.
			 * @param value the value
			 */
			public DoubleValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link ComputeMultiplier} that this version of the client does not recognize,
		 * kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ComputeMultiplier, UnknownVariant {
		}

		/**
		 * Reads a {@link ComputeMultiplier} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ComputeMultiplier> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<ComputeMultiplier>variants(Unknown::new)
					.string(Auto.class, AutoValue::new)
					.number(Double.class, DoubleValue::new));
			}

		}

	}

	/**
	 * The number of training steps between evaluation runs.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = EvalInterval.Deserializer.class)
	public sealed interface EvalInterval permits EvalInterval.AutoValue, EvalInterval.LongValue, EvalInterval.Unknown {

		/**
		 * One of the forms of a {@link EvalInterval}.
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
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
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
		 * A {@link EvalInterval} that is a {@code Auto}.
		 *
		 * @param value the value
		 */
		record AutoValue(@JsonValue Auto value) implements EvalInterval {
			/**
			 * Creates a {@link AutoValue}, rejecting a null value.
			 * @param value the value
			 */
			public AutoValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link EvalInterval} that is a {@code Long}.
		 *
		 * @param value the value
		 */
		record LongValue(@JsonValue Long value) implements EvalInterval {
			/**
			 * Creates a {@link LongValue}, rejecting a null value.
			 * @param value the value
			 */
			public LongValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link EvalInterval} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements EvalInterval, UnknownVariant {
		}

		/**
		 * Reads a {@link EvalInterval} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<EvalInterval> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<EvalInterval>variants(Unknown::new)
					.string(Auto.class, AutoValue::new)
					.integer(Long.class, LongValue::new));
			}

		}

	}

	/**
	 * Number of evaluation samples to generate per training step.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = EvalSamples.Deserializer.class)
	public sealed interface EvalSamples permits EvalSamples.AutoValue, EvalSamples.LongValue, EvalSamples.Unknown {

		/**
		 * One of the forms of a {@link EvalSamples}.
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
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
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
		 * A {@link EvalSamples} that is a {@code Auto}.
		 *
		 * @param value the value
		 */
		record AutoValue(@JsonValue Auto value) implements EvalSamples {
			/**
			 * Creates a {@link AutoValue}, rejecting a null value.
			 * @param value the value
			 */
			public AutoValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link EvalSamples} that is a {@code Long}.
		 *
		 * @param value the value
		 */
		record LongValue(@JsonValue Long value) implements EvalSamples {
			/**
			 * Creates a {@link LongValue}, rejecting a null value.
			 * @param value the value
			 */
			public LongValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link EvalSamples} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements EvalSamples, UnknownVariant {
		}

		/**
		 * Reads a {@link EvalSamples} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<EvalSamples> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<EvalSamples>variants(Unknown::new)
					.string(Auto.class, AutoValue::new)
					.integer(Long.class, LongValue::new));
			}

		}

	}

	/**
	 * Builds a {@link FineTuneReinforcementHyperparameters}.
	 */
	public static final class Builder {

		private @Nullable BatchSize batchSize;

		private @Nullable LearningRateMultiplier learningRateMultiplier;

		private @Nullable NEpochs nEpochs;

		private @Nullable ReasoningEffort reasoningEffort;

		private @Nullable ComputeMultiplier computeMultiplier;

		private @Nullable EvalInterval evalInterval;

		private @Nullable EvalSamples evalSamples;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FineTuneReinforcementHyperparameters source) {
			this.batchSize = source.batchSize();
			this.learningRateMultiplier = source.learningRateMultiplier();
			this.nEpochs = source.nEpochs();
			this.reasoningEffort = source.reasoningEffort();
			this.computeMultiplier = source.computeMultiplier();
			this.evalInterval = source.evalInterval();
			this.evalSamples = source.evalSamples();
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
		 * Level of reasoning effort.
		 * @param reasoningEffort the value
		 * @return this builder
		 */
		public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
			this.reasoningEffort = reasoningEffort;
			return this;
		}

		/**
		 * Level of reasoning effort.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder reasoningEffort(String value) {
			return reasoningEffort(ReasoningEffort.of(value));
		}

		/**
		 * Multiplier on amount of compute used for exploring search space during
		 * training.
		 * @param computeMultiplier the value
		 * @return this builder
		 */
		public Builder computeMultiplier(@Nullable ComputeMultiplier computeMultiplier) {
			this.computeMultiplier = computeMultiplier;
			return this;
		}

		/**
		 * Multiplier on amount of compute used for exploring search space during
		 * training.
		 * <p>
		 * Takes the value of a {@link ComputeMultiplier.AutoValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder computeMultiplier(ComputeMultiplier.Auto value) {
			return computeMultiplier(new ComputeMultiplier.AutoValue(value));
		}

		/**
		 * Multiplier on amount of compute used for exploring search space during
		 * training.
		 * <p>
		 * Takes the value of a {@link ComputeMultiplier.DoubleValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder computeMultiplier(Double value) {
			return computeMultiplier(new ComputeMultiplier.DoubleValue(value));
		}

		/**
		 * The number of training steps between evaluation runs.
		 * @param evalInterval the value
		 * @return this builder
		 */
		public Builder evalInterval(@Nullable EvalInterval evalInterval) {
			this.evalInterval = evalInterval;
			return this;
		}

		/**
		 * The number of training steps between evaluation runs.
		 * <p>
		 * Takes the value of a {@link EvalInterval.AutoValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder evalInterval(EvalInterval.Auto value) {
			return evalInterval(new EvalInterval.AutoValue(value));
		}

		/**
		 * The number of training steps between evaluation runs.
		 * <p>
		 * Takes the value of a {@link EvalInterval.LongValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder evalInterval(Long value) {
			return evalInterval(new EvalInterval.LongValue(value));
		}

		/**
		 * Number of evaluation samples to generate per training step.
		 * @param evalSamples the value
		 * @return this builder
		 */
		public Builder evalSamples(@Nullable EvalSamples evalSamples) {
			this.evalSamples = evalSamples;
			return this;
		}

		/**
		 * Number of evaluation samples to generate per training step.
		 * <p>
		 * Takes the value of a {@link EvalSamples.AutoValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder evalSamples(EvalSamples.Auto value) {
			return evalSamples(new EvalSamples.AutoValue(value));
		}

		/**
		 * Number of evaluation samples to generate per training step.
		 * <p>
		 * Takes the value of a {@link EvalSamples.LongValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder evalSamples(Long value) {
			return evalSamples(new EvalSamples.LongValue(value));
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
		public FineTuneReinforcementHyperparameters build() {
			return new FineTuneReinforcementHyperparameters(this.batchSize, this.learningRateMultiplier, this.nEpochs,
					this.reasoningEffort, this.computeMultiplier, this.evalInterval, this.evalSamples,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuneReinforcementHyperparameters} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuneReinforcementHyperparameters> {

		Reader() {
			super(FineTuneReinforcementHyperparameters.class, "batch_size", "learning_rate_multiplier", "n_epochs",
					"reasoning_effort", "compute_multiplier", "eval_interval", "eval_samples");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 3 -> ReasoningEffort.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected FineTuneReinforcementHyperparameters create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FineTuneReinforcementHyperparameters((BatchSize) values[0], (LearningRateMultiplier) values[1],
					(NEpochs) values[2], (ReasoningEffort) values[3], (ComputeMultiplier) values[4],
					(EvalInterval) values[5], (EvalSamples) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuneReinforcementHyperparameters} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuneReinforcementHyperparameters> {

		Writer() {
			super(FineTuneReinforcementHyperparameters.class, "batch_size", "learning_rate_multiplier", "n_epochs",
					"reasoning_effort", "compute_multiplier", "eval_interval", "eval_samples");
		}

		@Override
		protected @Nullable Object value(FineTuneReinforcementHyperparameters record, int index) {
			return switch (index) {
				case 0 -> record.batchSize();
				case 1 -> record.learningRateMultiplier();
				case 2 -> record.nEpochs();
				case 3 -> record.reasoningEffort();
				case 4 -> record.computeMultiplier();
				case 5 -> record.evalInterval();
				case 6 -> record.evalSamples();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuneReinforcementHyperparameters record) {
			return record.additionalProperties();
		}

	}
}
