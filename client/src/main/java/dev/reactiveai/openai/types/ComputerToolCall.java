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
 * A tool call to a computer use tool. See the
 * <a href="https://platform.openai.com/docs/guides/tools-computer-use">computer use
 * guide</a> for more information.
 *
 * @param type The type of the computer call. Always {@code computer_call}.
 * @param id The unique ID of the computer call.
 * @param callId An identifier used when responding to the tool call with output.
 * @param action A {@link dev.reactiveai.openai.types.ComputerAction} (the API description
 * says no more).
 * @param actions Flattened batched actions for {@code computer_use}. Each action includes
 * an {@code type} discriminator and action-specific fields.
 * @param pendingSafetyChecks The pending safety checks for the computer call.
 * @param status The status of the item. One of {@code in_progress}, {@code completed}, or
 * {@code incomplete}. Populated when items are returned via API.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ComputerToolCall.Reader.class)
public record ComputerToolCall(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("call_id") String callId, @JsonProperty("action") @Nullable ComputerAction action,
		@JsonProperty("actions") @Nullable List<ComputerAction> actions,
		@JsonProperty("pending_safety_checks") List<ComputerCallSafetyCheckParam> pendingSafetyChecks,
		@JsonProperty("status") ComputerToolCall.Status status,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ConversationItem,
			Item,
			ItemField,
			ItemResource,
			OutputItem {

	/**
	 * Creates a {@link ComputerToolCall}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the computer call.
	 * @param id The unique ID of the computer call.
	 * @param callId An identifier used when responding to the tool call with output.
	 * @param action A {@link dev.reactiveai.openai.types.ComputerAction} (the API
	 * description says no more).
	 * @param actions Flattened batched actions for {@code computer_use}.
	 * @param pendingSafetyChecks The pending safety checks for the computer call.
	 * @param status The status of the item.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ComputerToolCall {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ComputerToolCall}.
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
	 * This item, which a next request's input takes as it is: a {@link ComputerToolCall}
	 * is an {@link InputItem}.
	 * @return this item
	 */
	@Override
	public ComputerToolCall asInput() {
		return this;
	}

	/**
	 * The status of the item. One of {@code in_progress}, {@code completed}, or
	 * {@code incomplete}. Populated when items are returned via API.
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
	 * Builds a {@link ComputerToolCall}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String callId;

		private @Nullable ComputerAction action;

		private @Nullable List<ComputerAction> actions;

		private @Nullable List<ComputerCallSafetyCheckParam> pendingSafetyChecks;

		private @Nullable Status status;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "computer_call";
		}

		private Builder(ComputerToolCall source) {
			this.type = source.type();
			this.id = source.id();
			this.callId = source.callId();
			this.action = source.action();
			this.actions = (source.actions() != null) ? new ArrayList<>(source.actions()) : null;
			this.pendingSafetyChecks = (source.pendingSafetyChecks() != null)
					? new ArrayList<>(source.pendingSafetyChecks()) : null;
			this.status = source.status();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the computer call.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * An identifier used when responding to the tool call with output.
		 * @param callId the value (required)
		 * @return this builder
		 */
		public Builder callId(@Nullable String callId) {
			this.callId = callId;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.ComputerAction} (the API description says
		 * no more).
		 * @param action the value
		 * @return this builder
		 */
		public Builder action(@Nullable ComputerAction action) {
			this.action = action;
			return this;
		}

		/**
		 * Flattened batched actions for {@code computer_use}.
		 * <p>
		 * Takes a copy of the list.
		 * @param actions the value
		 * @return this builder
		 */
		public Builder actions(@Nullable List<? extends ComputerAction> actions) {
			this.actions = (actions != null) ? new ArrayList<>(actions) : null;
			return this;
		}

		/**
		 * Flattened batched actions for {@code computer_use}.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param action the item to add
		 * @return this builder
		 */
		public Builder addAction(ComputerAction action) {
			Objects.requireNonNull(action, "'action' must not be null");
			if (this.actions == null) {
				this.actions = new ArrayList<>();
			}
			this.actions.add(action);
			return this;
		}

		/**
		 * The pending safety checks for the computer call.
		 * <p>
		 * Takes a copy of the list.
		 * @param pendingSafetyChecks the value (required)
		 * @return this builder
		 */
		public Builder pendingSafetyChecks(@Nullable List<ComputerCallSafetyCheckParam> pendingSafetyChecks) {
			this.pendingSafetyChecks = (pendingSafetyChecks != null) ? new ArrayList<>(pendingSafetyChecks) : null;
			return this;
		}

		/**
		 * The pending safety checks for the computer call.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param pendingSafetyCheck the item to add
		 * @return this builder
		 */
		public Builder addPendingSafetyCheck(ComputerCallSafetyCheckParam pendingSafetyCheck) {
			Objects.requireNonNull(pendingSafetyCheck, "'pendingSafetyCheck' must not be null");
			if (this.pendingSafetyChecks == null) {
				this.pendingSafetyChecks = new ArrayList<>();
			}
			this.pendingSafetyChecks.add(pendingSafetyCheck);
			return this;
		}

		/**
		 * The status of the item.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the item.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
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
		public ComputerToolCall build() {
			return new ComputerToolCall(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.callId, "'callId' is required"), this.action,
					(this.actions != null) ? Collections.unmodifiableList(new ArrayList<>(this.actions)) : null,
					Collections.unmodifiableList(new ArrayList<>(
							Objects.requireNonNull(this.pendingSafetyChecks, "'pendingSafetyChecks' is required"))),
					Objects.requireNonNull(this.status, "'status' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ComputerToolCall} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ComputerToolCall> {

		Reader() {
			super(ComputerToolCall.class, "type", "id", "call_id", "action", "actions", "pending_safety_checks",
					"status");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 6 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ComputerToolCall create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ComputerToolCall((String) values[0], (String) values[1], (String) values[2],
					(ComputerAction) values[3], (List<ComputerAction>) values[4],
					(List<ComputerCallSafetyCheckParam>) values[5], (Status) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ComputerToolCall} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ComputerToolCall> {

		Writer() {
			super(ComputerToolCall.class, "type", "id", "call_id", "action", "actions", "pending_safety_checks",
					"status");
		}

		@Override
		protected @Nullable Object value(ComputerToolCall record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.callId();
				case 3 -> record.action();
				case 4 -> record.actions();
				case 5 -> record.pendingSafetyChecks();
				case 6 -> record.status();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ComputerToolCall record) {
			return record.additionalProperties();
		}

	}
}
