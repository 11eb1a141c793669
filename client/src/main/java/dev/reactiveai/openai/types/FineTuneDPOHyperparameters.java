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
 * The hyperparameters used for the DPO fine-tuning job.
 *
 * @param beta The beta value for the DPO method. A higher beta value will increase the
 * weight of the penalty between the policy and reference model.
 * @param batchSize Number of examples in each batch. A larger batch size means that model
 * parameters are updated less frequently, but with lower variance.
 * @param learningRateMultiplier Scaling factor for the learning rate. A smaller learning
 * rate may be useful to avoid overfitting.
 * @param nEpochs The number of epochs to train the model for. An epoch refers to one full
 * cycle through the training dataset.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuneDPOHyperparameters.Reader.class)
public record FineTuneDPOHyperparameters(@JsonProperty("beta") FineTuneDPOHyperparameters.@Nullable Beta beta,
		@JsonProperty("batch_size") FineTuneDPOHyperparameters.@Nullable BatchSize batchSize,
		@JsonProperty("learning_rate_multiplier") FineTuneDPOHyperparameters.@Nullable LearningRateMultiplier learningRateMultiplier,
		@JsonProperty("n_epochs") FineTuneDPOHyperparameters.@Nullable NEpochs nEpochs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuneDPOHyperparameters}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param beta The beta value for the DPO method.
	 * @param batchSize Number of examples in each batch.
	 * @param learningRateMultiplier Scaling factor for the learning rate.
	 * @param nEpochs The number of epochs to train the model for.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuneDPOHyperparameters {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuneDPOHyperparameters}.
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
	 * The beta value for the DPO method. A higher beta value will increase the weight of
	 * the penalty between the policy and reference model.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Beta.Deserializer.class)
	public sealed interface Beta permits Beta.AutoValue, Beta.DoubleValue, Beta.Unknown {

		/**
		 * One of the forms of a {@link Beta}.
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
		 * A {@link Beta} that is a {@code Auto}.
		 *
		 * @param value the value
		 */
		record AutoValue(@JsonValue Auto value) implements Beta {
			/**
			 * Creates a {@link AutoValue}, rejecting a null value.
			 * @param value the value
			 */
			public AutoValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Beta} that is a {@code Double}.
		 *
		 * @param value the value
		 */
		record DoubleValue(@JsonValue Double value) implements Beta {
			/**
			 * Creates a {@link DoubleValue}, rejecting a null value.
			 * @param value the value
			 */
			public DoubleValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Beta} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Beta, UnknownVariant {
		}

		/**
		 * Reads a {@link Beta} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Beta> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Beta>variants(Unknown::new)
					.string(Auto.class, AutoValue::new)
					.number(Double.class, DoubleValue::new));
			}

		}

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
	 * Builds a {@link FineTuneDPOHyperparameters}.
	 */
	public static final class Builder {

		private @Nullable Beta beta;

		private @Nullable BatchSize batchSize;

		private @Nullable LearningRateMultiplier learningRateMultiplier;

		private @Nullable NEpochs nEpochs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FineTuneDPOHyperparameters source) {
			this.beta = source.beta();
			this.batchSize = source.batchSize();
			this.learningRateMultiplier = source.learningRateMultiplier();
			this.nEpochs = source.nEpochs();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The beta value for the DPO method.
		 * @param beta the value
		 * @return this builder
		 */
		public Builder beta(@Nullable Beta beta) {
			this.beta = beta;
			return this;
		}

		/**
		 * The beta value for the DPO method.
		 * <p>
		 * Takes the value of a {@link Beta.AutoValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder beta(Beta.Auto value) {
			return beta(new Beta.AutoValue(value));
		}

		/**
		 * The beta value for the DPO method.
		 * <p>
		 * Takes the value of a {@link Beta.DoubleValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder beta(Double value) {
			return beta(new Beta.DoubleValue(value));
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
		public FineTuneDPOHyperparameters build() {
			return new FineTuneDPOHyperparameters(this.beta, this.batchSize, this.learningRateMultiplier, this.nEpochs,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuneDPOHyperparameters} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuneDPOHyperparameters> {

		Reader() {
			super(FineTuneDPOHyperparameters.class, "beta", "batch_size", "learning_rate_multiplier", "n_epochs");
		}

		@Override
		protected FineTuneDPOHyperparameters create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FineTuneDPOHyperparameters((Beta) values[0], (BatchSize) values[1],
					(LearningRateMultiplier) values[2], (NEpochs) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuneDPOHyperparameters} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuneDPOHyperparameters> {

		Writer() {
			super(FineTuneDPOHyperparameters.class, "beta", "batch_size", "learning_rate_multiplier", "n_epochs");
		}

		@Override
		protected @Nullable Object value(FineTuneDPOHyperparameters record, int index) {
			return switch (index) {
				case 0 -> record.beta();
				case 1 -> record.batchSize();
				case 2 -> record.learningRateMultiplier();
				case 3 -> record.nEpochs();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuneDPOHyperparameters record) {
			return record.additionalProperties();
		}

	}
}
