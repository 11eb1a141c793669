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
 * <strong>gpt-5 and o-series models only</strong>
 * <p>
 * Configuration options for
 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
 *
 * @param effort Constrains effort on reasoning for
 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
 * Currently supported values are {@code none}, {@code minimal}, {@code low},
 * {@code medium}, {@code high}, and {@code xhigh}. Reducing reasoning effort can result
 * in faster responses and fewer tokens used on reasoning in a response.
 * <ul>
 * <li>{@code gpt-5.1} defaults to {@code none}, which does not perform reasoning. The
 * supported reasoning values for {@code gpt-5.1} are {@code none}, {@code low},
 * {@code medium}, and {@code high}. Tool calls are supported for all reasoning values in
 * gpt-5.1.</li>
 * <li>All models before {@code gpt-5.1} default to {@code medium} reasoning effort, and
 * do not support {@code none}.</li>
 * <li>The {@code gpt-5-pro} model defaults to (and only supports) {@code high} reasoning
 * effort.</li>
 * <li>{@code xhigh} is supported for all models after {@code gpt-5.1-codex-max}.</li>
 * </ul>
 * @param summary A summary of the reasoning performed by the model. This can be useful
 * for debugging and understanding the model's reasoning process. One of {@code auto},
 * {@code concise}, or {@code detailed}.
 * <p>
 * {@code concise} is supported for {@code computer-use-preview} models and all reasoning
 * models after {@code gpt-5}.
 * @param generateSummary <strong>Deprecated:</strong> use {@code summary} instead.
 * <p>
 * A summary of the reasoning performed by the model. This can be useful for debugging and
 * understanding the model's reasoning process. One of {@code auto}, {@code concise}, or
 * {@code detailed}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Reasoning.Reader.class)
public record Reasoning(@JsonProperty("effort") @Nullable ReasoningEffort effort,
		@JsonProperty("summary") Reasoning.@Nullable Summary summary,
		@JsonProperty("generate_summary") Reasoning.@Nullable GenerateSummary generateSummary,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Reasoning}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param effort Constrains effort on reasoning for
	 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
	 * @param summary A summary of the reasoning performed by the model.
	 * @param generateSummary <strong>Deprecated:</strong> use {@code summary} instead.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Reasoning {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * <strong>Deprecated:</strong> use {@code summary} instead.
	 * <p>
	 * A summary of the reasoning performed by the model. This can be useful for debugging
	 * and understanding the model's reasoning process. One of {@code auto},
	 * {@code concise}, or {@code detailed}.
	 * @return its value, or null when absent
	 * @deprecated Use {@code summary} instead.
	 */
	@Deprecated
	@JsonProperty("generate_summary")
	public @Nullable GenerateSummary generateSummary() {
		return this.generateSummary;
	}

	/**
	 * A builder of {@link Reasoning}.
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
	 * A summary of the reasoning performed by the model. This can be useful for debugging
	 * and understanding the model's reasoning process. One of {@code auto},
	 * {@code concise}, or {@code detailed}.
	 * <p>
	 * {@code concise} is supported for {@code computer-use-preview} models and all
	 * reasoning models after {@code gpt-5}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Summary(@JsonValue String value) {
		/**
		 * The value {@code auto}.
		 */
		public static final Summary AUTO = new Summary("auto");

		/**
		 * The value {@code concise}.
		 */
		public static final Summary CONCISE = new Summary("concise");

		/**
		 * The value {@code detailed}.
		 */
		public static final Summary DETAILED = new Summary("detailed");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Summary {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
	 * <strong>Deprecated:</strong> use {@code summary} instead.
	 * <p>
	 * A summary of the reasoning performed by the model. This can be useful for debugging
	 * and understanding the model's reasoning process. One of {@code auto},
	 * {@code concise}, or {@code detailed}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record GenerateSummary(@JsonValue String value) {
		/**
		 * The value {@code auto}.
		 */
		public static final GenerateSummary AUTO = new GenerateSummary("auto");

		/**
		 * The value {@code concise}.
		 */
		public static final GenerateSummary CONCISE = new GenerateSummary("concise");

		/**
		 * The value {@code detailed}.
		 */
		public static final GenerateSummary DETAILED = new GenerateSummary("detailed");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public GenerateSummary {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
		 * Constrains effort on reasoning for
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * models</a>.
		 * @param effort the value
		 * @return this builder
		 */
		public Builder effort(@Nullable ReasoningEffort effort) {
			this.effort = effort;
			return this;
		}

		/**
		 * Constrains effort on reasoning for
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * models</a>.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder effort(String value) {
			return effort(ReasoningEffort.of(value));
		}

		/**
		 * A summary of the reasoning performed by the model.
		 * @param summary the value
		 * @return this builder
		 */
		public Builder summary(@Nullable Summary summary) {
			this.summary = summary;
			return this;
		}

		/**
		 * A summary of the reasoning performed by the model.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder summary(String value) {
			return summary(Summary.of(value));
		}

		/**
		 * <strong>Deprecated:</strong> use {@code summary} instead.
		 * @param generateSummary the value
		 * @return this builder
		 * @deprecated Use {@code summary} instead.
		 */
		@Deprecated
		public Builder generateSummary(@Nullable GenerateSummary generateSummary) {
			this.generateSummary = generateSummary;
			return this;
		}

		/**
		 * <strong>Deprecated:</strong> use {@code summary} instead.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 * @deprecated Use {@code summary} instead.
		 */
		@Deprecated
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

	/**
	 * Reads a {@link Reasoning} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Reasoning> {

		Reader() {
			super(Reasoning.class, "effort", "summary", "generate_summary");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> ReasoningEffort.of(value);
				case 1 -> Summary.of(value);
				case 2 -> GenerateSummary.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected Reasoning create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Reasoning((ReasoningEffort) values[0], (Summary) values[1], (GenerateSummary) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link Reasoning} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Reasoning> {

		Writer() {
			super(Reasoning.class, "effort", "summary", "generate_summary");
		}

		@Override
		protected @Nullable Object value(Reasoning record, int index) {
			return switch (index) {
				case 0 -> record.effort();
				case 1 -> record.summary();
				case 2 -> record.generateSummary();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Reasoning record) {
			return record.additionalProperties();
		}

	}
}
