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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents if a given text input is potentially harmful.
 *
 * @param id The unique identifier for the moderation request.
 * @param model The model used to generate the moderation results.
 * @param results A list of moderation objects.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Moderation.Reader.class)
public record Moderation(@JsonProperty("id") String id, @JsonProperty("model") String model,
		@JsonProperty("results") List<Moderation.Result> results,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Moderation}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id The unique identifier for the moderation request.
	 * @param model The model used to generate the moderation results.
	 * @param results A list of moderation objects.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Moderation {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Moderation}.
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
	 * An item of a {@link Moderation}'s {@code results}.
	 *
	 * @param flagged Whether any of the below categories are flagged.
	 * @param categories A list of the categories, and whether they are flagged or not.
	 * @param categoryScores A list of the categories along with their scores as predicted
	 * by model.
	 * @param categoryAppliedInputTypes A list of the categories along with the input
	 * type(s) that the score applies to.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Result.Reader.class)
	public static record Result(@JsonProperty("flagged") Boolean flagged,
			@JsonProperty("categories") Result.Categories categories,
			@JsonProperty("category_scores") Result.CategoryScores categoryScores,
			@JsonProperty("category_applied_input_types") Result.CategoryAppliedInputTypes categoryAppliedInputTypes,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Result}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param flagged Whether any of the below categories are flagged.
		 * @param categories A list of the categories, and whether they are flagged or
		 * not.
		 * @param categoryScores A list of the categories along with their scores as
		 * predicted by model.
		 * @param categoryAppliedInputTypes A list of the categories along with the input
		 * type(s) that the score applies to.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Result {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Result}.
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
		 * A list of the categories, and whether they are flagged or not.
		 *
		 * @param hate Content that expresses, incites, or promotes hate based on race,
		 * gender, ethnicity, religion, nationality, sexual orientation, disability
		 * status, or caste. Hateful content aimed at non-protected groups (e.g., chess
		 * players) is harassment.
		 * @param hateThreatening Hateful content that also includes violence or serious
		 * harm towards the targeted group based on race, gender, ethnicity, religion,
		 * nationality, sexual orientation, disability status, or caste.
		 * @param harassment Content that expresses, incites, or promotes harassing
		 * language towards any target.
		 * @param harassmentThreatening Harassment content that also includes violence or
		 * serious harm towards any target.
		 * @param illicit Content that includes instructions or advice that facilitate the
		 * planning or execution of wrongdoing, or that gives advice or instruction on how
		 * to commit illicit acts. For example, "how to shoplift" would fit this category.
		 * @param illicitViolent Content that includes instructions or advice that
		 * facilitate the planning or execution of wrongdoing that also includes violence,
		 * or that gives advice or instruction on the procurement of any weapon.
		 * @param selfHarm Content that promotes, encourages, or depicts acts of
		 * self-harm, such as suicide, cutting, and eating disorders.
		 * @param selfHarmIntent Content where the speaker expresses that they are
		 * engaging or intend to engage in acts of self-harm, such as suicide, cutting,
		 * and eating disorders.
		 * @param selfHarmInstructions Content that encourages performing acts of
		 * self-harm, such as suicide, cutting, and eating disorders, or that gives
		 * instructions or advice on how to commit such acts.
		 * @param sexual Content meant to arouse sexual excitement, such as the
		 * description of sexual activity, or that promotes sexual services (excluding sex
		 * education and wellness).
		 * @param sexualMinors Sexual content that includes an individual who is under 18
		 * years old.
		 * @param violence Content that depicts death, violence, or physical injury.
		 * @param violenceGraphic Content that depicts death, violence, or physical injury
		 * in graphic detail.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Categories.Reader.class)
		public static record Categories(@JsonProperty("hate") Boolean hate,
				@JsonProperty("hate/threatening") Boolean hateThreatening,
				@JsonProperty("harassment") Boolean harassment,
				@JsonProperty("harassment/threatening") Boolean harassmentThreatening,
				@JsonProperty("illicit") @Nullable Boolean illicit,
				@JsonProperty("illicit/violent") @Nullable Boolean illicitViolent,
				@JsonProperty("self-harm") Boolean selfHarm, @JsonProperty("self-harm/intent") Boolean selfHarmIntent,
				@JsonProperty("self-harm/instructions") Boolean selfHarmInstructions,
				@JsonProperty("sexual") Boolean sexual, @JsonProperty("sexual/minors") Boolean sexualMinors,
				@JsonProperty("violence") Boolean violence, @JsonProperty("violence/graphic") Boolean violenceGraphic,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Categories}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param hate Content that expresses, incites, or promotes hate based on
			 * race, gender, ethnicity, religion, nationality, sexual orientation,
			 * disability status, or caste.
			 * @param hateThreatening Hateful content that also includes violence or
			 * serious harm towards the targeted group based on race, gender, ethnicity,
			 * religion, nationality, sexual orientation, disability status, or caste.
			 * @param harassment Content that expresses, incites, or promotes harassing
			 * language towards any target.
			 * @param harassmentThreatening Harassment content that also includes violence
			 * or serious harm towards any target.
			 * @param illicit Content that includes instructions or advice that facilitate
			 * the planning or execution of wrongdoing, or that gives advice or
			 * instruction on how to commit illicit acts.
			 * @param illicitViolent Content that includes instructions or advice that
			 * facilitate the planning or execution of wrongdoing that also includes
			 * violence, or that gives advice or instruction on the procurement of any
			 * weapon.
			 * @param selfHarm Content that promotes, encourages, or depicts acts of
			 * self-harm, such as suicide, cutting, and eating disorders.
			 * @param selfHarmIntent Content where the speaker expresses that they are
			 * engaging or intend to engage in acts of self-harm, such as suicide,
			 * cutting, and eating disorders.
			 * @param selfHarmInstructions Content that encourages performing acts of
			 * self-harm, such as suicide, cutting, and eating disorders, or that gives
			 * instructions or advice on how to commit such acts.
			 * @param sexual Content meant to arouse sexual excitement, such as the
			 * description of sexual activity, or that promotes sexual services (excluding
			 * sex education and wellness).
			 * @param sexualMinors Sexual content that includes an individual who is under
			 * 18 years old.
			 * @param violence Content that depicts death, violence, or physical injury.
			 * @param violenceGraphic Content that depicts death, violence, or physical
			 * injury in graphic detail.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Categories {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Categories}.
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
			 * Builds a {@link Categories}.
			 */
			public static final class Builder {

				private @Nullable Boolean hate;

				private @Nullable Boolean hateThreatening;

				private @Nullable Boolean harassment;

				private @Nullable Boolean harassmentThreatening;

				private @Nullable Boolean illicit;

				private @Nullable Boolean illicitViolent;

				private @Nullable Boolean selfHarm;

				private @Nullable Boolean selfHarmIntent;

				private @Nullable Boolean selfHarmInstructions;

				private @Nullable Boolean sexual;

				private @Nullable Boolean sexualMinors;

				private @Nullable Boolean violence;

				private @Nullable Boolean violenceGraphic;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Categories source) {
					this.hate = source.hate();
					this.hateThreatening = source.hateThreatening();
					this.harassment = source.harassment();
					this.harassmentThreatening = source.harassmentThreatening();
					this.illicit = source.illicit();
					this.illicitViolent = source.illicitViolent();
					this.selfHarm = source.selfHarm();
					this.selfHarmIntent = source.selfHarmIntent();
					this.selfHarmInstructions = source.selfHarmInstructions();
					this.sexual = source.sexual();
					this.sexualMinors = source.sexualMinors();
					this.violence = source.violence();
					this.violenceGraphic = source.violenceGraphic();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * Content that expresses, incites, or promotes hate based on race,
				 * gender, ethnicity, religion, nationality, sexual orientation,
				 * disability status, or caste.
				 * @param hate the value (required)
				 * @return this builder
				 */
				public Builder hate(@Nullable Boolean hate) {
					this.hate = hate;
					return this;
				}

				/**
				 * Hateful content that also includes violence or serious harm towards the
				 * targeted group based on race, gender, ethnicity, religion, nationality,
				 * sexual orientation, disability status, or caste.
				 * @param hateThreatening the value (required)
				 * @return this builder
				 */
				public Builder hateThreatening(@Nullable Boolean hateThreatening) {
					this.hateThreatening = hateThreatening;
					return this;
				}

				/**
				 * Content that expresses, incites, or promotes harassing language towards
				 * any target.
				 * @param harassment the value (required)
				 * @return this builder
				 */
				public Builder harassment(@Nullable Boolean harassment) {
					this.harassment = harassment;
					return this;
				}

				/**
				 * Harassment content that also includes violence or serious harm towards
				 * any target.
				 * @param harassmentThreatening the value (required)
				 * @return this builder
				 */
				public Builder harassmentThreatening(@Nullable Boolean harassmentThreatening) {
					this.harassmentThreatening = harassmentThreatening;
					return this;
				}

				/**
				 * Content that includes instructions or advice that facilitate the
				 * planning or execution of wrongdoing, or that gives advice or
				 * instruction on how to commit illicit acts.
				 * @param illicit the value
				 * @return this builder
				 */
				public Builder illicit(@Nullable Boolean illicit) {
					this.illicit = illicit;
					return this;
				}

				/**
				 * Content that includes instructions or advice that facilitate the
				 * planning or execution of wrongdoing that also includes violence, or
				 * that gives advice or instruction on the procurement of any weapon.
				 * @param illicitViolent the value
				 * @return this builder
				 */
				public Builder illicitViolent(@Nullable Boolean illicitViolent) {
					this.illicitViolent = illicitViolent;
					return this;
				}

				/**
				 * Content that promotes, encourages, or depicts acts of self-harm, such
				 * as suicide, cutting, and eating disorders.
				 * @param selfHarm the value (required)
				 * @return this builder
				 */
				public Builder selfHarm(@Nullable Boolean selfHarm) {
					this.selfHarm = selfHarm;
					return this;
				}

				/**
				 * Content where the speaker expresses that they are engaging or intend to
				 * engage in acts of self-harm, such as suicide, cutting, and eating
				 * disorders.
				 * @param selfHarmIntent the value (required)
				 * @return this builder
				 */
				public Builder selfHarmIntent(@Nullable Boolean selfHarmIntent) {
					this.selfHarmIntent = selfHarmIntent;
					return this;
				}

				/**
				 * Content that encourages performing acts of self-harm, such as suicide,
				 * cutting, and eating disorders, or that gives instructions or advice on
				 * how to commit such acts.
				 * @param selfHarmInstructions the value (required)
				 * @return this builder
				 */
				public Builder selfHarmInstructions(@Nullable Boolean selfHarmInstructions) {
					this.selfHarmInstructions = selfHarmInstructions;
					return this;
				}

				/**
				 * Content meant to arouse sexual excitement, such as the description of
				 * sexual activity, or that promotes sexual services (excluding sex
				 * education and wellness).
				 * @param sexual the value (required)
				 * @return this builder
				 */
				public Builder sexual(@Nullable Boolean sexual) {
					this.sexual = sexual;
					return this;
				}

				/**
				 * Sexual content that includes an individual who is under 18 years old.
				 * @param sexualMinors the value (required)
				 * @return this builder
				 */
				public Builder sexualMinors(@Nullable Boolean sexualMinors) {
					this.sexualMinors = sexualMinors;
					return this;
				}

				/**
				 * Content that depicts death, violence, or physical injury.
				 * @param violence the value (required)
				 * @return this builder
				 */
				public Builder violence(@Nullable Boolean violence) {
					this.violence = violence;
					return this;
				}

				/**
				 * Content that depicts death, violence, or physical injury in graphic
				 * detail.
				 * @param violenceGraphic the value (required)
				 * @return this builder
				 */
				public Builder violenceGraphic(@Nullable Boolean violenceGraphic) {
					this.violenceGraphic = violenceGraphic;
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
				public Categories build() {
					return new Categories(Objects.requireNonNull(this.hate, "'hate' is required"),
							Objects.requireNonNull(this.hateThreatening, "'hateThreatening' is required"),
							Objects.requireNonNull(this.harassment, "'harassment' is required"),
							Objects.requireNonNull(this.harassmentThreatening, "'harassmentThreatening' is required"),
							this.illicit, this.illicitViolent,
							Objects.requireNonNull(this.selfHarm, "'selfHarm' is required"),
							Objects.requireNonNull(this.selfHarmIntent, "'selfHarmIntent' is required"),
							Objects.requireNonNull(this.selfHarmInstructions, "'selfHarmInstructions' is required"),
							Objects.requireNonNull(this.sexual, "'sexual' is required"),
							Objects.requireNonNull(this.sexualMinors, "'sexualMinors' is required"),
							Objects.requireNonNull(this.violence, "'violence' is required"),
							Objects.requireNonNull(this.violenceGraphic, "'violenceGraphic' is required"),
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Categories} from the parser's tokens; Jackson creates it
			 * from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Categories> {

				Reader() {
					super(Categories.class, "hate", "hate/threatening", "harassment", "harassment/threatening",
							"illicit", "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions",
							"sexual", "sexual/minors", "violence", "violence/graphic");
				}

				@Override
				protected Categories create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new Categories((Boolean) values[0], (Boolean) values[1], (Boolean) values[2],
							(Boolean) values[3], (Boolean) values[4], (Boolean) values[5], (Boolean) values[6],
							(Boolean) values[7], (Boolean) values[8], (Boolean) values[9], (Boolean) values[10],
							(Boolean) values[11], (Boolean) values[12], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Categories} without reflection; the client's mapper finds
			 * it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Categories> {

				Writer() {
					super(Categories.class, "hate", "hate/threatening", "harassment", "harassment/threatening",
							"illicit", "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions",
							"sexual", "sexual/minors", "violence", "violence/graphic");
				}

				@Override
				protected @Nullable Object value(Categories record, int index) {
					return switch (index) {
						case 0 -> record.hate();
						case 1 -> record.hateThreatening();
						case 2 -> record.harassment();
						case 3 -> record.harassmentThreatening();
						case 4 -> record.illicit();
						case 5 -> record.illicitViolent();
						case 6 -> record.selfHarm();
						case 7 -> record.selfHarmIntent();
						case 8 -> record.selfHarmInstructions();
						case 9 -> record.sexual();
						case 10 -> record.sexualMinors();
						case 11 -> record.violence();
						case 12 -> record.violenceGraphic();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Categories record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * A list of the categories along with their scores as predicted by model.
		 *
		 * @param hate The score for the category 'hate'.
		 * @param hateThreatening The score for the category 'hate/threatening'.
		 * @param harassment The score for the category 'harassment'.
		 * @param harassmentThreatening The score for the category
		 * 'harassment/threatening'.
		 * @param illicit The score for the category 'illicit'.
		 * @param illicitViolent The score for the category 'illicit/violent'.
		 * @param selfHarm The score for the category 'self-harm'.
		 * @param selfHarmIntent The score for the category 'self-harm/intent'.
		 * @param selfHarmInstructions The score for the category
		 * 'self-harm/instructions'.
		 * @param sexual The score for the category 'sexual'.
		 * @param sexualMinors The score for the category 'sexual/minors'.
		 * @param violence The score for the category 'violence'.
		 * @param violenceGraphic The score for the category 'violence/graphic'.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = CategoryScores.Reader.class)
		public static record CategoryScores(@JsonProperty("hate") Double hate,
				@JsonProperty("hate/threatening") Double hateThreatening, @JsonProperty("harassment") Double harassment,
				@JsonProperty("harassment/threatening") Double harassmentThreatening,
				@JsonProperty("illicit") Double illicit, @JsonProperty("illicit/violent") Double illicitViolent,
				@JsonProperty("self-harm") Double selfHarm, @JsonProperty("self-harm/intent") Double selfHarmIntent,
				@JsonProperty("self-harm/instructions") Double selfHarmInstructions,
				@JsonProperty("sexual") Double sexual, @JsonProperty("sexual/minors") Double sexualMinors,
				@JsonProperty("violence") Double violence, @JsonProperty("violence/graphic") Double violenceGraphic,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link CategoryScores}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param hate The score for the category 'hate'.
			 * @param hateThreatening The score for the category 'hate/threatening'.
			 * @param harassment The score for the category 'harassment'.
			 * @param harassmentThreatening The score for the category
			 * 'harassment/threatening'.
			 * @param illicit The score for the category 'illicit'.
			 * @param illicitViolent The score for the category 'illicit/violent'.
			 * @param selfHarm The score for the category 'self-harm'.
			 * @param selfHarmIntent The score for the category 'self-harm/intent'.
			 * @param selfHarmInstructions The score for the category
			 * 'self-harm/instructions'.
			 * @param sexual The score for the category 'sexual'.
			 * @param sexualMinors The score for the category 'sexual/minors'.
			 * @param violence The score for the category 'violence'.
			 * @param violenceGraphic The score for the category 'violence/graphic'.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public CategoryScores {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link CategoryScores}.
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
			 * Builds a {@link CategoryScores}.
			 */
			public static final class Builder {

				private @Nullable Double hate;

				private @Nullable Double hateThreatening;

				private @Nullable Double harassment;

				private @Nullable Double harassmentThreatening;

				private @Nullable Double illicit;

				private @Nullable Double illicitViolent;

				private @Nullable Double selfHarm;

				private @Nullable Double selfHarmIntent;

				private @Nullable Double selfHarmInstructions;

				private @Nullable Double sexual;

				private @Nullable Double sexualMinors;

				private @Nullable Double violence;

				private @Nullable Double violenceGraphic;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(CategoryScores source) {
					this.hate = source.hate();
					this.hateThreatening = source.hateThreatening();
					this.harassment = source.harassment();
					this.harassmentThreatening = source.harassmentThreatening();
					this.illicit = source.illicit();
					this.illicitViolent = source.illicitViolent();
					this.selfHarm = source.selfHarm();
					this.selfHarmIntent = source.selfHarmIntent();
					this.selfHarmInstructions = source.selfHarmInstructions();
					this.sexual = source.sexual();
					this.sexualMinors = source.sexualMinors();
					this.violence = source.violence();
					this.violenceGraphic = source.violenceGraphic();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The score for the category 'hate'.
				 * @param hate the value (required)
				 * @return this builder
				 */
				public Builder hate(@Nullable Double hate) {
					this.hate = hate;
					return this;
				}

				/**
				 * The score for the category 'hate/threatening'.
				 * @param hateThreatening the value (required)
				 * @return this builder
				 */
				public Builder hateThreatening(@Nullable Double hateThreatening) {
					this.hateThreatening = hateThreatening;
					return this;
				}

				/**
				 * The score for the category 'harassment'.
				 * @param harassment the value (required)
				 * @return this builder
				 */
				public Builder harassment(@Nullable Double harassment) {
					this.harassment = harassment;
					return this;
				}

				/**
				 * The score for the category 'harassment/threatening'.
				 * @param harassmentThreatening the value (required)
				 * @return this builder
				 */
				public Builder harassmentThreatening(@Nullable Double harassmentThreatening) {
					this.harassmentThreatening = harassmentThreatening;
					return this;
				}

				/**
				 * The score for the category 'illicit'.
				 * @param illicit the value (required)
				 * @return this builder
				 */
				public Builder illicit(@Nullable Double illicit) {
					this.illicit = illicit;
					return this;
				}

				/**
				 * The score for the category 'illicit/violent'.
				 * @param illicitViolent the value (required)
				 * @return this builder
				 */
				public Builder illicitViolent(@Nullable Double illicitViolent) {
					this.illicitViolent = illicitViolent;
					return this;
				}

				/**
				 * The score for the category 'self-harm'.
				 * @param selfHarm the value (required)
				 * @return this builder
				 */
				public Builder selfHarm(@Nullable Double selfHarm) {
					this.selfHarm = selfHarm;
					return this;
				}

				/**
				 * The score for the category 'self-harm/intent'.
				 * @param selfHarmIntent the value (required)
				 * @return this builder
				 */
				public Builder selfHarmIntent(@Nullable Double selfHarmIntent) {
					this.selfHarmIntent = selfHarmIntent;
					return this;
				}

				/**
				 * The score for the category 'self-harm/instructions'.
				 * @param selfHarmInstructions the value (required)
				 * @return this builder
				 */
				public Builder selfHarmInstructions(@Nullable Double selfHarmInstructions) {
					this.selfHarmInstructions = selfHarmInstructions;
					return this;
				}

				/**
				 * The score for the category 'sexual'.
				 * @param sexual the value (required)
				 * @return this builder
				 */
				public Builder sexual(@Nullable Double sexual) {
					this.sexual = sexual;
					return this;
				}

				/**
				 * The score for the category 'sexual/minors'.
				 * @param sexualMinors the value (required)
				 * @return this builder
				 */
				public Builder sexualMinors(@Nullable Double sexualMinors) {
					this.sexualMinors = sexualMinors;
					return this;
				}

				/**
				 * The score for the category 'violence'.
				 * @param violence the value (required)
				 * @return this builder
				 */
				public Builder violence(@Nullable Double violence) {
					this.violence = violence;
					return this;
				}

				/**
				 * The score for the category 'violence/graphic'.
				 * @param violenceGraphic the value (required)
				 * @return this builder
				 */
				public Builder violenceGraphic(@Nullable Double violenceGraphic) {
					this.violenceGraphic = violenceGraphic;
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
				public CategoryScores build() {
					return new CategoryScores(Objects.requireNonNull(this.hate, "'hate' is required"),
							Objects.requireNonNull(this.hateThreatening, "'hateThreatening' is required"),
							Objects.requireNonNull(this.harassment, "'harassment' is required"),
							Objects.requireNonNull(this.harassmentThreatening, "'harassmentThreatening' is required"),
							Objects.requireNonNull(this.illicit, "'illicit' is required"),
							Objects.requireNonNull(this.illicitViolent, "'illicitViolent' is required"),
							Objects.requireNonNull(this.selfHarm, "'selfHarm' is required"),
							Objects.requireNonNull(this.selfHarmIntent, "'selfHarmIntent' is required"),
							Objects.requireNonNull(this.selfHarmInstructions, "'selfHarmInstructions' is required"),
							Objects.requireNonNull(this.sexual, "'sexual' is required"),
							Objects.requireNonNull(this.sexualMinors, "'sexualMinors' is required"),
							Objects.requireNonNull(this.violence, "'violence' is required"),
							Objects.requireNonNull(this.violenceGraphic, "'violenceGraphic' is required"),
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link CategoryScores} from the parser's tokens; Jackson creates it
			 * from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<CategoryScores> {

				Reader() {
					super(CategoryScores.class, "hate", "hate/threatening", "harassment", "harassment/threatening",
							"illicit", "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions",
							"sexual", "sexual/minors", "violence", "violence/graphic");
				}

				@Override
				protected CategoryScores create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new CategoryScores((Double) values[0], (Double) values[1], (Double) values[2],
							(Double) values[3], (Double) values[4], (Double) values[5], (Double) values[6],
							(Double) values[7], (Double) values[8], (Double) values[9], (Double) values[10],
							(Double) values[11], (Double) values[12], additionalProperties);
				}

			}

			/**
			 * Writes a {@link CategoryScores} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<CategoryScores> {

				Writer() {
					super(CategoryScores.class, "hate", "hate/threatening", "harassment", "harassment/threatening",
							"illicit", "illicit/violent", "self-harm", "self-harm/intent", "self-harm/instructions",
							"sexual", "sexual/minors", "violence", "violence/graphic");
				}

				@Override
				protected @Nullable Object value(CategoryScores record, int index) {
					return switch (index) {
						case 0 -> record.hate();
						case 1 -> record.hateThreatening();
						case 2 -> record.harassment();
						case 3 -> record.harassmentThreatening();
						case 4 -> record.illicit();
						case 5 -> record.illicitViolent();
						case 6 -> record.selfHarm();
						case 7 -> record.selfHarmIntent();
						case 8 -> record.selfHarmInstructions();
						case 9 -> record.sexual();
						case 10 -> record.sexualMinors();
						case 11 -> record.violence();
						case 12 -> record.violenceGraphic();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(CategoryScores record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * A list of the categories along with the input type(s) that the score applies
		 * to.
		 *
		 * @param hate The applied input type(s) for the category 'hate'.
		 * @param hateThreatening The applied input type(s) for the category
		 * 'hate/threatening'.
		 * @param harassment The applied input type(s) for the category 'harassment'.
		 * @param harassmentThreatening The applied input type(s) for the category
		 * 'harassment/threatening'.
		 * @param illicit The applied input type(s) for the category 'illicit'.
		 * @param illicitViolent The applied input type(s) for the category
		 * 'illicit/violent'.
		 * @param selfHarm The applied input type(s) for the category 'self-harm'.
		 * @param selfHarmIntent The applied input type(s) for the category
		 * 'self-harm/intent'.
		 * @param selfHarmInstructions The applied input type(s) for the category
		 * 'self-harm/instructions'.
		 * @param sexual The applied input type(s) for the category 'sexual'.
		 * @param sexualMinors The applied input type(s) for the category 'sexual/minors'.
		 * @param violence The applied input type(s) for the category 'violence'.
		 * @param violenceGraphic The applied input type(s) for the category
		 * 'violence/graphic'.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = CategoryAppliedInputTypes.Reader.class)
		public static record CategoryAppliedInputTypes(
				@JsonProperty("hate") List<CategoryAppliedInputTypes.HateItem> hate,
				@JsonProperty("hate/threatening") List<CategoryAppliedInputTypes.HateThreateningItem> hateThreatening,
				@JsonProperty("harassment") List<CategoryAppliedInputTypes.HarassmentItem> harassment,
				@JsonProperty("harassment/threatening") List<CategoryAppliedInputTypes.HarassmentThreateningItem> harassmentThreatening,
				@JsonProperty("illicit") List<CategoryAppliedInputTypes.IllicitItem> illicit,
				@JsonProperty("illicit/violent") List<CategoryAppliedInputTypes.IllicitViolentItem> illicitViolent,
				@JsonProperty("self-harm") List<CategoryAppliedInputTypes.SelfHarmItem> selfHarm,
				@JsonProperty("self-harm/intent") List<CategoryAppliedInputTypes.SelfHarmIntentItem> selfHarmIntent,
				@JsonProperty("self-harm/instructions") List<CategoryAppliedInputTypes.SelfHarmInstruction> selfHarmInstructions,
				@JsonProperty("sexual") List<CategoryAppliedInputTypes.SexualItem> sexual,
				@JsonProperty("sexual/minors") List<CategoryAppliedInputTypes.SexualMinor> sexualMinors,
				@JsonProperty("violence") List<CategoryAppliedInputTypes.ViolenceItem> violence,
				@JsonProperty("violence/graphic") List<CategoryAppliedInputTypes.ViolenceGraphicItem> violenceGraphic,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link CategoryAppliedInputTypes}; {@code additionalProperties}
			 * becomes an unmodifiable copy, empty for null.
			 * @param hate The applied input type(s) for the category 'hate'.
			 * @param hateThreatening The applied input type(s) for the category
			 * 'hate/threatening'.
			 * @param harassment The applied input type(s) for the category 'harassment'.
			 * @param harassmentThreatening The applied input type(s) for the category
			 * 'harassment/threatening'.
			 * @param illicit The applied input type(s) for the category 'illicit'.
			 * @param illicitViolent The applied input type(s) for the category
			 * 'illicit/violent'.
			 * @param selfHarm The applied input type(s) for the category 'self-harm'.
			 * @param selfHarmIntent The applied input type(s) for the category
			 * 'self-harm/intent'.
			 * @param selfHarmInstructions The applied input type(s) for the category
			 * 'self-harm/instructions'.
			 * @param sexual The applied input type(s) for the category 'sexual'.
			 * @param sexualMinors The applied input type(s) for the category
			 * 'sexual/minors'.
			 * @param violence The applied input type(s) for the category 'violence'.
			 * @param violenceGraphic The applied input type(s) for the category
			 * 'violence/graphic'.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public CategoryAppliedInputTypes {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link CategoryAppliedInputTypes}.
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
			 * An item of a {@link CategoryAppliedInputTypes}'s {@code hate}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record HateItem(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final HateItem TEXT = new HateItem("text");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public HateItem {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static HateItem of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						default -> new HateItem(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s {@code hate/threatening}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record HateThreateningItem(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final HateThreateningItem TEXT = new HateThreateningItem("text");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public HateThreateningItem {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static HateThreateningItem of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						default -> new HateThreateningItem(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s {@code harassment}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record HarassmentItem(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final HarassmentItem TEXT = new HarassmentItem("text");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public HarassmentItem {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static HarassmentItem of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						default -> new HarassmentItem(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s
			 * {@code harassment/threatening}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record HarassmentThreateningItem(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final HarassmentThreateningItem TEXT = new HarassmentThreateningItem("text");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public HarassmentThreateningItem {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static HarassmentThreateningItem of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						default -> new HarassmentThreateningItem(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s {@code illicit}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record IllicitItem(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final IllicitItem TEXT = new IllicitItem("text");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public IllicitItem {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static IllicitItem of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						default -> new IllicitItem(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s {@code illicit/violent}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record IllicitViolentItem(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final IllicitViolentItem TEXT = new IllicitViolentItem("text");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public IllicitViolentItem {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static IllicitViolentItem of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						default -> new IllicitViolentItem(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s {@code self-harm}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record SelfHarmItem(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final SelfHarmItem TEXT = new SelfHarmItem("text");

				/**
				 * The value {@code image}.
				 */
				public static final SelfHarmItem IMAGE = new SelfHarmItem("image");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public SelfHarmItem {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static SelfHarmItem of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						case "image" -> IMAGE;
						default -> new SelfHarmItem(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text", "image" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s {@code self-harm/intent}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record SelfHarmIntentItem(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final SelfHarmIntentItem TEXT = new SelfHarmIntentItem("text");

				/**
				 * The value {@code image}.
				 */
				public static final SelfHarmIntentItem IMAGE = new SelfHarmIntentItem("image");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public SelfHarmIntentItem {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static SelfHarmIntentItem of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						case "image" -> IMAGE;
						default -> new SelfHarmIntentItem(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text", "image" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s
			 * {@code self-harm/instructions}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record SelfHarmInstruction(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final SelfHarmInstruction TEXT = new SelfHarmInstruction("text");

				/**
				 * The value {@code image}.
				 */
				public static final SelfHarmInstruction IMAGE = new SelfHarmInstruction("image");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public SelfHarmInstruction {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static SelfHarmInstruction of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						case "image" -> IMAGE;
						default -> new SelfHarmInstruction(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text", "image" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s {@code sexual}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record SexualItem(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final SexualItem TEXT = new SexualItem("text");

				/**
				 * The value {@code image}.
				 */
				public static final SexualItem IMAGE = new SexualItem("image");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public SexualItem {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static SexualItem of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						case "image" -> IMAGE;
						default -> new SexualItem(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text", "image" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s {@code sexual/minors}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record SexualMinor(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final SexualMinor TEXT = new SexualMinor("text");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public SexualMinor {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static SexualMinor of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						default -> new SexualMinor(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s {@code violence}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record ViolenceItem(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final ViolenceItem TEXT = new ViolenceItem("text");

				/**
				 * The value {@code image}.
				 */
				public static final ViolenceItem IMAGE = new ViolenceItem("image");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public ViolenceItem {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static ViolenceItem of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						case "image" -> IMAGE;
						default -> new ViolenceItem(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text", "image" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * An item of a {@link CategoryAppliedInputTypes}'s {@code violence/graphic}.
			 * <p>
			 * An open set: values this version does not know are kept as they are.
			 *
			 * @param value the value as the API spells it
			 */
			public static record ViolenceGraphicItem(@JsonValue String value) {
				/**
				 * The value {@code text}.
				 */
				public static final ViolenceGraphicItem TEXT = new ViolenceGraphicItem("text");

				/**
				 * The value {@code image}.
				 */
				public static final ViolenceGraphicItem IMAGE = new ViolenceGraphicItem("image");

				/**
				 * Creates a value, rejecting null; {@link #of(String)} gives the constant
				 * for a known one.
				 * @param value the value as the API spells it
				 */
				public ViolenceGraphicItem {
					Objects.requireNonNull(value, "'value' must not be null");
				}

				/**
				 * The value for the given text: a constant when it is known.
				 * @param value the value as the API spells it
				 * @return the value
				 */
				@JsonCreator
				public static ViolenceGraphicItem of(String value) {
					return switch (value) {
						case "text" -> TEXT;
						case "image" -> IMAGE;
						default -> new ViolenceGraphicItem(value);
					};
				}

				/**
				 * Whether this version of the client knows the value.
				 * @return whether the value is one of the constants
				 */
				public boolean isKnown() {
					return switch (this.value) {
						case "text", "image" -> true;
						default -> false;
					};
				}

				@Override
				public String toString() {
					return this.value;
				}
			}

			/**
			 * Builds a {@link CategoryAppliedInputTypes}.
			 */
			public static final class Builder {

				private @Nullable List<HateItem> hate;

				private @Nullable List<HateThreateningItem> hateThreatening;

				private @Nullable List<HarassmentItem> harassment;

				private @Nullable List<HarassmentThreateningItem> harassmentThreatening;

				private @Nullable List<IllicitItem> illicit;

				private @Nullable List<IllicitViolentItem> illicitViolent;

				private @Nullable List<SelfHarmItem> selfHarm;

				private @Nullable List<SelfHarmIntentItem> selfHarmIntent;

				private @Nullable List<SelfHarmInstruction> selfHarmInstructions;

				private @Nullable List<SexualItem> sexual;

				private @Nullable List<SexualMinor> sexualMinors;

				private @Nullable List<ViolenceItem> violence;

				private @Nullable List<ViolenceGraphicItem> violenceGraphic;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(CategoryAppliedInputTypes source) {
					this.hate = (source.hate() != null) ? new ArrayList<>(source.hate()) : null;
					this.hateThreatening = (source.hateThreatening() != null)
							? new ArrayList<>(source.hateThreatening()) : null;
					this.harassment = (source.harassment() != null) ? new ArrayList<>(source.harassment()) : null;
					this.harassmentThreatening = (source.harassmentThreatening() != null)
							? new ArrayList<>(source.harassmentThreatening()) : null;
					this.illicit = (source.illicit() != null) ? new ArrayList<>(source.illicit()) : null;
					this.illicitViolent = (source.illicitViolent() != null) ? new ArrayList<>(source.illicitViolent())
							: null;
					this.selfHarm = (source.selfHarm() != null) ? new ArrayList<>(source.selfHarm()) : null;
					this.selfHarmIntent = (source.selfHarmIntent() != null) ? new ArrayList<>(source.selfHarmIntent())
							: null;
					this.selfHarmInstructions = (source.selfHarmInstructions() != null)
							? new ArrayList<>(source.selfHarmInstructions()) : null;
					this.sexual = (source.sexual() != null) ? new ArrayList<>(source.sexual()) : null;
					this.sexualMinors = (source.sexualMinors() != null) ? new ArrayList<>(source.sexualMinors()) : null;
					this.violence = (source.violence() != null) ? new ArrayList<>(source.violence()) : null;
					this.violenceGraphic = (source.violenceGraphic() != null)
							? new ArrayList<>(source.violenceGraphic()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The applied input type(s) for the category 'hate'.
				 * <p>
				 * Takes a copy of the list.
				 * @param hate the value (required)
				 * @return this builder
				 */
				public Builder hate(@Nullable List<HateItem> hate) {
					this.hate = (hate != null) ? new ArrayList<>(hate) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'hate'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param hate the item to add
				 * @return this builder
				 */
				public Builder addHate(HateItem hate) {
					Objects.requireNonNull(hate, "'hate' must not be null");
					if (this.hate == null) {
						this.hate = new ArrayList<>();
					}
					this.hate.add(hate);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'hate'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addHate(String value) {
					return addHate(HateItem.of(value));
				}

				/**
				 * The applied input type(s) for the category 'hate/threatening'.
				 * <p>
				 * Takes a copy of the list.
				 * @param hateThreatening the value (required)
				 * @return this builder
				 */
				public Builder hateThreatening(@Nullable List<HateThreateningItem> hateThreatening) {
					this.hateThreatening = (hateThreatening != null) ? new ArrayList<>(hateThreatening) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'hate/threatening'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param hateThreatening the item to add
				 * @return this builder
				 */
				public Builder addHateThreatening(HateThreateningItem hateThreatening) {
					Objects.requireNonNull(hateThreatening, "'hateThreatening' must not be null");
					if (this.hateThreatening == null) {
						this.hateThreatening = new ArrayList<>();
					}
					this.hateThreatening.add(hateThreatening);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'hate/threatening'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addHateThreatening(String value) {
					return addHateThreatening(HateThreateningItem.of(value));
				}

				/**
				 * The applied input type(s) for the category 'harassment'.
				 * <p>
				 * Takes a copy of the list.
				 * @param harassment the value (required)
				 * @return this builder
				 */
				public Builder harassment(@Nullable List<HarassmentItem> harassment) {
					this.harassment = (harassment != null) ? new ArrayList<>(harassment) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'harassment'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param harassment the item to add
				 * @return this builder
				 */
				public Builder addHarassment(HarassmentItem harassment) {
					Objects.requireNonNull(harassment, "'harassment' must not be null");
					if (this.harassment == null) {
						this.harassment = new ArrayList<>();
					}
					this.harassment.add(harassment);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'harassment'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addHarassment(String value) {
					return addHarassment(HarassmentItem.of(value));
				}

				/**
				 * The applied input type(s) for the category 'harassment/threatening'.
				 * <p>
				 * Takes a copy of the list.
				 * @param harassmentThreatening the value (required)
				 * @return this builder
				 */
				public Builder harassmentThreatening(@Nullable List<HarassmentThreateningItem> harassmentThreatening) {
					this.harassmentThreatening = (harassmentThreatening != null)
							? new ArrayList<>(harassmentThreatening) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'harassment/threatening'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param harassmentThreatening the item to add
				 * @return this builder
				 */
				public Builder addHarassmentThreatening(HarassmentThreateningItem harassmentThreatening) {
					Objects.requireNonNull(harassmentThreatening, "'harassmentThreatening' must not be null");
					if (this.harassmentThreatening == null) {
						this.harassmentThreatening = new ArrayList<>();
					}
					this.harassmentThreatening.add(harassmentThreatening);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'harassment/threatening'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addHarassmentThreatening(String value) {
					return addHarassmentThreatening(HarassmentThreateningItem.of(value));
				}

				/**
				 * The applied input type(s) for the category 'illicit'.
				 * <p>
				 * Takes a copy of the list.
				 * @param illicit the value (required)
				 * @return this builder
				 */
				public Builder illicit(@Nullable List<IllicitItem> illicit) {
					this.illicit = (illicit != null) ? new ArrayList<>(illicit) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'illicit'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param illicit the item to add
				 * @return this builder
				 */
				public Builder addIllicit(IllicitItem illicit) {
					Objects.requireNonNull(illicit, "'illicit' must not be null");
					if (this.illicit == null) {
						this.illicit = new ArrayList<>();
					}
					this.illicit.add(illicit);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'illicit'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addIllicit(String value) {
					return addIllicit(IllicitItem.of(value));
				}

				/**
				 * The applied input type(s) for the category 'illicit/violent'.
				 * <p>
				 * Takes a copy of the list.
				 * @param illicitViolent the value (required)
				 * @return this builder
				 */
				public Builder illicitViolent(@Nullable List<IllicitViolentItem> illicitViolent) {
					this.illicitViolent = (illicitViolent != null) ? new ArrayList<>(illicitViolent) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'illicit/violent'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param illicitViolent the item to add
				 * @return this builder
				 */
				public Builder addIllicitViolent(IllicitViolentItem illicitViolent) {
					Objects.requireNonNull(illicitViolent, "'illicitViolent' must not be null");
					if (this.illicitViolent == null) {
						this.illicitViolent = new ArrayList<>();
					}
					this.illicitViolent.add(illicitViolent);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'illicit/violent'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addIllicitViolent(String value) {
					return addIllicitViolent(IllicitViolentItem.of(value));
				}

				/**
				 * The applied input type(s) for the category 'self-harm'.
				 * <p>
				 * Takes a copy of the list.
				 * @param selfHarm the value (required)
				 * @return this builder
				 */
				public Builder selfHarm(@Nullable List<SelfHarmItem> selfHarm) {
					this.selfHarm = (selfHarm != null) ? new ArrayList<>(selfHarm) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'self-harm'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param selfHarm the item to add
				 * @return this builder
				 */
				public Builder addSelfHarm(SelfHarmItem selfHarm) {
					Objects.requireNonNull(selfHarm, "'selfHarm' must not be null");
					if (this.selfHarm == null) {
						this.selfHarm = new ArrayList<>();
					}
					this.selfHarm.add(selfHarm);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'self-harm'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addSelfHarm(String value) {
					return addSelfHarm(SelfHarmItem.of(value));
				}

				/**
				 * The applied input type(s) for the category 'self-harm/intent'.
				 * <p>
				 * Takes a copy of the list.
				 * @param selfHarmIntent the value (required)
				 * @return this builder
				 */
				public Builder selfHarmIntent(@Nullable List<SelfHarmIntentItem> selfHarmIntent) {
					this.selfHarmIntent = (selfHarmIntent != null) ? new ArrayList<>(selfHarmIntent) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'self-harm/intent'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param selfHarmIntent the item to add
				 * @return this builder
				 */
				public Builder addSelfHarmIntent(SelfHarmIntentItem selfHarmIntent) {
					Objects.requireNonNull(selfHarmIntent, "'selfHarmIntent' must not be null");
					if (this.selfHarmIntent == null) {
						this.selfHarmIntent = new ArrayList<>();
					}
					this.selfHarmIntent.add(selfHarmIntent);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'self-harm/intent'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addSelfHarmIntent(String value) {
					return addSelfHarmIntent(SelfHarmIntentItem.of(value));
				}

				/**
				 * The applied input type(s) for the category 'self-harm/instructions'.
				 * <p>
				 * Takes a copy of the list.
				 * @param selfHarmInstructions the value (required)
				 * @return this builder
				 */
				public Builder selfHarmInstructions(@Nullable List<SelfHarmInstruction> selfHarmInstructions) {
					this.selfHarmInstructions = (selfHarmInstructions != null) ? new ArrayList<>(selfHarmInstructions)
							: null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'self-harm/instructions'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param selfHarmInstruction the item to add
				 * @return this builder
				 */
				public Builder addSelfHarmInstruction(SelfHarmInstruction selfHarmInstruction) {
					Objects.requireNonNull(selfHarmInstruction, "'selfHarmInstruction' must not be null");
					if (this.selfHarmInstructions == null) {
						this.selfHarmInstructions = new ArrayList<>();
					}
					this.selfHarmInstructions.add(selfHarmInstruction);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'self-harm/instructions'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addSelfHarmInstruction(String value) {
					return addSelfHarmInstruction(SelfHarmInstruction.of(value));
				}

				/**
				 * The applied input type(s) for the category 'sexual'.
				 * <p>
				 * Takes a copy of the list.
				 * @param sexual the value (required)
				 * @return this builder
				 */
				public Builder sexual(@Nullable List<SexualItem> sexual) {
					this.sexual = (sexual != null) ? new ArrayList<>(sexual) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'sexual'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param sexual the item to add
				 * @return this builder
				 */
				public Builder addSexual(SexualItem sexual) {
					Objects.requireNonNull(sexual, "'sexual' must not be null");
					if (this.sexual == null) {
						this.sexual = new ArrayList<>();
					}
					this.sexual.add(sexual);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'sexual'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addSexual(String value) {
					return addSexual(SexualItem.of(value));
				}

				/**
				 * The applied input type(s) for the category 'sexual/minors'.
				 * <p>
				 * Takes a copy of the list.
				 * @param sexualMinors the value (required)
				 * @return this builder
				 */
				public Builder sexualMinors(@Nullable List<SexualMinor> sexualMinors) {
					this.sexualMinors = (sexualMinors != null) ? new ArrayList<>(sexualMinors) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'sexual/minors'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param sexualMinor the item to add
				 * @return this builder
				 */
				public Builder addSexualMinor(SexualMinor sexualMinor) {
					Objects.requireNonNull(sexualMinor, "'sexualMinor' must not be null");
					if (this.sexualMinors == null) {
						this.sexualMinors = new ArrayList<>();
					}
					this.sexualMinors.add(sexualMinor);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'sexual/minors'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addSexualMinor(String value) {
					return addSexualMinor(SexualMinor.of(value));
				}

				/**
				 * The applied input type(s) for the category 'violence'.
				 * <p>
				 * Takes a copy of the list.
				 * @param violence the value (required)
				 * @return this builder
				 */
				public Builder violence(@Nullable List<ViolenceItem> violence) {
					this.violence = (violence != null) ? new ArrayList<>(violence) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'violence'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param violence the item to add
				 * @return this builder
				 */
				public Builder addViolence(ViolenceItem violence) {
					Objects.requireNonNull(violence, "'violence' must not be null");
					if (this.violence == null) {
						this.violence = new ArrayList<>();
					}
					this.violence.add(violence);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'violence'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addViolence(String value) {
					return addViolence(ViolenceItem.of(value));
				}

				/**
				 * The applied input type(s) for the category 'violence/graphic'.
				 * <p>
				 * Takes a copy of the list.
				 * @param violenceGraphic the value (required)
				 * @return this builder
				 */
				public Builder violenceGraphic(@Nullable List<ViolenceGraphicItem> violenceGraphic) {
					this.violenceGraphic = (violenceGraphic != null) ? new ArrayList<>(violenceGraphic) : null;
					return this;
				}

				/**
				 * The applied input type(s) for the category 'violence/graphic'.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param violenceGraphic the item to add
				 * @return this builder
				 */
				public Builder addViolenceGraphic(ViolenceGraphicItem violenceGraphic) {
					Objects.requireNonNull(violenceGraphic, "'violenceGraphic' must not be null");
					if (this.violenceGraphic == null) {
						this.violenceGraphic = new ArrayList<>();
					}
					this.violenceGraphic.add(violenceGraphic);
					return this;
				}

				/**
				 * The applied input type(s) for the category 'violence/graphic'.
				 * <p>
				 * Adds one item, as the API spells it, known to this client or not.
				 * @param value the item to add
				 * @return this builder
				 */
				public Builder addViolenceGraphic(String value) {
					return addViolenceGraphic(ViolenceGraphicItem.of(value));
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
				public CategoryAppliedInputTypes build() {
					return new CategoryAppliedInputTypes(
							Collections.unmodifiableList(
									new ArrayList<>(Objects.requireNonNull(this.hate, "'hate' is required"))),
							Collections.unmodifiableList(new ArrayList<>(
									Objects.requireNonNull(this.hateThreatening, "'hateThreatening' is required"))),
							Collections.unmodifiableList(new ArrayList<>(
									Objects.requireNonNull(this.harassment, "'harassment' is required"))),
							Collections.unmodifiableList(new ArrayList<>(Objects
								.requireNonNull(this.harassmentThreatening, "'harassmentThreatening' is required"))),
							Collections.unmodifiableList(
									new ArrayList<>(Objects.requireNonNull(this.illicit, "'illicit' is required"))),
							Collections.unmodifiableList(new ArrayList<>(
									Objects.requireNonNull(this.illicitViolent, "'illicitViolent' is required"))),
							Collections.unmodifiableList(
									new ArrayList<>(Objects.requireNonNull(this.selfHarm, "'selfHarm' is required"))),
							Collections.unmodifiableList(new ArrayList<>(
									Objects.requireNonNull(this.selfHarmIntent, "'selfHarmIntent' is required"))),
							Collections.unmodifiableList(new ArrayList<>(Objects
								.requireNonNull(this.selfHarmInstructions, "'selfHarmInstructions' is required"))),
							Collections.unmodifiableList(
									new ArrayList<>(Objects.requireNonNull(this.sexual, "'sexual' is required"))),
							Collections.unmodifiableList(new ArrayList<>(
									Objects.requireNonNull(this.sexualMinors, "'sexualMinors' is required"))),
							Collections.unmodifiableList(
									new ArrayList<>(Objects.requireNonNull(this.violence, "'violence' is required"))),
							Collections.unmodifiableList(new ArrayList<>(
									Objects.requireNonNull(this.violenceGraphic, "'violenceGraphic' is required"))),
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link CategoryAppliedInputTypes} from the parser's tokens; Jackson
			 * creates it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<CategoryAppliedInputTypes> {

				Reader() {
					super(CategoryAppliedInputTypes.class, "hate", "hate/threatening", "harassment",
							"harassment/threatening", "illicit", "illicit/violent", "self-harm", "self-harm/intent",
							"self-harm/instructions", "sexual", "sexual/minors", "violence", "violence/graphic");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected CategoryAppliedInputTypes create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new CategoryAppliedInputTypes((List<HateItem>) values[0],
							(List<HateThreateningItem>) values[1], (List<HarassmentItem>) values[2],
							(List<HarassmentThreateningItem>) values[3], (List<IllicitItem>) values[4],
							(List<IllicitViolentItem>) values[5], (List<SelfHarmItem>) values[6],
							(List<SelfHarmIntentItem>) values[7], (List<SelfHarmInstruction>) values[8],
							(List<SexualItem>) values[9], (List<SexualMinor>) values[10],
							(List<ViolenceItem>) values[11], (List<ViolenceGraphicItem>) values[12],
							additionalProperties);
				}

			}

			/**
			 * Writes a {@link CategoryAppliedInputTypes} without reflection; the client's
			 * mapper finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<CategoryAppliedInputTypes> {

				Writer() {
					super(CategoryAppliedInputTypes.class, "hate", "hate/threatening", "harassment",
							"harassment/threatening", "illicit", "illicit/violent", "self-harm", "self-harm/intent",
							"self-harm/instructions", "sexual", "sexual/minors", "violence", "violence/graphic");
				}

				@Override
				protected @Nullable Object value(CategoryAppliedInputTypes record, int index) {
					return switch (index) {
						case 0 -> record.hate();
						case 1 -> record.hateThreatening();
						case 2 -> record.harassment();
						case 3 -> record.harassmentThreatening();
						case 4 -> record.illicit();
						case 5 -> record.illicitViolent();
						case 6 -> record.selfHarm();
						case 7 -> record.selfHarmIntent();
						case 8 -> record.selfHarmInstructions();
						case 9 -> record.sexual();
						case 10 -> record.sexualMinors();
						case 11 -> record.violence();
						case 12 -> record.violenceGraphic();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(CategoryAppliedInputTypes record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link Result}.
		 */
		public static final class Builder {

			private @Nullable Boolean flagged;

			private @Nullable Categories categories;

			private @Nullable CategoryScores categoryScores;

			private @Nullable CategoryAppliedInputTypes categoryAppliedInputTypes;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Result source) {
				this.flagged = source.flagged();
				this.categories = source.categories();
				this.categoryScores = source.categoryScores();
				this.categoryAppliedInputTypes = source.categoryAppliedInputTypes();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Whether any of the below categories are flagged.
			 * @param flagged the value (required)
			 * @return this builder
			 */
			public Builder flagged(@Nullable Boolean flagged) {
				this.flagged = flagged;
				return this;
			}

			/**
			 * A list of the categories, and whether they are flagged or not.
			 * @param categories the value (required)
			 * @return this builder
			 */
			public Builder categories(@Nullable Categories categories) {
				this.categories = categories;
				return this;
			}

			/**
			 * A list of the categories along with their scores as predicted by model.
			 * @param categoryScores the value (required)
			 * @return this builder
			 */
			public Builder categoryScores(@Nullable CategoryScores categoryScores) {
				this.categoryScores = categoryScores;
				return this;
			}

			/**
			 * A list of the categories along with the input type(s) that the score
			 * applies to.
			 * @param categoryAppliedInputTypes the value (required)
			 * @return this builder
			 */
			public Builder categoryAppliedInputTypes(@Nullable CategoryAppliedInputTypes categoryAppliedInputTypes) {
				this.categoryAppliedInputTypes = categoryAppliedInputTypes;
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
			public Result build() {
				return new Result(Objects.requireNonNull(this.flagged, "'flagged' is required"),
						Objects.requireNonNull(this.categories, "'categories' is required"),
						Objects.requireNonNull(this.categoryScores, "'categoryScores' is required"), Objects
							.requireNonNull(this.categoryAppliedInputTypes, "'categoryAppliedInputTypes' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Result} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Result> {

			Reader() {
				super(Result.class, "flagged", "categories", "category_scores", "category_applied_input_types");
			}

			@Override
			protected Result create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Result((Boolean) values[0], (Categories) values[1], (CategoryScores) values[2],
						(CategoryAppliedInputTypes) values[3], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Result} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Result> {

			Writer() {
				super(Result.class, "flagged", "categories", "category_scores", "category_applied_input_types");
			}

			@Override
			protected @Nullable Object value(Result record, int index) {
				return switch (index) {
					case 0 -> record.flagged();
					case 1 -> record.categories();
					case 2 -> record.categoryScores();
					case 3 -> record.categoryAppliedInputTypes();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Result record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link Moderation}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String model;

		private @Nullable List<Result> results;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(Moderation source) {
			this.id = source.id();
			this.model = source.model();
			this.results = (source.results() != null) ? new ArrayList<>(source.results()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique identifier for the moderation request.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The model used to generate the moderation results.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * A list of moderation objects.
		 * <p>
		 * Takes a copy of the list.
		 * @param results the value (required)
		 * @return this builder
		 */
		public Builder results(@Nullable List<Result> results) {
			this.results = (results != null) ? new ArrayList<>(results) : null;
			return this;
		}

		/**
		 * A list of moderation objects.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param result the item to add
		 * @return this builder
		 */
		public Builder addResult(Result result) {
			Objects.requireNonNull(result, "'result' must not be null");
			if (this.results == null) {
				this.results = new ArrayList<>();
			}
			this.results.add(result);
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
		public Moderation build() {
			return new Moderation(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.model, "'model' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.results, "'results' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Moderation} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Moderation> {

		Reader() {
			super(Moderation.class, "id", "model", "results");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Moderation create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Moderation((String) values[0], (String) values[1], (List<Result>) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link Moderation} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Moderation> {

		Writer() {
			super(Moderation.class, "id", "model", "results");
		}

		@Override
		protected @Nullable Object value(Moderation record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.model();
				case 2 -> record.results();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Moderation record) {
			return record.additionalProperties();
		}

	}
}
