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

/**
 * Represents an individual `invite` to the organization.
 *
 * @param object The object type, which is always `organization.invite`
 * @param id The identifier, which can be referenced in API endpoints
 * @param email The email address of the individual to whom the invite was sent
 * @param role `owner` or `reader`
 * @param status `accepted`,`expired`, or `pending`
 * @param invitedAt The Unix timestamp (in seconds) of when the invite was sent.
 * @param expiresAt The Unix timestamp (in seconds) of when the invite expires.
 * @param acceptedAt The Unix timestamp (in seconds) of when the invite was accepted.
 * @param projects The projects that were granted membership upon acceptance of the
 * invite.
 * @param additionalProperties properties that this version of the client does not know
 */
public record Invite(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("email") String email, @JsonProperty("role") Invite.Role role,
		@JsonProperty("status") Invite.Status status, @JsonProperty("invited_at") Long invitedAt,
		@JsonProperty("expires_at") Long expiresAt, @JsonProperty("accepted_at") @Nullable Long acceptedAt,
		@JsonProperty("projects") @Nullable List<Invite.ProjectsItem> projects,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public Invite {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link Invite}.
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
	 * `owner` or `reader`
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Role(@JsonValue String value) {
		public static final Role OWNER = new Role("owner");

		public static final Role READER = new Role("reader");

		public Role {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Role of(String value) {
			return switch (value) {
				case "owner" -> OWNER;
				case "reader" -> READER;
				default -> new Role(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "owner", "reader" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * `accepted`,`expired`, or `pending`
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		public static final Status ACCEPTED = new Status("accepted");

		public static final Status EXPIRED = new Status("expired");

		public static final Status PENDING = new Status("pending");

		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "accepted" -> ACCEPTED;
				case "expired" -> EXPIRED;
				case "pending" -> PENDING;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "accepted", "expired", "pending" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * @param id Project's public ID
	 * @param role Project membership role
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record ProjectsItem(@JsonProperty("id") @Nullable String id,
			@JsonProperty("role") ProjectsItem.@Nullable Role role,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public ProjectsItem {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ProjectsItem}.
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
		 * Project membership role
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Role(@JsonValue String value) {
			public static final Role MEMBER = new Role("member");

			public static final Role OWNER = new Role("owner");

			public Role {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 */
			@JsonCreator
			public static Role of(String value) {
				return switch (value) {
					case "member" -> MEMBER;
					case "owner" -> OWNER;
					default -> new Role(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "member", "owner" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link ProjectsItem}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable Role role;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ProjectsItem source) {
				this.id = source.id();
				this.role = source.role();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code id}: Project's public ID
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * Set {@code role}: Project membership role
			 * @param role the value
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
			public ProjectsItem build() {
				return new ProjectsItem(this.id, this.role, this.additionalProperties);
			}

		}
	}

	/**
	 * Builds a {@link Invite}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String email;

		private @Nullable Role role;

		private @Nullable Status status;

		private @Nullable Long invitedAt;

		private @Nullable Long expiresAt;

		private @Nullable Long acceptedAt;

		private @Nullable List<ProjectsItem> projects;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.invite";
		}

		private Builder(Invite source) {
			this.object = source.object();
			this.id = source.id();
			this.email = source.email();
			this.role = source.role();
			this.status = source.status();
			this.invitedAt = source.invitedAt();
			this.expiresAt = source.expiresAt();
			this.acceptedAt = source.acceptedAt();
			this.projects = source.projects();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code object}: The object type, which is always `organization.invite`
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Set {@code id}: The identifier, which can be referenced in API endpoints
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set {@code email}: The email address of the individual to whom the invite was
		 * sent
		 * @param email the value (required)
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			this.email = email;
			return this;
		}

		/**
		 * Set {@code role}: `owner` or `reader`
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
		 * Set {@code status}: `accepted`,`expired`, or `pending`
		 * @param status the value (required)
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
		 * Set {@code invited_at}: The Unix timestamp (in seconds) of when the invite was
		 * sent.
		 * @param invitedAt the value (required)
		 * @return this builder
		 */
		public Builder invitedAt(@Nullable Long invitedAt) {
			this.invitedAt = invitedAt;
			return this;
		}

		/**
		 * Set {@code expires_at}: The Unix timestamp (in seconds) of when the invite
		 * expires.
		 * @param expiresAt the value (required)
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * Set {@code accepted_at}: The Unix timestamp (in seconds) of when the invite was
		 * accepted.
		 * @param acceptedAt the value
		 * @return this builder
		 */
		public Builder acceptedAt(@Nullable Long acceptedAt) {
			this.acceptedAt = acceptedAt;
			return this;
		}

		/**
		 * Set {@code projects}: The projects that were granted membership upon acceptance
		 * of the invite.
		 * @param projects the value
		 * @return this builder
		 */
		public Builder projects(@Nullable List<ProjectsItem> projects) {
			this.projects = projects;
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
		public Invite build() {
			return new Invite(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.email, "'email' is required"),
					Objects.requireNonNull(this.role, "'role' is required"),
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.invitedAt, "'invitedAt' is required"),
					Objects.requireNonNull(this.expiresAt, "'expiresAt' is required"), this.acceptedAt, this.projects,
					this.additionalProperties);
		}

	}
}
