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
 * An object with {@code type}, {@code id}, {@code call_id},
 * {@code acknowledged_safety_checks}, {@code output}, {@code status} and
 * {@code created_by}.
 *
 * @param type The type of the computer tool call output. Always
 * {@code computer_call_output}.
 * @param id The unique ID of the computer call tool output.
 * @param callId The ID of the computer tool call that produced the output.
 * @param acknowledgedSafetyChecks The safety checks reported by the API that have been
 * acknowledged by the developer.
 * @param output A computer screenshot image used with the computer use tool.
 * @param status The status of the message input. One of {@code in_progress},
 * {@code completed}, or {@code incomplete}. Populated when input items are returned via
 * API.
 * @param createdBy The identifier of the actor that created the item.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ComputerToolCallOutputResource.Reader.class)
public record ComputerToolCallOutputResource(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("call_id") String callId,
		@JsonProperty("acknowledged_safety_checks") @Nullable List<ComputerCallSafetyCheckParam> acknowledgedSafetyChecks,
		@JsonProperty("output") ComputerScreenshotImage output, @JsonProperty("status") ComputerCallOutputStatus status,
		@JsonProperty("created_by") @Nullable String createdBy,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ConversationItem,
			ItemField,
			ItemResource,
			OutputItem {

	/**
	 * Creates a {@link ComputerToolCallOutputResource}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the computer tool call output.
	 * @param id The unique ID of the computer call tool output.
	 * @param callId The ID of the computer tool call that produced the output.
	 * @param acknowledgedSafetyChecks The safety checks reported by the API that have
	 * been acknowledged by the developer.
	 * @param output A computer screenshot image used with the computer use tool.
	 * @param status The status of the message input.
	 * @param createdBy The identifier of the actor that created the item.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ComputerToolCallOutputResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ComputerToolCallOutputResource}.
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
	 * This item as an item of a next request's input: the
	 * {@link ComputerCallOutputItemParam} its JSON is, without {@code created_by}, which
	 * only an answer has.
	 * @return the input item
	 */
	@Override
	public ComputerCallOutputItemParam asInput() {
		return InputForms.convert(this, ComputerCallOutputItemParam.class, "created_by");
	}

	/**
	 * Builds a {@link ComputerToolCallOutputResource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String callId;

		private @Nullable List<ComputerCallSafetyCheckParam> acknowledgedSafetyChecks;

		private @Nullable ComputerScreenshotImage output;

		private @Nullable ComputerCallOutputStatus status;

		private @Nullable String createdBy;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "computer_call_output";
		}

		private Builder(ComputerToolCallOutputResource source) {
			this.type = source.type();
			this.id = source.id();
			this.callId = source.callId();
			this.acknowledgedSafetyChecks = (source.acknowledgedSafetyChecks() != null)
					? new ArrayList<>(source.acknowledgedSafetyChecks()) : null;
			this.output = source.output();
			this.status = source.status();
			this.createdBy = source.createdBy();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the computer call tool output.
		 * @param id the value (required)
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
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable ComputerCallOutputStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the message input.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(ComputerCallOutputStatus.of(value));
		}

		/**
		 * The identifier of the actor that created the item.
		 * @param createdBy the value
		 * @return this builder
		 */
		public Builder createdBy(@Nullable String createdBy) {
			this.createdBy = createdBy;
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
		public ComputerToolCallOutputResource build() {
			return new ComputerToolCallOutputResource(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.callId, "'callId' is required"),
					(this.acknowledgedSafetyChecks != null)
							? Collections.unmodifiableList(new ArrayList<>(this.acknowledgedSafetyChecks)) : null,
					Objects.requireNonNull(this.output, "'output' is required"),
					Objects.requireNonNull(this.status, "'status' is required"), this.createdBy,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ComputerToolCallOutputResource} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ComputerToolCallOutputResource> {

		Reader() {
			super(ComputerToolCallOutputResource.class, "type", "id", "call_id", "acknowledged_safety_checks", "output",
					"status", "created_by");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 5 -> ComputerCallOutputStatus.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ComputerToolCallOutputResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ComputerToolCallOutputResource((String) values[0], (String) values[1], (String) values[2],
					(List<ComputerCallSafetyCheckParam>) values[3], (ComputerScreenshotImage) values[4],
					(ComputerCallOutputStatus) values[5], (String) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ComputerToolCallOutputResource} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ComputerToolCallOutputResource> {

		Writer() {
			super(ComputerToolCallOutputResource.class, "type", "id", "call_id", "acknowledged_safety_checks", "output",
					"status", "created_by");
		}

		@Override
		protected @Nullable Object value(ComputerToolCallOutputResource record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.callId();
				case 3 -> record.acknowledgedSafetyChecks();
				case 4 -> record.output();
				case 5 -> record.status();
				case 6 -> record.createdBy();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ComputerToolCallOutputResource record) {
			return record.additionalProperties();
		}

	}
}
