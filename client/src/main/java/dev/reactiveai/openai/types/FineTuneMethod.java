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
 * The method used for fine-tuning.
 *
 * @param type The type of method. Is either {@code supervised}, {@code dpo}, or
 * {@code reinforcement}.
 * @param supervised Configuration for the supervised fine-tuning method.
 * @param dpo Configuration for the DPO fine-tuning method.
 * @param reinforcement Configuration for the reinforcement fine-tuning method.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuneMethod.Reader.class)
public record FineTuneMethod(@JsonProperty("type") FineTuneMethod.Type type,
		@JsonProperty("supervised") @Nullable FineTuneSupervisedMethod supervised,
		@JsonProperty("dpo") @Nullable FineTuneDPOMethod dpo,
		@JsonProperty("reinforcement") @Nullable FineTuneReinforcementMethod reinforcement,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuneMethod}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of method.
	 * @param supervised Configuration for the supervised fine-tuning method.
	 * @param dpo Configuration for the DPO fine-tuning method.
	 * @param reinforcement Configuration for the reinforcement fine-tuning method.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuneMethod {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuneMethod}.
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
	 * The type of method. Is either {@code supervised}, {@code dpo}, or
	 * {@code reinforcement}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code supervised}.
		 */
		public static final Type SUPERVISED = new Type("supervised");

		/**
		 * The value {@code dpo}.
		 */
		public static final Type DPO = new Type("dpo");

		/**
		 * The value {@code reinforcement}.
		 */
		public static final Type REINFORCEMENT = new Type("reinforcement");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Type {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Type of(String value) {
			return switch (value) {
				case "supervised" -> SUPERVISED;
				case "dpo" -> DPO;
				case "reinforcement" -> REINFORCEMENT;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "supervised", "dpo", "reinforcement" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link FineTuneMethod}.
	 */
	public static final class Builder {

		private @Nullable Type type;

		private @Nullable FineTuneSupervisedMethod supervised;

		private @Nullable FineTuneDPOMethod dpo;

		private @Nullable FineTuneReinforcementMethod reinforcement;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FineTuneMethod source) {
			this.type = source.type();
			this.supervised = source.supervised();
			this.dpo = source.dpo();
			this.reinforcement = source.reinforcement();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The type of method.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * The type of method.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
		}

		/**
		 * Configuration for the supervised fine-tuning method.
		 * @param supervised the value
		 * @return this builder
		 */
		public Builder supervised(@Nullable FineTuneSupervisedMethod supervised) {
			this.supervised = supervised;
			return this;
		}

		/**
		 * Configuration for the DPO fine-tuning method.
		 * @param dpo the value
		 * @return this builder
		 */
		public Builder dpo(@Nullable FineTuneDPOMethod dpo) {
			this.dpo = dpo;
			return this;
		}

		/**
		 * Configuration for the reinforcement fine-tuning method.
		 * @param reinforcement the value
		 * @return this builder
		 */
		public Builder reinforcement(@Nullable FineTuneReinforcementMethod reinforcement) {
			this.reinforcement = reinforcement;
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
		public FineTuneMethod build() {
			return new FineTuneMethod(Objects.requireNonNull(this.type, "'type' is required"), this.supervised,
					this.dpo, this.reinforcement, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuneMethod} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuneMethod> {

		Reader() {
			super(FineTuneMethod.class, "type", "supervised", "dpo", "reinforcement");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Type.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected FineTuneMethod create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new FineTuneMethod((Type) values[0], (FineTuneSupervisedMethod) values[1],
					(FineTuneDPOMethod) values[2], (FineTuneReinforcementMethod) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuneMethod} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuneMethod> {

		Writer() {
			super(FineTuneMethod.class, "type", "supervised", "dpo", "reinforcement");
		}

		@Override
		protected @Nullable Object value(FineTuneMethod record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.supervised();
				case 2 -> record.dpo();
				case 3 -> record.reinforcement();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuneMethod record) {
			return record.additionalProperties();
		}

	}
}
