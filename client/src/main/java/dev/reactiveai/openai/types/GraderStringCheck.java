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
 * A StringCheckGrader object that performs a string comparison between input and
 * reference using a specified operation.
 *
 * @param type The object type, which is always {@code string_check}.
 * @param name The name of the grader.
 * @param input The input text. This may include template strings.
 * @param reference The reference text. This may include template strings.
 * @param operation The string check operation to perform. One of {@code eq}, {@code ne},
 * {@code like}, or {@code ilike}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = GraderStringCheck.Reader.class)
public record GraderStringCheck(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("input") String input, @JsonProperty("reference") String reference,
		@JsonProperty("operation") GraderStringCheck.Operation operation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalRequest.TestingCriterion,
			Eval.TestingCriterion,
			FineTuneReinforcementMethod.Grader,
			GraderMulti.Graders,
			RunGraderRequest.Grader,
			ValidateGraderRequest.Grader,
			ValidateGraderResponse.Grader {

	/**
	 * Creates a {@link GraderStringCheck}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The object type, which is always {@code string_check}.
	 * @param name The name of the grader.
	 * @param input The input text.
	 * @param reference The reference text.
	 * @param operation The string check operation to perform.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public GraderStringCheck {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link GraderStringCheck}.
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
	 * The string check operation to perform. One of {@code eq}, {@code ne}, {@code like},
	 * or {@code ilike}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Operation(@JsonValue String value) {
		/**
		 * The value {@code eq}.
		 */
		public static final Operation EQ = new Operation("eq");

		/**
		 * The value {@code ne}.
		 */
		public static final Operation NE = new Operation("ne");

		/**
		 * The value {@code like}.
		 */
		public static final Operation LIKE = new Operation("like");

		/**
		 * The value {@code ilike}.
		 */
		public static final Operation ILIKE = new Operation("ilike");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Operation {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Operation of(String value) {
			return switch (value) {
				case "eq" -> EQ;
				case "ne" -> NE;
				case "like" -> LIKE;
				case "ilike" -> ILIKE;
				default -> new Operation(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "eq", "ne", "like", "ilike" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link GraderStringCheck}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable String input;

		private @Nullable String reference;

		private @Nullable Operation operation;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "string_check";
		}

		private Builder(GraderStringCheck source) {
			this.type = source.type();
			this.name = source.name();
			this.input = source.input();
			this.reference = source.reference();
			this.operation = source.operation();
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
		 * The input text.
		 * @param input the value (required)
		 * @return this builder
		 */
		public Builder input(@Nullable String input) {
			this.input = input;
			return this;
		}

		/**
		 * The reference text.
		 * @param reference the value (required)
		 * @return this builder
		 */
		public Builder reference(@Nullable String reference) {
			this.reference = reference;
			return this;
		}

		/**
		 * The string check operation to perform.
		 * @param operation the value (required)
		 * @return this builder
		 */
		public Builder operation(@Nullable Operation operation) {
			this.operation = operation;
			return this;
		}

		/**
		 * The string check operation to perform.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder operation(String value) {
			return operation(Operation.of(value));
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
		public GraderStringCheck build() {
			return new GraderStringCheck(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.input, "'input' is required"),
					Objects.requireNonNull(this.reference, "'reference' is required"),
					Objects.requireNonNull(this.operation, "'operation' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link GraderStringCheck} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<GraderStringCheck> {

		Reader() {
			super(GraderStringCheck.class, "type", "name", "input", "reference", "operation");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 4 -> Operation.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected GraderStringCheck create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new GraderStringCheck((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(Operation) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link GraderStringCheck} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<GraderStringCheck> {

		Writer() {
			super(GraderStringCheck.class, "type", "name", "input", "reference", "operation");
		}

		@Override
		protected @Nullable Object value(GraderStringCheck record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				case 2 -> record.input();
				case 3 -> record.reference();
				case 4 -> record.operation();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(GraderStringCheck record) {
			return record.additionalProperties();
		}

	}
}
