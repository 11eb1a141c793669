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
 * An Eval object with a data source config and testing criteria. An Eval represents a
 * task to be done for your LLM integration. Like:
 * <ul>
 * <li>Improve the quality of my chatbot</li>
 * <li>See how well my chatbot handles customer support</li>
 * <li>Check if o4-mini is better at my usecase than gpt-4o</li>
 * </ul>
 *
 * @param object The object type.
 * @param id Unique identifier for the evaluation.
 * @param name The name of the evaluation.
 * @param dataSourceConfig Configuration of data sources used in runs of the evaluation.
 * @param testingCriteria A list of testing criteria.
 * @param createdAt The Unix timestamp (in seconds) for when the eval was created.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Eval.Reader.class)
@SuppressWarnings("deprecation")
public record Eval(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("name") String name, @JsonProperty("data_source_config") Eval.DataSourceConfig dataSourceConfig,
		@JsonProperty("testing_criteria") List<Eval.TestingCriterion> testingCriteria,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Eval}, filling in {@code object} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param object The object type.
	 * @param id Unique identifier for the evaluation.
	 * @param name The name of the evaluation.
	 * @param dataSourceConfig Configuration of data sources used in runs of the
	 * evaluation.
	 * @param testingCriteria A list of testing criteria.
	 * @param createdAt The Unix timestamp (in seconds) for when the eval was created.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Eval {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Eval}.
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
	 * Configuration of data sources used in runs of the evaluation.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = DataSourceConfig.Deserializer.class)
	public sealed interface DataSourceConfig permits EvalCustomDataSourceConfig, EvalLogsDataSourceConfig,
			EvalStoredCompletionsDataSourceConfig, DataSourceConfig.Unknown {

		/**
		 * A {@link DataSourceConfig} that this version of the client does not recognize,
		 * kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements DataSourceConfig, UnknownVariant {
		}

		/**
		 * Reads a {@link DataSourceConfig} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<DataSourceConfig> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<DataSourceConfig>variants(Unknown::new)
					.discriminator("type")
					.object(EvalCustomDataSourceConfig.class,
							VariantShape.declaring("type", "schema")
								.requiring("type", "schema")
								.values("type", "custom"))
					.object(EvalLogsDataSourceConfig.class,
							VariantShape.declaring("type", "metadata", "schema")
								.requiring("type", "schema")
								.values("type", "logs"))
					.object(EvalStoredCompletionsDataSourceConfig.class,
							VariantShape.declaring("type", "metadata", "schema")
								.requiring("type", "schema")
								.values("type", "stored_completions")));
			}

		}

	}

	/**
	 * An item of a {@link Eval}'s {@code testing_criteria}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = TestingCriterion.Deserializer.class)
	public sealed interface TestingCriterion permits GraderLabelModel, GraderStringCheck, EvalGraderTextSimilarity,
			EvalGraderPython, EvalGraderScoreModel, TestingCriterion.Unknown {

		/**
		 * A {@link TestingCriterion} that this version of the client does not recognize,
		 * kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements TestingCriterion, UnknownVariant {
		}

		/**
		 * Reads a {@link TestingCriterion} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<TestingCriterion> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<TestingCriterion>variants(Unknown::new)
					.discriminator("type")
					.object(GraderLabelModel.class,
							VariantShape.declaring("type", "name", "model", "input", "labels", "passing_labels")
								.requiring("type", "model", "input", "passing_labels", "labels", "name")
								.values("type", "label_model"))
					.object(GraderStringCheck.class,
							VariantShape.declaring("type", "name", "input", "reference", "operation")
								.requiring("type", "name", "input", "reference", "operation")
								.values("type", "string_check")
								.values("operation", "eq", "ne", "like", "ilike"))
					.object(EvalGraderTextSimilarity.class,
							VariantShape
								.declaring("type", "name", "input", "reference", "evaluation_metric", "pass_threshold")
								.requiring("type", "name", "input", "reference", "evaluation_metric", "pass_threshold")
								.values("type", "text_similarity")
								.values("evaluation_metric", "cosine", "fuzzy_match", "bleu", "gleu", "meteor",
										"rouge_1", "rouge_2", "rouge_3", "rouge_4", "rouge_5", "rouge_l"))
					.object(EvalGraderPython.class,
							VariantShape.declaring("type", "name", "source", "image_tag", "pass_threshold")
								.requiring("type", "name", "source")
								.values("type", "python"))
					.object(EvalGraderScoreModel.class, VariantShape
						.declaring("type", "name", "model", "sampling_params", "input", "range", "pass_threshold")
						.requiring("type", "name", "input", "model")
						.values("type", "score_model")));
			}

		}

	}

	/**
	 * Builds a {@link Eval}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable DataSourceConfig dataSourceConfig;

		private @Nullable List<TestingCriterion> testingCriteria;

		private @Nullable Long createdAt;

		private @Nullable Map<String, String> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "eval";
		}

		private Builder(Eval source) {
			this.object = source.object();
			this.id = source.id();
			this.name = source.name();
			this.dataSourceConfig = source.dataSourceConfig();
			this.testingCriteria = (source.testingCriteria() != null) ? new ArrayList<>(source.testingCriteria())
					: null;
			this.createdAt = source.createdAt();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier for the evaluation.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The name of the evaluation.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Configuration of data sources used in runs of the evaluation.
		 * @param dataSourceConfig the value (required)
		 * @return this builder
		 */
		public Builder dataSourceConfig(@Nullable DataSourceConfig dataSourceConfig) {
			this.dataSourceConfig = dataSourceConfig;
			return this;
		}

		/**
		 * A list of testing criteria.
		 * <p>
		 * Takes a copy of the list.
		 * @param testingCriteria the value (required)
		 * @return this builder
		 */
		public Builder testingCriteria(@Nullable List<? extends TestingCriterion> testingCriteria) {
			this.testingCriteria = (testingCriteria != null) ? new ArrayList<>(testingCriteria) : null;
			return this;
		}

		/**
		 * A list of testing criteria.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param testingCriterion the item to add
		 * @return this builder
		 */
		public Builder addTestingCriterion(TestingCriterion testingCriterion) {
			Objects.requireNonNull(testingCriterion, "'testingCriterion' must not be null");
			if (this.testingCriteria == null) {
				this.testingCriteria = new ArrayList<>();
			}
			this.testingCriteria.add(testingCriterion);
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the eval was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
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
		public Eval build() {
			return new Eval(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.dataSourceConfig, "'dataSourceConfig' is required"),
					Collections.unmodifiableList(new ArrayList<>(
							Objects.requireNonNull(this.testingCriteria, "'testingCriteria' is required"))),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Eval} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Eval> {

		Reader() {
			super(Eval.class, "object", "id", "name", "data_source_config", "testing_criteria", "created_at",
					"metadata");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Eval create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Eval((String) values[0], (String) values[1], (String) values[2], (DataSourceConfig) values[3],
					(List<TestingCriterion>) values[4], (Long) values[5], (Map<String, String>) values[6],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link Eval} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Eval> {

		Writer() {
			super(Eval.class, "object", "id", "name", "data_source_config", "testing_criteria", "created_at",
					"metadata");
		}

		@Override
		protected @Nullable Object value(Eval record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.name();
				case 3 -> record.dataSourceConfig();
				case 4 -> record.testingCriteria();
				case 5 -> record.createdAt();
				case 6 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Eval record) {
			return record.additionalProperties();
		}

	}
}
