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
 * CreateEvalRequest
 *
 * @param name The name of the evaluation.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param dataSourceConfig The configuration for the data source used for the evaluation
 * runs. Dictates the schema of the data used in the evaluation.
 * @param testingCriteria A list of graders for all eval runs in this group. Graders can
 * reference variables in the data source using double curly braces notation, like
 * {@code {{item.variable_name}}}. To reference the model's output, use the {@code sample}
 * namespace (ie, {@code {{sample.output_text}}}).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateEvalRequest.Reader.class)
@SuppressWarnings("deprecation")
public record CreateEvalRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("data_source_config") CreateEvalRequest.DataSourceConfig dataSourceConfig,
		@JsonProperty("testing_criteria") List<CreateEvalRequest.TestingCriterion> testingCriteria,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateEvalRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name The name of the evaluation.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param dataSourceConfig The configuration for the data source used for the
	 * evaluation runs.
	 * @param testingCriteria A list of graders for all eval runs in this group.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateEvalRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateEvalRequest}.
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
	 * The configuration for the data source used for the evaluation runs. Dictates the
	 * schema of the data used in the evaluation.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = DataSourceConfig.Deserializer.class)
	public sealed interface DataSourceConfig permits CreateEvalCustomDataSourceConfig, CreateEvalLogsDataSourceConfig,
			CreateEvalStoredCompletionsDataSourceConfig, DataSourceConfig.Unknown {

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
					.object(CreateEvalCustomDataSourceConfig.class,
							VariantShape.declaring("type", "item_schema", "include_sample_schema")
								.requiring("item_schema", "type")
								.values("type", "custom"))
					.object(CreateEvalLogsDataSourceConfig.class,
							VariantShape.declaring("type", "metadata").requiring("type").values("type", "logs"))
					.object(CreateEvalStoredCompletionsDataSourceConfig.class,
							VariantShape.declaring("type", "metadata")
								.requiring("type")
								.values("type", "stored_completions")));
			}

		}

	}

	/**
	 * An item of a {@link CreateEvalRequest}'s {@code testing_criteria}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = TestingCriterion.Deserializer.class)
	public sealed interface TestingCriterion permits CreateEvalLabelModelGrader, GraderStringCheck,
			EvalGraderTextSimilarity, EvalGraderPython, EvalGraderScoreModel, TestingCriterion.Unknown {

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
					.object(CreateEvalLabelModelGrader.class,
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
	 * Builds a {@link CreateEvalRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable Map<String, String> metadata;

		private @Nullable DataSourceConfig dataSourceConfig;

		private @Nullable List<TestingCriterion> testingCriteria;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateEvalRequest source) {
			this.name = source.name();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.dataSourceConfig = source.dataSourceConfig();
			this.testingCriteria = (source.testingCriteria() != null) ? new ArrayList<>(source.testingCriteria())
					: null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the evaluation.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
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
		 * The configuration for the data source used for the evaluation runs.
		 * @param dataSourceConfig the value (required)
		 * @return this builder
		 */
		public Builder dataSourceConfig(@Nullable DataSourceConfig dataSourceConfig) {
			this.dataSourceConfig = dataSourceConfig;
			return this;
		}

		/**
		 * A list of graders for all eval runs in this group.
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
		 * A list of graders for all eval runs in this group.
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
		public CreateEvalRequest build() {
			return new CreateEvalRequest(this.name,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					Objects.requireNonNull(this.dataSourceConfig, "'dataSourceConfig' is required"),
					Collections.unmodifiableList(new ArrayList<>(
							Objects.requireNonNull(this.testingCriteria, "'testingCriteria' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateEvalRequest} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateEvalRequest> {

		Reader() {
			super(CreateEvalRequest.class, "name", "metadata", "data_source_config", "testing_criteria");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateEvalRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateEvalRequest((String) values[0], (Map<String, String>) values[1],
					(DataSourceConfig) values[2], (List<TestingCriterion>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateEvalRequest} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateEvalRequest> {

		Writer() {
			super(CreateEvalRequest.class, "name", "metadata", "data_source_config", "testing_criteria");
		}

		@Override
		protected @Nullable Object value(CreateEvalRequest record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.metadata();
				case 2 -> record.dataSourceConfig();
				case 3 -> record.testingCriteria();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateEvalRequest record) {
			return record.additionalProperties();
		}

	}
}
