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
 * Represents a run step delta i.e. any changed fields on a run step during streaming.
 *
 * @param id The identifier of the run step, which can be referenced in API endpoints.
 * @param object The object type, which is always {@code thread.run.step.delta}.
 * @param delta The delta containing the fields that have changed on the run step.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDelta.Reader.class)
public record RunStepDelta(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("delta") RunStepDelta.Delta delta,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RunStepDelta}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param id The identifier of the run step, which can be referenced in API endpoints.
	 * @param object The object type, which is always {@code thread.run.step.delta}.
	 * @param delta The delta containing the fields that have changed on the run step.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDelta {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDelta}.
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
	 * The delta containing the fields that have changed on the run step.
	 *
	 * @param stepDetails The details of the run step.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Delta.Reader.class)
	public static record Delta(@JsonProperty("step_details") Delta.@Nullable StepDetails stepDetails,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Delta}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param stepDetails The details of the run step.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Delta {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Delta}.
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
		 * The details of the run step.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = StepDetails.Deserializer.class)
		public sealed interface StepDetails permits RunStepDeltaStepDetailsMessageCreationObject,
				RunStepDeltaStepDetailsToolCallsObject, StepDetails.Unknown {

			/**
			 * A {@link StepDetails} that this version of the client does not recognize,
			 * kept as it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements StepDetails, UnknownVariant {
			}

			/**
			 * Reads a {@link StepDetails} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<StepDetails> {

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<StepDetails>variants(Unknown::new)
						.discriminator("type")
						.object(RunStepDeltaStepDetailsMessageCreationObject.class,
								VariantShape.declaring("type", "message_creation")
									.requiring("type")
									.values("type", "message_creation"))
						.object(RunStepDeltaStepDetailsToolCallsObject.class,
								VariantShape.declaring("type", "tool_calls")
									.requiring("type")
									.values("type", "tool_calls")));
				}

			}

		}

		/**
		 * Builds a {@link Delta}.
		 */
		public static final class Builder {

			private @Nullable StepDetails stepDetails;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Delta source) {
				this.stepDetails = source.stepDetails();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The details of the run step.
			 * @param stepDetails the value
			 * @return this builder
			 */
			public Builder stepDetails(@Nullable StepDetails stepDetails) {
				this.stepDetails = stepDetails;
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
			public Delta build() {
				return new Delta(this.stepDetails, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Delta} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Delta> {

			Reader() {
				super(Delta.class, "step_details");
			}

			@Override
			protected Delta create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Delta((StepDetails) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Delta} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Delta> {

			Writer() {
				super(Delta.class, "step_details");
			}

			@Override
			protected @Nullable Object value(Delta record, int index) {
				return switch (index) {
					case 0 -> record.stepDetails();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Delta record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RunStepDelta}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Delta delta;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "thread.run.step.delta";
		}

		private Builder(RunStepDelta source) {
			this.id = source.id();
			this.object = source.object();
			this.delta = source.delta();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The identifier of the run step, which can be referenced in API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The delta containing the fields that have changed on the run step.
		 * @param delta the value (required)
		 * @return this builder
		 */
		public Builder delta(@Nullable Delta delta) {
			this.delta = delta;
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
		public RunStepDelta build() {
			return new RunStepDelta(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.delta, "'delta' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDelta} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDelta> {

		Reader() {
			super(RunStepDelta.class, "id", "object", "delta");
		}

		@Override
		protected RunStepDelta create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new RunStepDelta((String) values[0], (String) values[1], (Delta) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDelta} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDelta> {

		Writer() {
			super(RunStepDelta.class, "id", "object", "delta");
		}

		@Override
		protected @Nullable Object value(RunStepDelta record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.delta();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepDelta record) {
			return record.additionalProperties();
		}

	}
}
