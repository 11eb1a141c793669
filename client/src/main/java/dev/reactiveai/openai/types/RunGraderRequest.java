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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * RunGraderRequest
 *
 * @param grader The grader used for the fine-tuning job.
 * @param item The dataset item provided to the grader. This will be used to populate the
 * {@code item} namespace. See
 * <a href="https://platform.openai.com/docs/guides/graders">the guide</a> for more
 * details.
 * @param modelSample The model sample to be evaluated. This value will be used to
 * populate the {@code sample} namespace. See
 * <a href="https://platform.openai.com/docs/guides/graders">the guide</a> for more
 * details. The {@code output_json} variable will be populated if the model sample is a
 * valid JSON string.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunGraderRequest.Reader.class)
public record RunGraderRequest(@JsonProperty("grader") RunGraderRequest.Grader grader,
		@JsonProperty("item") @Nullable Map<String, Object> item, @JsonProperty("model_sample") String modelSample,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RunGraderRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param grader The grader used for the fine-tuning job.
	 * @param item The dataset item provided to the grader.
	 * @param modelSample The model sample to be evaluated.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunGraderRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunGraderRequest}.
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
	 * Builds a {@link RunGraderRequest}.
	 */
	public static final class Builder {

		private @Nullable Grader grader;

		private @Nullable Map<String, Object> item;

		private @Nullable String modelSample;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RunGraderRequest source) {
			this.grader = source.grader();
			this.item = (source.item() != null) ? new LinkedHashMap<>(source.item()) : null;
			this.modelSample = source.modelSample();
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
		 * The dataset item provided to the grader.
		 * <p>
		 * Takes a copy of the map.
		 * @param item the value
		 * @return this builder
		 */
		public Builder item(@Nullable Map<String, ?> item) {
			this.item = (item != null) ? new LinkedHashMap<>(item) : null;
			return this;
		}

		/**
		 * The dataset item provided to the grader.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putItem(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.item == null) {
				this.item = new LinkedHashMap<>();
			}
			this.item.put(key, value);
			return this;
		}

		/**
		 * The model sample to be evaluated.
		 * @param modelSample the value (required)
		 * @return this builder
		 */
		public Builder modelSample(@Nullable String modelSample) {
			this.modelSample = modelSample;
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
		public RunGraderRequest build() {
			return new RunGraderRequest(Objects.requireNonNull(this.grader, "'grader' is required"),
					(this.item != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.item)) : null,
					Objects.requireNonNull(this.modelSample, "'modelSample' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunGraderRequest} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunGraderRequest> {

		Reader() {
			super(RunGraderRequest.class, "grader", "item", "model_sample");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RunGraderRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunGraderRequest((Grader) values[0], (Map<String, Object>) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunGraderRequest} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunGraderRequest> {

		Writer() {
			super(RunGraderRequest.class, "grader", "item", "model_sample");
		}

		@Override
		protected @Nullable Object value(RunGraderRequest record, int index) {
			return switch (index) {
				case 0 -> record.grader();
				case 1 -> record.item();
				case 2 -> record.modelSample();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunGraderRequest record) {
			return record.additionalProperties();
		}

	}
}
