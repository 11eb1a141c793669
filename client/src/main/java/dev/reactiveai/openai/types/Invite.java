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
 * Represents an individual {@code invite} to the organization.
 *
 * @param object The object type, which is always {@code organization.invite}
 * @param id The identifier, which can be referenced in API endpoints
 * @param email The email address of the individual to whom the invite was sent
 * @param role {@code owner} or {@code reader}
 * @param status {@code accepted},{@code expired}, or {@code pending}
 * @param invitedAt The Unix timestamp (in seconds) of when the invite was sent.
 * @param expiresAt The Unix timestamp (in seconds) of when the invite expires.
 * @param acceptedAt The Unix timestamp (in seconds) of when the invite was accepted.
 * @param projects The projects that were granted membership upon acceptance of the
 * invite.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Invite.Reader.class)
public record Invite(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("email") String email, @JsonProperty("role") Invite.Role role,
		@JsonProperty("status") Invite.Status status, @JsonProperty("invited_at") Long invitedAt,
		@JsonProperty("expires_at") Long expiresAt, @JsonProperty("accepted_at") @Nullable Long acceptedAt,
		@JsonProperty("projects") @Nullable List<Invite.Project> projects,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Invite}, filling in {@code object} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param object The object type, which is always {@code organization.invite}
	 * @param id The identifier, which can be referenced in API endpoints
	 * @param email The email address of the individual to whom the invite was sent
	 * @param role {@code owner} or {@code reader}
	 * @param status {@code accepted},{@code expired}, or {@code pending}
	 * @param invitedAt The Unix timestamp (in seconds) of when the invite was sent.
	 * @param expiresAt The Unix timestamp (in seconds) of when the invite expires.
	 * @param acceptedAt The Unix timestamp (in seconds) of when the invite was accepted.
	 * @param projects The projects that were granted membership upon acceptance of the
	 * invite.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Invite {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Invite}.
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
	 * {@code owner} or {@code reader}
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Role(@JsonValue String value) {
		/**
		 * The value {@code owner}.
		 */
		public static final Role OWNER = new Role("owner");

		/**
		 * The value {@code reader}.
		 */
		public static final Role READER = new Role("reader");

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
				case "owner" -> OWNER;
				case "reader" -> READER;
				default -> new Role(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
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
	 * {@code accepted},{@code expired}, or {@code pending}
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code accepted}.
		 */
		public static final Status ACCEPTED = new Status("accepted");

		/**
		 * The value {@code expired}.
		 */
		public static final Status EXPIRED = new Status("expired");

		/**
		 * The value {@code pending}.
		 */
		public static final Status PENDING = new Status("pending");

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
				case "accepted" -> ACCEPTED;
				case "expired" -> EXPIRED;
				case "pending" -> PENDING;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
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
	 * An item of a {@link Invite}'s {@code projects}.
	 *
	 * @param id Project's public ID
	 * @param role Project membership role
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Project.Reader.class)
	public static record Project(@JsonProperty("id") @Nullable String id,
			@JsonProperty("role") Project.@Nullable Role role,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Project}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param id Project's public ID
		 * @param role Project membership role
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Project {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Project}.
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
		 * Project membership role
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Role(@JsonValue String value) {
			/**
			 * The value {@code member}.
			 */
			public static final Role MEMBER = new Role("member");

			/**
			 * The value {@code owner}.
			 */
			public static final Role OWNER = new Role("owner");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
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
					case "member" -> MEMBER;
					case "owner" -> OWNER;
					default -> new Role(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
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
		 * Builds a {@link Project}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable Role role;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Project source) {
				this.id = source.id();
				this.role = source.role();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Project's public ID
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * Project membership role
			 * @param role the value
			 * @return this builder
			 */
			public Builder role(@Nullable Role role) {
				this.role = role;
				return this;
			}

			/**
			 * Project membership role
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
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
			public Project build() {
				return new Project(this.id, this.role, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Project} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Project> {

			Reader() {
				super(Project.class, "id", "role");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 1 -> Role.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected Project create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Project((String) values[0], (Role) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Project} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Project> {

			Writer() {
				super(Project.class, "id", "role");
			}

			@Override
			protected @Nullable Object value(Project record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.role();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Project record) {
				return record.additionalProperties();
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

		private @Nullable List<Project> projects;

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
			this.projects = (source.projects() != null) ? new ArrayList<>(source.projects()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The identifier, which can be referenced in API endpoints
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The email address of the individual to whom the invite was sent
		 * @param email the value (required)
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			this.email = email;
			return this;
		}

		/**
		 * {@code owner} or {@code reader}
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable Role role) {
			this.role = role;
			return this;
		}

		/**
		 * {@code owner} or {@code reader}
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder role(String value) {
			return role(Role.of(value));
		}

		/**
		 * {@code accepted},{@code expired}, or {@code pending}
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * {@code accepted},{@code expired}, or {@code pending}
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * The Unix timestamp (in seconds) of when the invite was sent.
		 * @param invitedAt the value (required)
		 * @return this builder
		 */
		public Builder invitedAt(@Nullable Long invitedAt) {
			this.invitedAt = invitedAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) of when the invite expires.
		 * @param expiresAt the value (required)
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) of when the invite was accepted.
		 * @param acceptedAt the value
		 * @return this builder
		 */
		public Builder acceptedAt(@Nullable Long acceptedAt) {
			this.acceptedAt = acceptedAt;
			return this;
		}

		/**
		 * The projects that were granted membership upon acceptance of the invite.
		 * <p>
		 * Takes a copy of the list.
		 * @param projects the value
		 * @return this builder
		 */
		public Builder projects(@Nullable List<Project> projects) {
			this.projects = (projects != null) ? new ArrayList<>(projects) : null;
			return this;
		}

		/**
		 * The projects that were granted membership upon acceptance of the invite.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param project the item to add
		 * @return this builder
		 */
		public Builder addProject(Project project) {
			Objects.requireNonNull(project, "'project' must not be null");
			if (this.projects == null) {
				this.projects = new ArrayList<>();
			}
			this.projects.add(project);
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
					Objects.requireNonNull(this.expiresAt, "'expiresAt' is required"), this.acceptedAt,
					(this.projects != null) ? Collections.unmodifiableList(new ArrayList<>(this.projects)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Invite} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Invite> {

		Reader() {
			super(Invite.class, "object", "id", "email", "role", "status", "invited_at", "expires_at", "accepted_at",
					"projects");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 3 -> Role.of(value);
				case 4 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Invite create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Invite((String) values[0], (String) values[1], (String) values[2], (Role) values[3],
					(Status) values[4], (Long) values[5], (Long) values[6], (Long) values[7], (List<Project>) values[8],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link Invite} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Invite> {

		Writer() {
			super(Invite.class, "object", "id", "email", "role", "status", "invited_at", "expires_at", "accepted_at",
					"projects");
		}

		@Override
		protected @Nullable Object value(Invite record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.email();
				case 3 -> record.role();
				case 4 -> record.status();
				case 5 -> record.invitedAt();
				case 6 -> record.expiresAt();
				case 7 -> record.acceptedAt();
				case 8 -> record.projects();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Invite record) {
			return record.additionalProperties();
		}

	}
}
