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
 * A message input to the model with a role indicating instruction following hierarchy.
 * Instructions given with the {@code developer} or {@code system} role take precedence
 * over instructions given with the {@code user} role.
 *
 * @param type The type of the message input. Always set to {@code message}.
 * @param role The role of the message input. One of {@code user}, {@code system}, or
 * {@code developer}.
 * @param status The status of item. One of {@code in_progress}, {@code completed}, or
 * {@code incomplete}. Populated when items are returned via API.
 * @param content A list of one or many input items to the model, containing different
 * content types.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InputMessage.Reader.class)
public record InputMessage(@JsonProperty("type") @Nullable String type, @JsonProperty("role") InputMessage.Role role,
		@JsonProperty("status") InputMessage.@Nullable Status status,
		@JsonProperty("content") List<InputContent> content,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Item {

	/**
	 * Creates a {@link InputMessage}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the message input.
	 * @param role The role of the message input.
	 * @param status The status of item.
	 * @param content A list of one or many input items to the model, containing different
	 * content types.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public InputMessage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link InputMessage}.
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
	 * The role of the message input. One of {@code user}, {@code system}, or
	 * {@code developer}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Role(@JsonValue String value) {
		/**
		 * The value {@code user}.
		 */
		public static final Role USER = new Role("user");

		/**
		 * The value {@code system}.
		 */
		public static final Role SYSTEM = new Role("system");

		/**
		 * The value {@code developer}.
		 */
		public static final Role DEVELOPER = new Role("developer");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Role {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Role of(String value) {
			return switch (value) {
				case "user" -> USER;
				case "system" -> SYSTEM;
				case "developer" -> DEVELOPER;
				default -> new Role(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "user", "system", "developer" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The status of item. One of {@code in_progress}, {@code completed}, or
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
	 * Builds a {@link InputMessage}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Role role;

		private @Nullable Status status;

		private @Nullable List<InputContent> content;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "message";
		}

		private Builder(InputMessage source) {
			this.type = source.type();
			this.role = source.role();
			this.status = source.status();
			this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The role of the message input.
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable Role role) {
			this.role = role;
			return this;
		}

		/**
		 * The role of the message input.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder role(String value) {
			return role(Role.of(value));
		}

		/**
		 * The status of item.
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of item.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * A list of one or many input items to the model, containing different content
		 * types.
		 * <p>
		 * Takes a copy of the list.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<? extends InputContent> content) {
			this.content = (content != null) ? new ArrayList<>(content) : null;
			return this;
		}

		/**
		 * A list of one or many input items to the model, containing different content
		 * types.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param content the item to add
		 * @return this builder
		 */
		public Builder addContent(InputContent content) {
			Objects.requireNonNull(content, "'content' must not be null");
			if (this.content == null) {
				this.content = new ArrayList<>();
			}
			this.content.add(content);
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
		public InputMessage build() {
			return new InputMessage(this.type, Objects.requireNonNull(this.role, "'role' is required"), this.status,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.content, "'content' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InputMessage} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InputMessage> {

		Reader() {
			super(InputMessage.class, "type", "role", "status", "content");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Role.of(value);
				case 2 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected InputMessage create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new InputMessage((String) values[0], (Role) values[1], (Status) values[2],
					(List<InputContent>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link InputMessage} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InputMessage> {

		Writer() {
			super(InputMessage.class, "type", "role", "status", "content");
		}

		@Override
		protected @Nullable Object value(InputMessage record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.role();
				case 2 -> record.status();
				case 3 -> record.content();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InputMessage record) {
			return record.additionalProperties();
		}

	}
}
