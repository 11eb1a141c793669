// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * TextSimilarityGrader
 *
 * @param type The type of grader.
 * @param name The name of the grader.
 * @param input The text being graded.
 * @param reference The text being graded against.
 * @param evaluationMetric The evaluation metric to use. One of {@code cosine},
 * {@code fuzzy_match}, {@code bleu}, {@code gleu}, {@code meteor}, {@code rouge_1},
 * {@code rouge_2}, {@code rouge_3}, {@code rouge_4}, {@code rouge_5}, or {@code rouge_l}.
 * @param passThreshold The threshold for the score.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalGraderTextSimilarity.Reader.class)
public record EvalGraderTextSimilarity(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("input") String input, @JsonProperty("reference") String reference,
		@JsonProperty("evaluation_metric") EvalGraderTextSimilarity.EvaluationMetric evaluationMetric,
		@JsonProperty("pass_threshold") Double passThreshold,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalRequest.TestingCriterion,
			Eval.TestingCriterion {

	/**
	 * Creates a {@link EvalGraderTextSimilarity}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of grader.
	 * @param name The name of the grader.
	 * @param input The text being graded.
	 * @param reference The text being graded against.
	 * @param evaluationMetric The evaluation metric to use.
	 * @param passThreshold The threshold for the score.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalGraderTextSimilarity {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalGraderTextSimilarity}.
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
	 * The evaluation metric to use. One of {@code cosine}, {@code fuzzy_match},
	 * {@code bleu}, {@code gleu}, {@code meteor}, {@code rouge_1}, {@code rouge_2},
	 * {@code rouge_3}, {@code rouge_4}, {@code rouge_5}, or {@code rouge_l}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record EvaluationMetric(@JsonValue String value) {
		/**
		 * The value {@code cosine}.
		 */
		public static final EvaluationMetric COSINE = new EvaluationMetric("cosine");

		/**
		 * The value {@code fuzzy_match}.
		 */
		public static final EvaluationMetric FUZZY_MATCH = new EvaluationMetric("fuzzy_match");

		/**
		 * The value {@code bleu}.
		 */
		public static final EvaluationMetric BLEU = new EvaluationMetric("bleu");

		/**
		 * The value {@code gleu}.
		 */
		public static final EvaluationMetric GLEU = new EvaluationMetric("gleu");

		/**
		 * The value {@code meteor}.
		 */
		public static final EvaluationMetric METEOR = new EvaluationMetric("meteor");

		/**
		 * The value {@code rouge_1}.
		 */
		public static final EvaluationMetric ROUGE_1 = new EvaluationMetric("rouge_1");

		/**
		 * The value {@code rouge_2}.
		 */
		public static final EvaluationMetric ROUGE_2 = new EvaluationMetric("rouge_2");

		/**
		 * The value {@code rouge_3}.
		 */
		public static final EvaluationMetric ROUGE_3 = new EvaluationMetric("rouge_3");

		/**
		 * The value {@code rouge_4}.
		 */
		public static final EvaluationMetric ROUGE_4 = new EvaluationMetric("rouge_4");

		/**
		 * The value {@code rouge_5}.
		 */
		public static final EvaluationMetric ROUGE_5 = new EvaluationMetric("rouge_5");

		/**
		 * The value {@code rouge_l}.
		 */
		public static final EvaluationMetric ROUGE_L = new EvaluationMetric("rouge_l");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public EvaluationMetric {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static EvaluationMetric of(String value) {
			return switch (value) {
				case "cosine" -> COSINE;
				case "fuzzy_match" -> FUZZY_MATCH;
				case "bleu" -> BLEU;
				case "gleu" -> GLEU;
				case "meteor" -> METEOR;
				case "rouge_1" -> ROUGE_1;
				case "rouge_2" -> ROUGE_2;
				case "rouge_3" -> ROUGE_3;
				case "rouge_4" -> ROUGE_4;
				case "rouge_5" -> ROUGE_5;
				case "rouge_l" -> ROUGE_L;
				default -> new EvaluationMetric(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "cosine", "fuzzy_match", "bleu", "gleu", "meteor", "rouge_1", "rouge_2", "rouge_3", "rouge_4",
						"rouge_5", "rouge_l" ->
					true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link EvalGraderTextSimilarity}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable String input;

		private @Nullable String reference;

		private @Nullable EvaluationMetric evaluationMetric;

		private @Nullable Double passThreshold;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "text_similarity";
		}

		private Builder(EvalGraderTextSimilarity source) {
			this.type = source.type();
			this.name = source.name();
			this.input = source.input();
			this.reference = source.reference();
			this.evaluationMetric = source.evaluationMetric();
			this.passThreshold = source.passThreshold();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the grader.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The text being graded.
		 * @param input the value (required)
		 * @return this builder
		 */
		public Builder input(@Nullable String input) {
			this.input = input;
			return this;
		}

		/**
		 * The text being graded against.
		 * @param reference the value (required)
		 * @return this builder
		 */
		public Builder reference(@Nullable String reference) {
			this.reference = reference;
			return this;
		}

		/**
		 * The evaluation metric to use.
		 * @param evaluationMetric the value (required)
		 * @return this builder
		 */
		public Builder evaluationMetric(@Nullable EvaluationMetric evaluationMetric) {
			this.evaluationMetric = evaluationMetric;
			return this;
		}

		/**
		 * The evaluation metric to use.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder evaluationMetric(String value) {
			return evaluationMetric(EvaluationMetric.of(value));
		}

		/**
		 * The threshold for the score.
		 * @param passThreshold the value (required)
		 * @return this builder
		 */
		public Builder passThreshold(@Nullable Double passThreshold) {
			this.passThreshold = passThreshold;
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
		public EvalGraderTextSimilarity build() {
			return new EvalGraderTextSimilarity(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.input, "'input' is required"),
					Objects.requireNonNull(this.reference, "'reference' is required"),
					Objects.requireNonNull(this.evaluationMetric, "'evaluationMetric' is required"),
					Objects.requireNonNull(this.passThreshold, "'passThreshold' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalGraderTextSimilarity} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalGraderTextSimilarity> {

		Reader() {
			super(EvalGraderTextSimilarity.class, "type", "name", "input", "reference", "evaluation_metric",
					"pass_threshold");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 4 -> EvaluationMetric.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected EvalGraderTextSimilarity create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalGraderTextSimilarity((String) values[0], (String) values[1], (String) values[2],
					(String) values[3], (EvaluationMetric) values[4], (Double) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalGraderTextSimilarity} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalGraderTextSimilarity> {

		Writer() {
			super(EvalGraderTextSimilarity.class, "type", "name", "input", "reference", "evaluation_metric",
					"pass_threshold");
		}

		@Override
		protected @Nullable Object value(EvalGraderTextSimilarity record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				case 2 -> record.input();
				case 3 -> record.reference();
				case 4 -> record.evaluationMetric();
				case 5 -> record.passThreshold();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalGraderTextSimilarity record) {
			return record.additionalProperties();
		}

	}
}
