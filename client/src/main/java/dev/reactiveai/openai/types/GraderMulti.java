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
 * A MultiGrader object combines the output of multiple graders to produce a single score.
 *
 * @param type The object type, which is always {@code multi}.
 * @param name The name of the grader.
 * @param graders A {@link dev.reactiveai.openai.types.GraderMulti.Graders} (the API
 * description says no more).
 * @param calculateOutput A formula to calculate the output based on grader results.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = GraderMulti.Reader.class)
public record GraderMulti(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("graders") GraderMulti.Graders graders, @JsonProperty("calculate_output") String calculateOutput,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FineTuneReinforcementMethod.Grader,
			RunGraderRequest.Grader,
			ValidateGraderRequest.Grader,
			ValidateGraderResponse.Grader {

	/**
	 * Creates a {@link GraderMulti}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The object type, which is always {@code multi}.
	 * @param name The name of the grader.
	 * @param graders A {@link dev.reactiveai.openai.types.GraderMulti.Graders} (the API
	 * description says no more).
	 * @param calculateOutput A formula to calculate the output based on grader results.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public GraderMulti {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link GraderMulti}.
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
	 * A {@link GraderMulti}'s {@code graders}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Graders.Deserializer.class)
	public sealed interface Graders permits GraderStringCheck, GraderTextSimilarity, GraderPython, GraderScoreModel,
			GraderLabelModel, Graders.Unknown {

		/**
		 * A {@link Graders} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Graders, UnknownVariant {
		}

		/**
		 * Reads a {@link Graders} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Graders> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Graders>variants(Unknown::new)
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
					.object(GraderLabelModel.class,
							VariantShape.declaring("type", "name", "model", "input", "labels", "passing_labels")
								.requiring("type", "model", "input", "passing_labels", "labels", "name")
								.values("type", "label_model")));
			}

		}

	}

	/**
	 * Builds a {@link GraderMulti}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable Graders graders;

		private @Nullable String calculateOutput;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "multi";
		}

		private Builder(GraderMulti source) {
			this.type = source.type();
			this.name = source.name();
			this.graders = source.graders();
			this.calculateOutput = source.calculateOutput();
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
		 * A {@link dev.reactiveai.openai.types.GraderMulti.Graders} (the API description
		 * says no more).
		 * @param graders the value (required)
		 * @return this builder
		 */
		public Builder graders(@Nullable Graders graders) {
			this.graders = graders;
			return this;
		}

		/**
		 * A formula to calculate the output based on grader results.
		 * @param calculateOutput the value (required)
		 * @return this builder
		 */
		public Builder calculateOutput(@Nullable String calculateOutput) {
			this.calculateOutput = calculateOutput;
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
		public GraderMulti build() {
			return new GraderMulti(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.graders, "'graders' is required"),
					Objects.requireNonNull(this.calculateOutput, "'calculateOutput' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link GraderMulti} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<GraderMulti> {

		Reader() {
			super(GraderMulti.class, "type", "name", "graders", "calculate_output");
		}

		@Override
		protected GraderMulti create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new GraderMulti((String) values[0], (String) values[1], (Graders) values[2], (String) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link GraderMulti} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<GraderMulti> {

		Writer() {
			super(GraderMulti.class, "type", "name", "graders", "calculate_output");
		}

		@Override
		protected @Nullable Object value(GraderMulti record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				case 2 -> record.graders();
				case 3 -> record.calculateOutput();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(GraderMulti record) {
			return record.additionalProperties();
		}

	}
}
