// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
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
 * Configuration for the reinforcement fine-tuning method.
 *
 * @param grader The grader used for the fine-tuning job.
 * @param hyperparameters The hyperparameters used for the reinforcement fine-tuning job.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuneReinforcementMethod.Reader.class)
public record FineTuneReinforcementMethod(@JsonProperty("grader") FineTuneReinforcementMethod.Grader grader,
		@JsonProperty("hyperparameters") @Nullable FineTuneReinforcementHyperparameters hyperparameters,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuneReinforcementMethod}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param grader The grader used for the fine-tuning job.
	 * @param hyperparameters The hyperparameters used for the reinforcement fine-tuning
	 * job.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuneReinforcementMethod {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuneReinforcementMethod}.
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
	 * The grader used for the fine-tuning job.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Grader.Deserializer.class)
	public sealed interface Grader permits GraderStringCheck, GraderTextSimilarity, GraderPython, GraderScoreModel,
			GraderMulti, Grader.Unknown {

		/**
		 * A {@link Grader} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Grader, UnknownVariant {
		}

		/**
		 * Reads a {@link Grader} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Grader> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Grader>variants(Unknown::new)
					.discriminator("type")
					.object(GraderStringCheck.class,
							VariantShape.declaring("type", "name", "input", "reference", "operation")
								.requiring("type", "name", "input", "reference", "operation")
								.values("type", "string_check")
								.values("operation", "eq", "ne", "like", "ilike"))
					.object(GraderTextSimilarity.class,
							VariantShape.declaring("type", "name", "input", "reference", "evaluation_metric")
								.requiring("type", "name", "input", "reference", "evaluation_metric")
								.values("type", "text_similarity")
								.values("evaluation_metric", "cosine", "fuzzy_match", "bleu", "gleu", "meteor",
										"rouge_1", "rouge_2", "rouge_3", "rouge_4", "rouge_5", "rouge_l"))
					.object(GraderPython.class,
							VariantShape.declaring("type", "name", "source", "image_tag")
								.requiring("type", "name", "source")
								.values("type", "python"))
					.object(GraderScoreModel.class,
							VariantShape.declaring("type", "name", "model", "sampling_params", "input", "range")
								.requiring("type", "name", "input", "model")
								.values("type", "score_model"))
					.object(GraderMulti.class,
							VariantShape.declaring("type", "name", "graders", "calculate_output")
								.requiring("name", "type", "graders", "calculate_output")
								.values("type", "multi")));
			}

		}

	}

	/**
	 * Builds a {@link FineTuneReinforcementMethod}.
	 */
	public static final class Builder {

		private @Nullable Grader grader;

		private @Nullable FineTuneReinforcementHyperparameters hyperparameters;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FineTuneReinforcementMethod source) {
			this.grader = source.grader();
			this.hyperparameters = source.hyperparameters();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The grader used for the fine-tuning job.
		 * @param grader the value (required)
		 * @return this builder
		 */
		public Builder grader(@Nullable Grader grader) {
			this.grader = grader;
			return this;
		}

		/**
		 * The hyperparameters used for the reinforcement fine-tuning job.
		 * @param hyperparameters the value
		 * @return this builder
		 */
		public Builder hyperparameters(@Nullable FineTuneReinforcementHyperparameters hyperparameters) {
			this.hyperparameters = hyperparameters;
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
		public FineTuneReinforcementMethod build() {
			return new FineTuneReinforcementMethod(Objects.requireNonNull(this.grader, "'grader' is required"),
					this.hyperparameters, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuneReinforcementMethod} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuneReinforcementMethod> {

		Reader() {
			super(FineTuneReinforcementMethod.class, "grader", "hyperparameters");
		}

		@Override
		protected FineTuneReinforcementMethod create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FineTuneReinforcementMethod((Grader) values[0], (FineTuneReinforcementHyperparameters) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuneReinforcementMethod} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuneReinforcementMethod> {

		Writer() {
			super(FineTuneReinforcementMethod.class, "grader", "hyperparameters");
		}

		@Override
		protected @Nullable Object value(FineTuneReinforcementMethod record, int index) {
			return switch (index) {
				case 0 -> record.grader();
				case 1 -> record.hyperparameters();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuneReinforcementMethod record) {
			return record.additionalProperties();
		}

	}
}
