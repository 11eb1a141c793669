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
 * The request body of {@code POST /organization/invites}: Create an invite for a user to
 * the organization.
 *
 * @param email Send an email to this address
 * @param role {@code owner} or {@code reader}
 * @param projects An array of projects to which membership is granted at the same time
 * the org invite is accepted. If omitted, the user will be invited to the default project
 * for compatibility with legacy behavior.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InviteRequest.Reader.class)
public record InviteRequest(@JsonProperty("email") String email, @JsonProperty("role") InviteRequest.Role role,
		@JsonProperty("projects") @Nullable List<InviteRequest.Project> projects,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link InviteRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param email Send an email to this address
	 * @param role {@code owner} or {@code reader}
	 * @param projects An array of projects to which membership is granted at the same
	 * time the org invite is accepted.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public InviteRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link InviteRequest}.
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
		 * The value {@code reader}.
		 */
		public static final Role READER = new Role("reader");

		/**
		 * The value {@code owner}.
		 */
		public static final Role OWNER = new Role("owner");

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
				case "reader" -> READER;
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
				case "reader", "owner" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * An item of a {@link InviteRequest}'s {@code projects}.
	 *
	 * @param id Project's public ID
	 * @param role Project membership role
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Project.Reader.class)
	public static record Project(@JsonProperty("id") String id, @JsonProperty("role") Project.Role role,
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
			 * @param id the value (required)
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * Project membership role
			 * @param role the value (required)
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
			 * @param value the value (required)
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
				return new Project(Objects.requireNonNull(this.id, "'id' is required"),
						Objects.requireNonNull(this.role, "'role' is required"), this.additionalProperties);
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
	 * Builds a {@link InviteRequest}.
	 */
	public static final class Builder {

		private @Nullable String email;

		private @Nullable Role role;

		private @Nullable List<Project> projects;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(InviteRequest source) {
			this.email = source.email();
			this.role = source.role();
			this.projects = (source.projects() != null) ? new ArrayList<>(source.projects()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Send an email to this address
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
		 * An array of projects to which membership is granted at the same time the org
		 * invite is accepted.
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
		 * An array of projects to which membership is granted at the same time the org
		 * invite is accepted.
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
		public InviteRequest build() {
			return new InviteRequest(Objects.requireNonNull(this.email, "'email' is required"),
					Objects.requireNonNull(this.role, "'role' is required"),
					(this.projects != null) ? Collections.unmodifiableList(new ArrayList<>(this.projects)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InviteRequest} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InviteRequest> {

		Reader() {
			super(InviteRequest.class, "email", "role", "projects");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Role.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected InviteRequest create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new InviteRequest((String) values[0], (Role) values[1], (List<Project>) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link InviteRequest} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InviteRequest> {

		Writer() {
			super(InviteRequest.class, "email", "role", "projects");
		}

		@Override
		protected @Nullable Object value(InviteRequest record, int index) {
			return switch (index) {
				case 0 -> record.email();
				case 1 -> record.role();
				case 2 -> record.projects();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InviteRequest record) {
			return record.additionalProperties();
		}

	}
}
