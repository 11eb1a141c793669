// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * @param type The type of the message input.
 * @param role The role of the message input.
 * @param status The status of item.
 * @param content A list of one or many input items to the model, containing different
 * content types.
 * @param id The unique ID of the message input.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record InputMessageResource(@JsonProperty("type") String type,
		@JsonProperty("role") InputMessageResource.Role role,
		@JsonProperty("status") InputMessageResource.@Nullable Status status,
		@JsonProperty("content") List<InputContent> content, @JsonProperty("id") String id,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ItemResource {

	public InputMessageResource {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link InputMessageResource}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The role of the message input. One of `user`, `system`, or `developer`.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Role(@JsonValue String value) {
		public static final Role USER = new Role("user");

		public static final Role SYSTEM = new Role("system");

		public static final Role DEVELOPER = new Role("developer");

		public Role {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
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
	 * The status of item. One of `in_progress`, `completed`, or `incomplete`. Populated
	 * when items are returned via API.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		public static final Status IN_PROGRESS = new Status("in_progress");

		public static final Status COMPLETED = new Status("completed");

		public static final Status INCOMPLETE = new Status("incomplete");

		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
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
	 * Builds a {@link InputMessageResource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Role role;

		private @Nullable Status status;

		private @Nullable List<InputContent> content;

		private @Nullable String id;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "message";
		}

		private Builder(InputMessageResource source) {
			this.type = source.type();
			this.role = source.role();
			this.status = source.status();
			this.content = source.content();
			this.id = source.id();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of the message input. Always set to `message`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code role}: The role of the message input. One of `user`, `system`, or
		 * `developer`.
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable Role role) {
			this.role = role;
			return this;
		}

		/**
		 * Set {@code role} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder role(String value) {
			return role(Role.of(value));
		}

		/**
		 * Set {@code status}: The status of item. One of `in_progress`, `completed`, or
		 * `incomplete`. Populated when items are returned via API.
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code status} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * Set {@code content}: A list of one or many input items to the model, containing
		 * different content types.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<InputContent> content) {
			this.content = content;
			return this;
		}

		/**
		 * Set {@code id}: The unique ID of the message input.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
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
		public InputMessageResource build() {
			return new InputMessageResource(this.type, Objects.requireNonNull(this.role, "'role' is required"),
					this.status, Objects.requireNonNull(this.content, "'content' is required"),
					Objects.requireNonNull(this.id, "'id' is required"), this.additionalProperties);
		}

	}
}
