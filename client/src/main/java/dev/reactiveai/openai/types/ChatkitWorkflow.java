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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Workflow metadata and state returned for the session.
 *
 * @param id Identifier of the workflow backing the session.
 * @param version Specific workflow version used for the session. Defaults to null when
 * using the latest deployment.
 * @param stateVariables State variable key-value pairs applied when invoking the
 * workflow. Defaults to null when no overrides were provided.
 * @param tracing Tracing settings applied to the workflow.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatkitWorkflow.Reader.class)
public record ChatkitWorkflow(@JsonProperty("id") String id, @JsonProperty("version") @Nullable String version,
		@JsonProperty("state_variables") @Nullable Map<String, ChatkitWorkflow.StateVariablesValue> stateVariables,
		@JsonProperty("tracing") ChatkitWorkflowTracing tracing,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatkitWorkflow}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id Identifier of the workflow backing the session.
	 * @param version Specific workflow version used for the session.
	 * @param stateVariables State variable key-value pairs applied when invoking the
	 * workflow.
	 * @param tracing Tracing settings applied to the workflow.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatkitWorkflow {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatkitWorkflow}.
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
	 * A value of a {@link ChatkitWorkflow}'s {@code state_variables}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = StateVariablesValue.Deserializer.class)
	public sealed interface StateVariablesValue permits StateVariablesValue.StringValue, StateVariablesValue.LongValue,
			StateVariablesValue.BooleanValue, StateVariablesValue.DoubleValue, StateVariablesValue.Unknown {

		/**
		 * A {@link StateVariablesValue} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements StateVariablesValue {
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link StateVariablesValue} that is a {@code Long}.
		 *
		 * @param value the value
		 */
		record LongValue(@JsonValue Long value) implements StateVariablesValue {
			/**
			 * Creates a {@link LongValue}, rejecting a null value.
			 * @param value the value
			 */
			public LongValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link StateVariablesValue} that is a {@code Boolean}.
		 *
		 * @param value the value
		 */
		record BooleanValue(@JsonValue Boolean value) implements StateVariablesValue {
			/**
			 * Creates a {@link BooleanValue}, rejecting a null value.
			 * @param value the value
			 */
			public BooleanValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link StateVariablesValue} that is a {@code Double}.
		 *
		 * @param value the value
		 */
		record DoubleValue(@JsonValue Double value) implements StateVariablesValue {
			/**
			 * Creates a {@link DoubleValue}, rejecting a null value.
			 * @param value the value
			 */
			public DoubleValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link StateVariablesValue} that this version of the client does not
		 * recognize, kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements StateVariablesValue, UnknownVariant {
		}

		/**
		 * Reads a {@link StateVariablesValue} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<StateVariablesValue> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<StateVariablesValue>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.integer(Long.class, LongValue::new)
					.bool(Boolean.class, BooleanValue::new)
					.number(Double.class, DoubleValue::new));
			}

		}

	}

	/**
	 * Builds a {@link ChatkitWorkflow}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String version;

		private @Nullable Map<String, StateVariablesValue> stateVariables;

		private @Nullable ChatkitWorkflowTracing tracing;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatkitWorkflow source) {
			this.id = source.id();
			this.version = source.version();
			this.stateVariables = (source.stateVariables() != null) ? new LinkedHashMap<>(source.stateVariables())
					: null;
			this.tracing = source.tracing();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the workflow backing the session.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Specific workflow version used for the session.
		 * @param version the value
		 * @return this builder
		 */
		public Builder version(@Nullable String version) {
			this.version = version;
			return this;
		}

		/**
		 * State variable key-value pairs applied when invoking the workflow.
		 * <p>
		 * Takes a copy of the map.
		 * @param stateVariables the value
		 * @return this builder
		 */
		public Builder stateVariables(@Nullable Map<String, ? extends StateVariablesValue> stateVariables) {
			this.stateVariables = (stateVariables != null) ? new LinkedHashMap<>(stateVariables) : null;
			return this;
		}

		/**
		 * State variable key-value pairs applied when invoking the workflow.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putStateVariable(String key, StateVariablesValue value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.stateVariables == null) {
				this.stateVariables = new LinkedHashMap<>();
			}
			this.stateVariables.put(key, value);
			return this;
		}

		/**
		 * Tracing settings applied to the workflow.
		 * @param tracing the value (required)
		 * @return this builder
		 */
		public Builder tracing(@Nullable ChatkitWorkflowTracing tracing) {
			this.tracing = tracing;
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
		public ChatkitWorkflow build() {
			return new ChatkitWorkflow(Objects.requireNonNull(this.id, "'id' is required"), this.version,
					(this.stateVariables != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.stateVariables)) : null,
					Objects.requireNonNull(this.tracing, "'tracing' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatkitWorkflow} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatkitWorkflow> {

		Reader() {
			super(ChatkitWorkflow.class, "id", "version", "state_variables", "tracing");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ChatkitWorkflow create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatkitWorkflow((String) values[0], (String) values[1],
					(Map<String, StateVariablesValue>) values[2], (ChatkitWorkflowTracing) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatkitWorkflow} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatkitWorkflow> {

		Writer() {
			super(ChatkitWorkflow.class, "id", "version", "state_variables", "tracing");
		}

		@Override
		protected @Nullable Object value(ChatkitWorkflow record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.version();
				case 2 -> record.stateVariables();
				case 3 -> record.tracing();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatkitWorkflow record) {
			return record.additionalProperties();
		}

	}
}
