// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * **gpt-5 and o-series models only**
 *
 * Configuration options for [reasoning
 * models](https://platform.openai.com/docs/guides/reasoning).
 *
 * @param effort the {@code effort} property
 * @param summary the {@code summary} property
 * @param generateSummary the {@code generate_summary} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record Reasoning(@JsonProperty("effort") @Nullable ReasoningEffort effort,
		@JsonProperty("summary") Reasoning.@Nullable Summary summary,
		@JsonProperty("generate_summary") Reasoning.@Nullable GenerateSummary generateSummary,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public Reasoning {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link Reasoning}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * A summary of the reasoning performed by the model. This can be useful for debugging
	 * and understanding the model's reasoning process. One of `auto`, `concise`, or
	 * `detailed`.
	 *
	 * `concise` is supported for `computer-use-preview` models and all reasoning models
	 * after `gpt-5`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Summary(@JsonValue String value) {
		public static final Summary AUTO = new Summary("auto");

		public static final Summary CONCISE = new Summary("concise");

		public static final Summary DETAILED = new Summary("detailed");

		public Summary {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Summary of(String value) {
			return switch (value) {
				case "auto" -> AUTO;
				case "concise" -> CONCISE;
				case "detailed" -> DETAILED;
				default -> new Summary(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "auto", "concise", "detailed" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * **Deprecated:** use `summary` instead.
	 *
	 * A summary of the reasoning performed by the model. This can be useful for debugging
	 * and understanding the model's reasoning process. One of `auto`, `concise`, or
	 * `detailed`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record GenerateSummary(@JsonValue String value) {
		public static final GenerateSummary AUTO = new GenerateSummary("auto");

		public static final GenerateSummary CONCISE = new GenerateSummary("concise");

		public static final GenerateSummary DETAILED = new GenerateSummary("detailed");

		public GenerateSummary {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static GenerateSummary of(String value) {
			return switch (value) {
				case "auto" -> AUTO;
				case "concise" -> CONCISE;
				case "detailed" -> DETAILED;
				default -> new GenerateSummary(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "auto", "concise", "detailed" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link Reasoning}.
	 */
	public static final class Builder {

		private @Nullable ReasoningEffort effort;

		private @Nullable Summary summary;

		private @Nullable GenerateSummary generateSummary;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(Reasoning source) {
			this.effort = source.effort();
			this.summary = source.summary();
			this.generateSummary = source.generateSummary();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code effort}.
		 * @param effort the value
		 * @return this builder
		 */
		public Builder effort(@Nullable ReasoningEffort effort) {
			this.effort = effort;
			return this;
		}

		/**
		 * Set {@code effort} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder effort(String value) {
			return effort(ReasoningEffort.of(value));
		}

		/**
		 * Set {@code summary}.
		 * @param summary the value
		 * @return this builder
		 */
		public Builder summary(@Nullable Summary summary) {
			this.summary = summary;
			return this;
		}

		/**
		 * Set {@code summary} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder summary(String value) {
			return summary(Summary.of(value));
		}

		/**
		 * Set {@code generate_summary}.
		 * @param generateSummary the value
		 * @return this builder
		 */
		public Builder generateSummary(@Nullable GenerateSummary generateSummary) {
			this.generateSummary = generateSummary;
			return this;
		}

		/**
		 * Set {@code generate_summary} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder generateSummary(String value) {
			return generateSummary(GenerateSummary.of(value));
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
		public Reasoning build() {
			return new Reasoning(this.effort, this.summary, this.generateSummary, this.additionalProperties);
		}

	}
}
