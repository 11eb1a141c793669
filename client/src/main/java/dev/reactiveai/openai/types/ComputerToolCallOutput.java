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
 * The output of a computer tool call.
 *
 * @param type The type of the computer tool call output. Always
 * {@code computer_call_output}.
 * @param id The ID of the computer tool call output.
 * @param callId The ID of the computer tool call that produced the output.
 * @param acknowledgedSafetyChecks The safety checks reported by the API that have been
 * acknowledged by the developer.
 * @param output A computer screenshot image used with the computer use tool.
 * @param status The status of the message input. One of {@code in_progress},
 * {@code completed}, or {@code incomplete}. Populated when input items are returned via
 * API.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ComputerToolCallOutput.Reader.class)
public record ComputerToolCallOutput(@JsonProperty("type") String type, @JsonProperty("id") @Nullable String id,
		@JsonProperty("call_id") String callId,
		@JsonProperty("acknowledged_safety_checks") @Nullable List<ComputerCallSafetyCheckParam> acknowledgedSafetyChecks,
		@JsonProperty("output") ComputerScreenshotImage output,
		@JsonProperty("status") ComputerToolCallOutput.@Nullable Status status,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ComputerToolCallOutput}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the computer tool call output.
	 * @param id The ID of the computer tool call output.
	 * @param callId The ID of the computer tool call that produced the output.
	 * @param acknowledgedSafetyChecks The safety checks reported by the API that have
	 * been acknowledged by the developer.
	 * @param output A computer screenshot image used with the computer use tool.
	 * @param status The status of the message input.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ComputerToolCallOutput {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ComputerToolCallOutput}.
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
	 * The status of the message input. One of {@code in_progress}, {@code completed}, or
	 * {@code incomplete}. Populated when input items are returned via API.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code incomplete}.
		 */
		public static final Status INCOMPLETE = new Status("incomplete");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "in_progress" -> IN_PROGRESS;
				case "completed" -> COMPLETED;
				case "incomplete" -> INCOMPLETE;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "in_progress", "completed", "incomplete" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ComputerToolCallOutput}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String callId;

		private @Nullable List<ComputerCallSafetyCheckParam> acknowledgedSafetyChecks;

		private @Nullable ComputerScreenshotImage output;

		private @Nullable Status status;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "computer_call_output";
		}

		private Builder(ComputerToolCallOutput source) {
			this.type = source.type();
			this.id = source.id();
			this.callId = source.callId();
			this.acknowledgedSafetyChecks = (source.acknowledgedSafetyChecks() != null)
					? new ArrayList<>(source.acknowledgedSafetyChecks()) : null;
			this.output = source.output();
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
		 * A computer screenshot image used with the computer use tool.
		 * @param output the value (required)
		 * @return this builder
		 */
		public Builder output(@Nullable ComputerScreenshotImage output) {
			this.output = output;
			return this;
		}

		/**
		 * The status of the message input.
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the message input.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
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
		public ComputerToolCallOutput build() {
			return new ComputerToolCallOutput(this.type, this.id,
					Objects.requireNonNull(this.callId, "'callId' is required"),
					(this.acknowledgedSafetyChecks != null)
							? Collections.unmodifiableList(new ArrayList<>(this.acknowledgedSafetyChecks)) : null,
					Objects.requireNonNull(this.output, "'output' is required"), this.status,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ComputerToolCallOutput} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ComputerToolCallOutput> {

		Reader() {
			super(ComputerToolCallOutput.class, "type", "id", "call_id", "acknowledged_safety_checks", "output",
					"status");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 5 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ComputerToolCallOutput create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ComputerToolCallOutput((String) values[0], (String) values[1], (String) values[2],
					(List<ComputerCallSafetyCheckParam>) values[3], (ComputerScreenshotImage) values[4],
					(Status) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ComputerToolCallOutput} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ComputerToolCallOutput> {

		Writer() {
			super(ComputerToolCallOutput.class, "type", "id", "call_id", "acknowledged_safety_checks", "output",
					"status");
		}

		@Override
		protected @Nullable Object value(ComputerToolCallOutput record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.callId();
				case 3 -> record.acknowledgedSafetyChecks();
				case 4 -> record.output();
				case 5 -> record.status();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ComputerToolCallOutput record) {
			return record.additionalProperties();
		}

	}
}
