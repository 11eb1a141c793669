// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * The output of a computer tool call.
 *
 * @param id The ID of the computer tool call output.
 * @param callId The ID of the computer tool call that produced the output.
 * @param type The type of the computer tool call output. Always
 * {@code computer_call_output}.
 * @param output A computer screenshot image used with the computer use tool.
 * @param acknowledgedSafetyChecks The safety checks reported by the API that have been
 * acknowledged by the developer.
 * @param status A {@link dev.reactiveai.openai.types.FunctionCallItemStatus} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ComputerCallOutputItemParam.Reader.class)
public record ComputerCallOutputItemParam(@JsonProperty("id") @Nullable String id,
		@JsonProperty("call_id") String callId, @JsonProperty("type") String type,
		@JsonProperty("output") ComputerScreenshotImage output,
		@JsonProperty("acknowledged_safety_checks") @Nullable List<ComputerCallSafetyCheckParam> acknowledgedSafetyChecks,
		@JsonProperty("status") @Nullable FunctionCallItemStatus status,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Item {

	/**
	 * Creates a {@link ComputerCallOutputItemParam}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The ID of the computer tool call output.
	 * @param callId The ID of the computer tool call that produced the output.
	 * @param type The type of the computer tool call output.
	 * @param output A computer screenshot image used with the computer use tool.
	 * @param acknowledgedSafetyChecks The safety checks reported by the API that have
	 * been acknowledged by the developer.
	 * @param status A {@link dev.reactiveai.openai.types.FunctionCallItemStatus} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ComputerCallOutputItemParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ComputerCallOutputItemParam}.
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
	 * Builds a {@link ComputerCallOutputItemParam}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String callId;

		private @Nullable String type;

		private @Nullable ComputerScreenshotImage output;

		private @Nullable List<ComputerCallSafetyCheckParam> acknowledgedSafetyChecks;

		private @Nullable FunctionCallItemStatus status;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "computer_call_output";
		}

		private Builder(ComputerCallOutputItemParam source) {
			this.id = source.id();
			this.callId = source.callId();
			this.type = source.type();
			this.output = source.output();
			this.acknowledgedSafetyChecks = (source.acknowledgedSafetyChecks() != null)
					? new ArrayList<>(source.acknowledgedSafetyChecks()) : null;
			this.status = source.status();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the computer tool call output.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The ID of the computer tool call that produced the output.
		 * @param callId the value (required)
		 * @return this builder
		 */
		public Builder callId(@Nullable String callId) {
			this.callId = callId;
			return this;
		}

		/**
		 * A computer screenshot image used with the computer use tool.
		 * @param output the value (required)
		 * @return this builder
		 */
		public Builder output(@Nullable ComputerScreenshotImage output) {
			this.output = output;
			return this;
		}

		/**
		 * The safety checks reported by the API that have been acknowledged by the
		 * developer.
		 * <p>
		 * Takes a copy of the list.
		 * @param acknowledgedSafetyChecks the value
		 * @return this builder
		 */
		public Builder acknowledgedSafetyChecks(@Nullable List<ComputerCallSafetyCheckParam> acknowledgedSafetyChecks) {
			this.acknowledgedSafetyChecks = (acknowledgedSafetyChecks != null)
					? new ArrayList<>(acknowledgedSafetyChecks) : null;
			return this;
		}

		/**
		 * The safety checks reported by the API that have been acknowledged by the
		 * developer.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param acknowledgedSafetyCheck the item to add
		 * @return this builder
		 */
		public Builder addAcknowledgedSafetyCheck(ComputerCallSafetyCheckParam acknowledgedSafetyCheck) {
			Objects.requireNonNull(acknowledgedSafetyCheck, "'acknowledgedSafetyCheck' must not be null");
			if (this.acknowledgedSafetyChecks == null) {
				this.acknowledgedSafetyChecks = new ArrayList<>();
			}
			this.acknowledgedSafetyChecks.add(acknowledgedSafetyCheck);
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.FunctionCallItemStatus} (the API
		 * description says no more).
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable FunctionCallItemStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.FunctionCallItemStatus} (the API
		 * description says no more).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(FunctionCallItemStatus.of(value));
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
		public ComputerCallOutputItemParam build() {
			return new ComputerCallOutputItemParam(this.id, Objects.requireNonNull(this.callId, "'callId' is required"),
					this.type, Objects.requireNonNull(this.output, "'output' is required"),
					(this.acknowledgedSafetyChecks != null)
							? Collections.unmodifiableList(new ArrayList<>(this.acknowledgedSafetyChecks)) : null,
					this.status, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ComputerCallOutputItemParam} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ComputerCallOutputItemParam> {

		Reader() {
			super(ComputerCallOutputItemParam.class, "id", "call_id", "type", "output", "acknowledged_safety_checks",
					"status");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 5 -> FunctionCallItemStatus.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ComputerCallOutputItemParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ComputerCallOutputItemParam((String) values[0], (String) values[1], (String) values[2],
					(ComputerScreenshotImage) values[3], (List<ComputerCallSafetyCheckParam>) values[4],
					(FunctionCallItemStatus) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ComputerCallOutputItemParam} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ComputerCallOutputItemParam> {

		Writer() {
			super(ComputerCallOutputItemParam.class, "id", "call_id", "type", "output", "acknowledged_safety_checks",
					"status");
		}

		@Override
		protected @Nullable Object value(ComputerCallOutputItemParam record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.callId();
				case 2 -> record.type();
				case 3 -> record.output();
				case 4 -> record.acknowledgedSafetyChecks();
				case 5 -> record.status();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ComputerCallOutputItemParam record) {
			return record.additionalProperties();
		}

	}
}
