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
 * An output message from the model.
 *
 * @param id The unique ID of the output message.
 * @param type The type of the output message. Always {@code message}.
 * @param role The role of the output message. Always {@code assistant}.
 * @param content The content of the output message.
 * @param phase Labels an {@code assistant} message as intermediate commentary
 * ({@code commentary}) or the final answer ({@code final_answer}). For models like
 * {@code gpt-5.3-codex} and beyond, when sending follow-up requests, preserve and resend
 * phase on all assistant messages — dropping it can degrade performance. Not used for
 * user messages.
 * @param status The status of the message input. One of {@code in_progress},
 * {@code completed}, or {@code incomplete}. Populated when input items are returned via
 * API.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OutputMessage.Reader.class)
public record OutputMessage(@JsonProperty("id") String id, @JsonProperty("type") String type,
		@JsonProperty("role") String role, @JsonProperty("content") List<OutputMessageContent> content,
		@JsonProperty("phase") @Nullable MessagePhase phase, @JsonProperty("status") OutputMessage.Status status,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			Item,
			ItemResource,
			OutputItem {

	/**
	 * Creates a {@link OutputMessage}, filling in {@code type} and {@code role} with
	 * their single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The unique ID of the output message.
	 * @param type The type of the output message.
	 * @param role The role of the output message.
	 * @param content The content of the output message.
	 * @param phase Labels an {@code assistant} message as intermediate commentary
	 * ({@code commentary}) or the final answer ({@code final_answer}).
	 * @param status The status of the message input.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OutputMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OutputMessage}.
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
	 * This item, which a next request's input takes as it is: a {@link OutputMessage} is
	 * an {@link InputItem}.
	 * @return this item
	 */
	@Override
	public OutputMessage asInput() {
		return this;
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
	 * Builds a {@link OutputMessage}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String type;

		private @Nullable String role;

		private @Nullable List<OutputMessageContent> content;

		private @Nullable MessagePhase phase;

		private @Nullable Status status;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "message";
			this.role = "assistant";
		}

		private Builder(OutputMessage source) {
			this.id = source.id();
			this.type = source.type();
			this.role = source.role();
			this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
			this.phase = source.phase();
			this.status = source.status();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the output message.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The content of the output message.
		 * <p>
		 * Takes a copy of the list.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<? extends OutputMessageContent> content) {
			this.content = (content != null) ? new ArrayList<>(content) : null;
			return this;
		}

		/**
		 * The content of the output message.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param content the item to add
		 * @return this builder
		 */
		public Builder addContent(OutputMessageContent content) {
			Objects.requireNonNull(content, "'content' must not be null");
			if (this.content == null) {
				this.content = new ArrayList<>();
			}
			this.content.add(content);
			return this;
		}

		/**
		 * Labels an {@code assistant} message as intermediate commentary
		 * ({@code commentary}) or the final answer ({@code final_answer}).
		 * @param phase the value
		 * @return this builder
		 */
		public Builder phase(@Nullable MessagePhase phase) {
			this.phase = phase;
			return this;
		}

		/**
		 * Labels an {@code assistant} message as intermediate commentary
		 * ({@code commentary}) or the final answer ({@code final_answer}).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder phase(String value) {
			return phase(MessagePhase.of(value));
		}

		/**
		 * The status of the message input.
		 * @param status the value (required)
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
		public OutputMessage build() {
			return new OutputMessage(Objects.requireNonNull(this.id, "'id' is required"), this.type, this.role,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.content, "'content' is required"))),
					this.phase, Objects.requireNonNull(this.status, "'status' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OutputMessage} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OutputMessage> {

		Reader() {
			super(OutputMessage.class, "id", "type", "role", "content", "phase", "status");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 4 -> MessagePhase.of(value);
				case 5 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected OutputMessage create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new OutputMessage((String) values[0], (String) values[1], (String) values[2],
					(List<OutputMessageContent>) values[3], (MessagePhase) values[4], (Status) values[5],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link OutputMessage} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OutputMessage> {

		Writer() {
			super(OutputMessage.class, "id", "type", "role", "content", "phase", "status");
		}

		@Override
		protected @Nullable Object value(OutputMessage record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.type();
				case 2 -> record.role();
				case 3 -> record.content();
				case 4 -> record.phase();
				case 5 -> record.status();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OutputMessage record) {
			return record.additionalProperties();
		}

	}
}
