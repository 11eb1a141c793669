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
 * A log of a user action or configuration change within this organization.
 *
 * @param id The ID of this log.
 * @param type The event type.
 * @param effectiveAt The Unix timestamp (in seconds) of the event.
 * @param project The project that the action was scoped to. Absent for actions not scoped
 * to projects. Note that any admin actions taken via Admin API keys are associated with
 * the default project.
 * @param actor The actor who performed the audit logged action.
 * @param apiKeyCreated The details for events with this {@code type}.
 * @param apiKeyUpdated The details for events with this {@code type}.
 * @param apiKeyDeleted The details for events with this {@code type}.
 * @param checkpointPermissionCreated The project and fine-tuned model checkpoint that the
 * checkpoint permission was created for.
 * @param checkpointPermissionDeleted The details for events with this {@code type}.
 * @param externalKeyRegistered The details for events with this {@code type}.
 * @param externalKeyRemoved The details for events with this {@code type}.
 * @param groupCreated The details for events with this {@code type}.
 * @param groupUpdated The details for events with this {@code type}.
 * @param groupDeleted The details for events with this {@code type}.
 * @param scimEnabled The details for events with this {@code type}.
 * @param scimDisabled The details for events with this {@code type}.
 * @param inviteSent The details for events with this {@code type}.
 * @param inviteAccepted The details for events with this {@code type}.
 * @param inviteDeleted The details for events with this {@code type}.
 * @param ipAllowlistCreated The details for events with this {@code type}.
 * @param ipAllowlistUpdated The details for events with this {@code type}.
 * @param ipAllowlistDeleted The details for events with this {@code type}.
 * @param ipAllowlistConfigActivated The details for events with this {@code type}.
 * @param ipAllowlistConfigDeactivated The details for events with this {@code type}.
 * @param loginSucceeded This event has no additional fields beyond the standard audit log
 * attributes.
 * @param loginFailed The details for events with this {@code type}.
 * @param logoutSucceeded This event has no additional fields beyond the standard audit
 * log attributes.
 * @param logoutFailed The details for events with this {@code type}.
 * @param organizationUpdated The details for events with this {@code type}.
 * @param projectCreated The details for events with this {@code type}.
 * @param projectUpdated The details for events with this {@code type}.
 * @param projectArchived The details for events with this {@code type}.
 * @param projectDeleted The details for events with this {@code type}.
 * @param rateLimitUpdated The details for events with this {@code type}.
 * @param rateLimitDeleted The details for events with this {@code type}.
 * @param roleCreated The details for events with this {@code type}.
 * @param roleUpdated The details for events with this {@code type}.
 * @param roleDeleted The details for events with this {@code type}.
 * @param roleAssignmentCreated The details for events with this {@code type}.
 * @param roleAssignmentDeleted The details for events with this {@code type}.
 * @param serviceAccountCreated The details for events with this {@code type}.
 * @param serviceAccountUpdated The details for events with this {@code type}.
 * @param serviceAccountDeleted The details for events with this {@code type}.
 * @param userAdded The details for events with this {@code type}.
 * @param userUpdated The details for events with this {@code type}.
 * @param userDeleted The details for events with this {@code type}.
 * @param certificateCreated The details for events with this {@code type}.
 * @param certificateUpdated The details for events with this {@code type}.
 * @param certificateDeleted The details for events with this {@code type}.
 * @param certificatesActivated The details for events with this {@code type}.
 * @param certificatesDeactivated The details for events with this {@code type}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AuditLog.Reader.class)
public record AuditLog(@JsonProperty("id") String id, @JsonProperty("type") AuditLogEventType type,
		@JsonProperty("effective_at") Long effectiveAt, @JsonProperty("project") AuditLog.@Nullable Project project,
		@JsonProperty("actor") AuditLogActor actor,
		@JsonProperty("api_key.created") AuditLog.@Nullable ApiKeyCreated apiKeyCreated,
		@JsonProperty("api_key.updated") AuditLog.@Nullable ApiKeyUpdated apiKeyUpdated,
		@JsonProperty("api_key.deleted") AuditLog.@Nullable ApiKeyDeleted apiKeyDeleted,
		@JsonProperty("checkpoint.permission.created") AuditLog.@Nullable CheckpointPermissionCreated checkpointPermissionCreated,
		@JsonProperty("checkpoint.permission.deleted") AuditLog.@Nullable CheckpointPermissionDeleted checkpointPermissionDeleted,
		@JsonProperty("external_key.registered") AuditLog.@Nullable ExternalKeyRegistered externalKeyRegistered,
		@JsonProperty("external_key.removed") AuditLog.@Nullable ExternalKeyRemoved externalKeyRemoved,
		@JsonProperty("group.created") AuditLog.@Nullable GroupCreated groupCreated,
		@JsonProperty("group.updated") AuditLog.@Nullable GroupUpdated groupUpdated,
		@JsonProperty("group.deleted") AuditLog.@Nullable GroupDeleted groupDeleted,
		@JsonProperty("scim.enabled") AuditLog.@Nullable ScimEnabled scimEnabled,
		@JsonProperty("scim.disabled") AuditLog.@Nullable ScimDisabled scimDisabled,
		@JsonProperty("invite.sent") AuditLog.@Nullable InviteSent inviteSent,
		@JsonProperty("invite.accepted") AuditLog.@Nullable InviteAccepted inviteAccepted,
		@JsonProperty("invite.deleted") AuditLog.@Nullable InviteDeleted inviteDeleted,
		@JsonProperty("ip_allowlist.created") AuditLog.@Nullable IpAllowlistCreated ipAllowlistCreated,
		@JsonProperty("ip_allowlist.updated") AuditLog.@Nullable IpAllowlistUpdated ipAllowlistUpdated,
		@JsonProperty("ip_allowlist.deleted") AuditLog.@Nullable IpAllowlistDeleted ipAllowlistDeleted,
		@JsonProperty("ip_allowlist.config.activated") AuditLog.@Nullable IpAllowlistConfigActivated ipAllowlistConfigActivated,
		@JsonProperty("ip_allowlist.config.deactivated") AuditLog.@Nullable IpAllowlistConfigDeactivated ipAllowlistConfigDeactivated,
		@JsonProperty("login.succeeded") @Nullable Map<String, Object> loginSucceeded,
		@JsonProperty("login.failed") AuditLog.@Nullable LoginFailed loginFailed,
		@JsonProperty("logout.succeeded") @Nullable Map<String, Object> logoutSucceeded,
		@JsonProperty("logout.failed") AuditLog.@Nullable LogoutFailed logoutFailed,
		@JsonProperty("organization.updated") AuditLog.@Nullable OrganizationUpdated organizationUpdated,
		@JsonProperty("project.created") AuditLog.@Nullable ProjectCreated projectCreated,
		@JsonProperty("project.updated") AuditLog.@Nullable ProjectUpdated projectUpdated,
		@JsonProperty("project.archived") AuditLog.@Nullable ProjectArchived projectArchived,
		@JsonProperty("project.deleted") AuditLog.@Nullable ProjectDeleted projectDeleted,
		@JsonProperty("rate_limit.updated") AuditLog.@Nullable RateLimitUpdated rateLimitUpdated,
		@JsonProperty("rate_limit.deleted") AuditLog.@Nullable RateLimitDeleted rateLimitDeleted,
		@JsonProperty("role.created") AuditLog.@Nullable RoleCreated roleCreated,
		@JsonProperty("role.updated") AuditLog.@Nullable RoleUpdated roleUpdated,
		@JsonProperty("role.deleted") AuditLog.@Nullable RoleDeleted roleDeleted,
		@JsonProperty("role.assignment.created") AuditLog.@Nullable RoleAssignmentCreated roleAssignmentCreated,
		@JsonProperty("role.assignment.deleted") AuditLog.@Nullable RoleAssignmentDeleted roleAssignmentDeleted,
		@JsonProperty("service_account.created") AuditLog.@Nullable ServiceAccountCreated serviceAccountCreated,
		@JsonProperty("service_account.updated") AuditLog.@Nullable ServiceAccountUpdated serviceAccountUpdated,
		@JsonProperty("service_account.deleted") AuditLog.@Nullable ServiceAccountDeleted serviceAccountDeleted,
		@JsonProperty("user.added") AuditLog.@Nullable UserAdded userAdded,
		@JsonProperty("user.updated") AuditLog.@Nullable UserUpdated userUpdated,
		@JsonProperty("user.deleted") AuditLog.@Nullable UserDeleted userDeleted,
		@JsonProperty("certificate.created") AuditLog.@Nullable CertificateCreated certificateCreated,
		@JsonProperty("certificate.updated") AuditLog.@Nullable CertificateUpdated certificateUpdated,
		@JsonProperty("certificate.deleted") AuditLog.@Nullable CertificateDeleted certificateDeleted,
		@JsonProperty("certificates.activated") AuditLog.@Nullable CertificatesActivated certificatesActivated,
		@JsonProperty("certificates.deactivated") AuditLog.@Nullable CertificatesDeactivated certificatesDeactivated,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link AuditLog}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id The ID of this log.
	 * @param type The event type.
	 * @param effectiveAt The Unix timestamp (in seconds) of the event.
	 * @param project The project that the action was scoped to.
	 * @param actor The actor who performed the audit logged action.
	 * @param apiKeyCreated The details for events with this {@code type}.
	 * @param apiKeyUpdated The details for events with this {@code type}.
	 * @param apiKeyDeleted The details for events with this {@code type}.
	 * @param checkpointPermissionCreated The project and fine-tuned model checkpoint that
	 * the checkpoint permission was created for.
	 * @param checkpointPermissionDeleted The details for events with this {@code type}.
	 * @param externalKeyRegistered The details for events with this {@code type}.
	 * @param externalKeyRemoved The details for events with this {@code type}.
	 * @param groupCreated The details for events with this {@code type}.
	 * @param groupUpdated The details for events with this {@code type}.
	 * @param groupDeleted The details for events with this {@code type}.
	 * @param scimEnabled The details for events with this {@code type}.
	 * @param scimDisabled The details for events with this {@code type}.
	 * @param inviteSent The details for events with this {@code type}.
	 * @param inviteAccepted The details for events with this {@code type}.
	 * @param inviteDeleted The details for events with this {@code type}.
	 * @param ipAllowlistCreated The details for events with this {@code type}.
	 * @param ipAllowlistUpdated The details for events with this {@code type}.
	 * @param ipAllowlistDeleted The details for events with this {@code type}.
	 * @param ipAllowlistConfigActivated The details for events with this {@code type}.
	 * @param ipAllowlistConfigDeactivated The details for events with this {@code type}.
	 * @param loginSucceeded This event has no additional fields beyond the standard audit
	 * log attributes.
	 * @param loginFailed The details for events with this {@code type}.
	 * @param logoutSucceeded This event has no additional fields beyond the standard
	 * audit log attributes.
	 * @param logoutFailed The details for events with this {@code type}.
	 * @param organizationUpdated The details for events with this {@code type}.
	 * @param projectCreated The details for events with this {@code type}.
	 * @param projectUpdated The details for events with this {@code type}.
	 * @param projectArchived The details for events with this {@code type}.
	 * @param projectDeleted The details for events with this {@code type}.
	 * @param rateLimitUpdated The details for events with this {@code type}.
	 * @param rateLimitDeleted The details for events with this {@code type}.
	 * @param roleCreated The details for events with this {@code type}.
	 * @param roleUpdated The details for events with this {@code type}.
	 * @param roleDeleted The details for events with this {@code type}.
	 * @param roleAssignmentCreated The details for events with this {@code type}.
	 * @param roleAssignmentDeleted The details for events with this {@code type}.
	 * @param serviceAccountCreated The details for events with this {@code type}.
	 * @param serviceAccountUpdated The details for events with this {@code type}.
	 * @param serviceAccountDeleted The details for events with this {@code type}.
	 * @param userAdded The details for events with this {@code type}.
	 * @param userUpdated The details for events with this {@code type}.
	 * @param userDeleted The details for events with this {@code type}.
	 * @param certificateCreated The details for events with this {@code type}.
	 * @param certificateUpdated The details for events with this {@code type}.
	 * @param certificateDeleted The details for events with this {@code type}.
	 * @param certificatesActivated The details for events with this {@code type}.
	 * @param certificatesDeactivated The details for events with this {@code type}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AuditLog {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AuditLog}.
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
	 * The project that the action was scoped to. Absent for actions not scoped to
	 * projects. Note that any admin actions taken via Admin API keys are associated with
	 * the default project.
	 *
	 * @param id The project ID.
	 * @param name The project title.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Project.Reader.class)
	public static record Project(@JsonProperty("id") @Nullable String id, @JsonProperty("name") @Nullable String name,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Project}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param id The project ID.
		 * @param name The project title.
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
		 * Builds a {@link Project}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable String name;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Project source) {
				this.id = source.id();
				this.name = source.name();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The project ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The project title.
			 * @param name the value
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
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
			public Project build() {
				return new Project(this.id, this.name, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Project} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Project> {

			Reader() {
				super(Project.class, "id", "name");
			}

			@Override
			protected Project create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Project((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Project} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Project> {

			Writer() {
				super(Project.class, "id", "name");
			}

			@Override
			protected @Nullable Object value(Project record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.name();
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
	 * The details for events with this {@code type}.
	 *
	 * @param id The tracking ID of the API key.
	 * @param data The payload used to create the API key.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ApiKeyCreated.Reader.class)
	public static record ApiKeyCreated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("data") ApiKeyCreated.@Nullable Data data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ApiKeyCreated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The tracking ID of the API key.
		 * @param data The payload used to create the API key.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ApiKeyCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ApiKeyCreated}.
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
		 * The payload used to create the API key.
		 *
		 * @param scopes A list of scopes allowed for the API key, e.g.
		 * {@code ["api.model.request"]}
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Data.Reader.class)
		public static record Data(@JsonProperty("scopes") @Nullable List<String> scopes,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Data}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param scopes A list of scopes allowed for the API key, e.g.
			 * {@code ["api.model.request"]}
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Data {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Data}.
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
			 * Builds a {@link Data}.
			 */
			public static final class Builder {

				private @Nullable List<String> scopes;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Data source) {
					this.scopes = (source.scopes() != null) ? new ArrayList<>(source.scopes()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * A list of scopes allowed for the API key, e.g.
				 * {@code ["api.model.request"]}
				 * <p>
				 * Takes a copy of the list.
				 * @param scopes the value
				 * @return this builder
				 */
				public Builder scopes(@Nullable List<String> scopes) {
					this.scopes = (scopes != null) ? new ArrayList<>(scopes) : null;
					return this;
				}

				/**
				 * A list of scopes allowed for the API key, e.g.
				 * {@code ["api.model.request"]}
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param scope the item to add
				 * @return this builder
				 */
				public Builder addScope(String scope) {
					Objects.requireNonNull(scope, "'scope' must not be null");
					if (this.scopes == null) {
						this.scopes = new ArrayList<>();
					}
					this.scopes.add(scope);
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
				public Data build() {
					return new Data(
							(this.scopes != null) ? Collections.unmodifiableList(new ArrayList<>(this.scopes)) : null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Data} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Data> {

				Reader() {
					super(Data.class, "scopes");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected Data create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Data((List<String>) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Data} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Data> {

				Writer() {
					super(Data.class, "scopes");
				}

				@Override
				protected @Nullable Object value(Data record, int index) {
					return switch (index) {
						case 0 -> record.scopes();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Data record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link ApiKeyCreated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable Data data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ApiKeyCreated source) {
				this.id = source.id();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The tracking ID of the API key.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to create the API key.
			 * @param data the value
			 * @return this builder
			 */
			public Builder data(@Nullable Data data) {
				this.data = data;
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
			public ApiKeyCreated build() {
				return new ApiKeyCreated(this.id, this.data, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ApiKeyCreated} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ApiKeyCreated> {

			Reader() {
				super(ApiKeyCreated.class, "id", "data");
			}

			@Override
			protected ApiKeyCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ApiKeyCreated((String) values[0], (Data) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ApiKeyCreated} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ApiKeyCreated> {

			Writer() {
				super(ApiKeyCreated.class, "id", "data");
			}

			@Override
			protected @Nullable Object value(ApiKeyCreated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ApiKeyCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The tracking ID of the API key.
	 * @param changesRequested The payload used to update the API key.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ApiKeyUpdated.Reader.class)
	public static record ApiKeyUpdated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("changes_requested") ApiKeyUpdated.@Nullable ChangesRequested changesRequested,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ApiKeyUpdated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The tracking ID of the API key.
		 * @param changesRequested The payload used to update the API key.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ApiKeyUpdated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ApiKeyUpdated}.
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
		 * The payload used to update the API key.
		 *
		 * @param scopes A list of scopes allowed for the API key, e.g.
		 * {@code ["api.model.request"]}
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = ChangesRequested.Reader.class)
		public static record ChangesRequested(@JsonProperty("scopes") @Nullable List<String> scopes,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link ChangesRequested}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param scopes A list of scopes allowed for the API key, e.g.
			 * {@code ["api.model.request"]}
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public ChangesRequested {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link ChangesRequested}.
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
			 * Builds a {@link ChangesRequested}.
			 */
			public static final class Builder {

				private @Nullable List<String> scopes;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(ChangesRequested source) {
					this.scopes = (source.scopes() != null) ? new ArrayList<>(source.scopes()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * A list of scopes allowed for the API key, e.g.
				 * {@code ["api.model.request"]}
				 * <p>
				 * Takes a copy of the list.
				 * @param scopes the value
				 * @return this builder
				 */
				public Builder scopes(@Nullable List<String> scopes) {
					this.scopes = (scopes != null) ? new ArrayList<>(scopes) : null;
					return this;
				}

				/**
				 * A list of scopes allowed for the API key, e.g.
				 * {@code ["api.model.request"]}
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param scope the item to add
				 * @return this builder
				 */
				public Builder addScope(String scope) {
					Objects.requireNonNull(scope, "'scope' must not be null");
					if (this.scopes == null) {
						this.scopes = new ArrayList<>();
					}
					this.scopes.add(scope);
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
				public ChangesRequested build() {
					return new ChangesRequested(
							(this.scopes != null) ? Collections.unmodifiableList(new ArrayList<>(this.scopes)) : null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link ChangesRequested} from the parser's tokens; Jackson creates
			 * it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<ChangesRequested> {

				Reader() {
					super(ChangesRequested.class, "scopes");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected ChangesRequested create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new ChangesRequested((List<String>) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link ChangesRequested} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<ChangesRequested> {

				Writer() {
					super(ChangesRequested.class, "scopes");
				}

				@Override
				protected @Nullable Object value(ChangesRequested record, int index) {
					return switch (index) {
						case 0 -> record.scopes();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(ChangesRequested record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link ApiKeyUpdated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable ChangesRequested changesRequested;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ApiKeyUpdated source) {
				this.id = source.id();
				this.changesRequested = source.changesRequested();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The tracking ID of the API key.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to update the API key.
			 * @param changesRequested the value
			 * @return this builder
			 */
			public Builder changesRequested(@Nullable ChangesRequested changesRequested) {
				this.changesRequested = changesRequested;
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
			public ApiKeyUpdated build() {
				return new ApiKeyUpdated(this.id, this.changesRequested, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ApiKeyUpdated} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ApiKeyUpdated> {

			Reader() {
				super(ApiKeyUpdated.class, "id", "changes_requested");
			}

			@Override
			protected ApiKeyUpdated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ApiKeyUpdated((String) values[0], (ChangesRequested) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ApiKeyUpdated} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ApiKeyUpdated> {

			Writer() {
				super(ApiKeyUpdated.class, "id", "changes_requested");
			}

			@Override
			protected @Nullable Object value(ApiKeyUpdated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.changesRequested();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ApiKeyUpdated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The tracking ID of the API key.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ApiKeyDeleted.Reader.class)
	public static record ApiKeyDeleted(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ApiKeyDeleted}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The tracking ID of the API key.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ApiKeyDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ApiKeyDeleted}.
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
		 * Builds a {@link ApiKeyDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ApiKeyDeleted source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The tracking ID of the API key.
			 * @param id the value
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
			public ApiKeyDeleted build() {
				return new ApiKeyDeleted(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ApiKeyDeleted} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ApiKeyDeleted> {

			Reader() {
				super(ApiKeyDeleted.class, "id");
			}

			@Override
			protected ApiKeyDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ApiKeyDeleted((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ApiKeyDeleted} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ApiKeyDeleted> {

			Writer() {
				super(ApiKeyDeleted.class, "id");
			}

			@Override
			protected @Nullable Object value(ApiKeyDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ApiKeyDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The project and fine-tuned model checkpoint that the checkpoint permission was
	 * created for.
	 *
	 * @param id The ID of the checkpoint permission.
	 * @param data The payload used to create the checkpoint permission.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = CheckpointPermissionCreated.Reader.class)
	public static record CheckpointPermissionCreated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("data") CheckpointPermissionCreated.@Nullable Data data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link CheckpointPermissionCreated}; {@code additionalProperties}
		 * becomes an unmodifiable copy, empty for null.
		 * @param id The ID of the checkpoint permission.
		 * @param data The payload used to create the checkpoint permission.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public CheckpointPermissionCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link CheckpointPermissionCreated}.
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
		 * The payload used to create the checkpoint permission.
		 *
		 * @param projectId The ID of the project that the checkpoint permission was
		 * created for.
		 * @param fineTunedModelCheckpoint The ID of the fine-tuned model checkpoint.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Data.Reader.class)
		public static record Data(@JsonProperty("project_id") @Nullable String projectId,
				@JsonProperty("fine_tuned_model_checkpoint") @Nullable String fineTunedModelCheckpoint,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Data}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param projectId The ID of the project that the checkpoint permission was
			 * created for.
			 * @param fineTunedModelCheckpoint The ID of the fine-tuned model checkpoint.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Data {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Data}.
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
			 * Builds a {@link Data}.
			 */
			public static final class Builder {

				private @Nullable String projectId;

				private @Nullable String fineTunedModelCheckpoint;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Data source) {
					this.projectId = source.projectId();
					this.fineTunedModelCheckpoint = source.fineTunedModelCheckpoint();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The ID of the project that the checkpoint permission was created for.
				 * @param projectId the value
				 * @return this builder
				 */
				public Builder projectId(@Nullable String projectId) {
					this.projectId = projectId;
					return this;
				}

				/**
				 * The ID of the fine-tuned model checkpoint.
				 * @param fineTunedModelCheckpoint the value
				 * @return this builder
				 */
				public Builder fineTunedModelCheckpoint(@Nullable String fineTunedModelCheckpoint) {
					this.fineTunedModelCheckpoint = fineTunedModelCheckpoint;
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
				public Data build() {
					return new Data(this.projectId, this.fineTunedModelCheckpoint, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Data} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Data> {

				Reader() {
					super(Data.class, "project_id", "fine_tuned_model_checkpoint");
				}

				@Override
				protected Data create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Data((String) values[0], (String) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Data} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Data> {

				Writer() {
					super(Data.class, "project_id", "fine_tuned_model_checkpoint");
				}

				@Override
				protected @Nullable Object value(Data record, int index) {
					return switch (index) {
						case 0 -> record.projectId();
						case 1 -> record.fineTunedModelCheckpoint();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Data record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link CheckpointPermissionCreated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable Data data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(CheckpointPermissionCreated source) {
				this.id = source.id();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the checkpoint permission.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to create the checkpoint permission.
			 * @param data the value
			 * @return this builder
			 */
			public Builder data(@Nullable Data data) {
				this.data = data;
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
			public CheckpointPermissionCreated build() {
				return new CheckpointPermissionCreated(this.id, this.data, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link CheckpointPermissionCreated} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<CheckpointPermissionCreated> {

			Reader() {
				super(CheckpointPermissionCreated.class, "id", "data");
			}

			@Override
			protected CheckpointPermissionCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new CheckpointPermissionCreated((String) values[0], (Data) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link CheckpointPermissionCreated} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<CheckpointPermissionCreated> {

			Writer() {
				super(CheckpointPermissionCreated.class, "id", "data");
			}

			@Override
			protected @Nullable Object value(CheckpointPermissionCreated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(CheckpointPermissionCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the checkpoint permission.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = CheckpointPermissionDeleted.Reader.class)
	public static record CheckpointPermissionDeleted(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link CheckpointPermissionDeleted}; {@code additionalProperties}
		 * becomes an unmodifiable copy, empty for null.
		 * @param id The ID of the checkpoint permission.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public CheckpointPermissionDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link CheckpointPermissionDeleted}.
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
		 * Builds a {@link CheckpointPermissionDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(CheckpointPermissionDeleted source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the checkpoint permission.
			 * @param id the value
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
			public CheckpointPermissionDeleted build() {
				return new CheckpointPermissionDeleted(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link CheckpointPermissionDeleted} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<CheckpointPermissionDeleted> {

			Reader() {
				super(CheckpointPermissionDeleted.class, "id");
			}

			@Override
			protected CheckpointPermissionDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new CheckpointPermissionDeleted((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link CheckpointPermissionDeleted} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<CheckpointPermissionDeleted> {

			Writer() {
				super(CheckpointPermissionDeleted.class, "id");
			}

			@Override
			protected @Nullable Object value(CheckpointPermissionDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(CheckpointPermissionDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the external key configuration.
	 * @param data The configuration for the external key.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ExternalKeyRegistered.Reader.class)
	public static record ExternalKeyRegistered(@JsonProperty("id") @Nullable String id,
			@JsonProperty("data") @Nullable Map<String, Object> data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ExternalKeyRegistered}; {@code additionalProperties} becomes
		 * an unmodifiable copy, empty for null.
		 * @param id The ID of the external key configuration.
		 * @param data The configuration for the external key.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ExternalKeyRegistered {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ExternalKeyRegistered}.
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
		 * Builds a {@link ExternalKeyRegistered}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable Map<String, Object> data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ExternalKeyRegistered source) {
				this.id = source.id();
				this.data = (source.data() != null) ? new LinkedHashMap<>(source.data()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the external key configuration.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The configuration for the external key.
			 * <p>
			 * Takes a copy of the map.
			 * @param data the value
			 * @return this builder
			 */
			public Builder data(@Nullable Map<String, ?> data) {
				this.data = (data != null) ? new LinkedHashMap<>(data) : null;
				return this;
			}

			/**
			 * The configuration for the external key.
			 * <p>
			 * Puts one entry in the map, replacing the value of a name it has.
			 * @param key the entry's name
			 * @param value its value
			 * @return this builder
			 */
			public Builder putData(String key, Object value) {
				Objects.requireNonNull(key, "'key' must not be null");
				Objects.requireNonNull(value, "'value' must not be null");
				if (this.data == null) {
					this.data = new LinkedHashMap<>();
				}
				this.data.put(key, value);
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
			public ExternalKeyRegistered build() {
				return new ExternalKeyRegistered(this.id,
						(this.data != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.data)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ExternalKeyRegistered} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ExternalKeyRegistered> {

			Reader() {
				super(ExternalKeyRegistered.class, "id", "data");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected ExternalKeyRegistered create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ExternalKeyRegistered((String) values[0], (Map<String, Object>) values[1],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link ExternalKeyRegistered} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ExternalKeyRegistered> {

			Writer() {
				super(ExternalKeyRegistered.class, "id", "data");
			}

			@Override
			protected @Nullable Object value(ExternalKeyRegistered record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ExternalKeyRegistered record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the external key configuration.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ExternalKeyRemoved.Reader.class)
	public static record ExternalKeyRemoved(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ExternalKeyRemoved}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the external key configuration.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ExternalKeyRemoved {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ExternalKeyRemoved}.
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
		 * Builds a {@link ExternalKeyRemoved}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ExternalKeyRemoved source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the external key configuration.
			 * @param id the value
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
			public ExternalKeyRemoved build() {
				return new ExternalKeyRemoved(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ExternalKeyRemoved} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ExternalKeyRemoved> {

			Reader() {
				super(ExternalKeyRemoved.class, "id");
			}

			@Override
			protected ExternalKeyRemoved create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ExternalKeyRemoved((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ExternalKeyRemoved} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ExternalKeyRemoved> {

			Writer() {
				super(ExternalKeyRemoved.class, "id");
			}

			@Override
			protected @Nullable Object value(ExternalKeyRemoved record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ExternalKeyRemoved record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the group.
	 * @param data Information about the created group.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = GroupCreated.Reader.class)
	public static record GroupCreated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("data") GroupCreated.@Nullable Data data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link GroupCreated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the group.
		 * @param data Information about the created group.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public GroupCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link GroupCreated}.
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
		 * Information about the created group.
		 *
		 * @param groupName The group name.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Data.Reader.class)
		public static record Data(@JsonProperty("group_name") @Nullable String groupName,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Data}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param groupName The group name.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Data {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Data}.
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
			 * Builds a {@link Data}.
			 */
			public static final class Builder {

				private @Nullable String groupName;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Data source) {
					this.groupName = source.groupName();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The group name.
				 * @param groupName the value
				 * @return this builder
				 */
				public Builder groupName(@Nullable String groupName) {
					this.groupName = groupName;
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
				public Data build() {
					return new Data(this.groupName, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Data} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Data> {

				Reader() {
					super(Data.class, "group_name");
				}

				@Override
				protected Data create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Data((String) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Data} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Data> {

				Writer() {
					super(Data.class, "group_name");
				}

				@Override
				protected @Nullable Object value(Data record, int index) {
					return switch (index) {
						case 0 -> record.groupName();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Data record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link GroupCreated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable Data data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(GroupCreated source) {
				this.id = source.id();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the group.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * Information about the created group.
			 * @param data the value
			 * @return this builder
			 */
			public Builder data(@Nullable Data data) {
				this.data = data;
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
			public GroupCreated build() {
				return new GroupCreated(this.id, this.data, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link GroupCreated} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<GroupCreated> {

			Reader() {
				super(GroupCreated.class, "id", "data");
			}

			@Override
			protected GroupCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new GroupCreated((String) values[0], (Data) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link GroupCreated} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<GroupCreated> {

			Writer() {
				super(GroupCreated.class, "id", "data");
			}

			@Override
			protected @Nullable Object value(GroupCreated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(GroupCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the group.
	 * @param changesRequested The payload used to update the group.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = GroupUpdated.Reader.class)
	public static record GroupUpdated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("changes_requested") GroupUpdated.@Nullable ChangesRequested changesRequested,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link GroupUpdated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the group.
		 * @param changesRequested The payload used to update the group.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public GroupUpdated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link GroupUpdated}.
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
		 * The payload used to update the group.
		 *
		 * @param groupName The updated group name.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = ChangesRequested.Reader.class)
		public static record ChangesRequested(@JsonProperty("group_name") @Nullable String groupName,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link ChangesRequested}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param groupName The updated group name.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public ChangesRequested {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link ChangesRequested}.
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
			 * Builds a {@link ChangesRequested}.
			 */
			public static final class Builder {

				private @Nullable String groupName;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(ChangesRequested source) {
					this.groupName = source.groupName();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The updated group name.
				 * @param groupName the value
				 * @return this builder
				 */
				public Builder groupName(@Nullable String groupName) {
					this.groupName = groupName;
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
				public ChangesRequested build() {
					return new ChangesRequested(this.groupName, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link ChangesRequested} from the parser's tokens; Jackson creates
			 * it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<ChangesRequested> {

				Reader() {
					super(ChangesRequested.class, "group_name");
				}

				@Override
				protected ChangesRequested create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new ChangesRequested((String) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link ChangesRequested} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<ChangesRequested> {

				Writer() {
					super(ChangesRequested.class, "group_name");
				}

				@Override
				protected @Nullable Object value(ChangesRequested record, int index) {
					return switch (index) {
						case 0 -> record.groupName();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(ChangesRequested record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link GroupUpdated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable ChangesRequested changesRequested;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(GroupUpdated source) {
				this.id = source.id();
				this.changesRequested = source.changesRequested();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the group.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to update the group.
			 * @param changesRequested the value
			 * @return this builder
			 */
			public Builder changesRequested(@Nullable ChangesRequested changesRequested) {
				this.changesRequested = changesRequested;
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
			public GroupUpdated build() {
				return new GroupUpdated(this.id, this.changesRequested, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link GroupUpdated} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<GroupUpdated> {

			Reader() {
				super(GroupUpdated.class, "id", "changes_requested");
			}

			@Override
			protected GroupUpdated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new GroupUpdated((String) values[0], (ChangesRequested) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link GroupUpdated} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<GroupUpdated> {

			Writer() {
				super(GroupUpdated.class, "id", "changes_requested");
			}

			@Override
			protected @Nullable Object value(GroupUpdated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.changesRequested();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(GroupUpdated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the group.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = GroupDeleted.Reader.class)
	public static record GroupDeleted(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link GroupDeleted}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the group.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public GroupDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link GroupDeleted}.
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
		 * Builds a {@link GroupDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(GroupDeleted source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the group.
			 * @param id the value
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
			public GroupDeleted build() {
				return new GroupDeleted(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link GroupDeleted} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<GroupDeleted> {

			Reader() {
				super(GroupDeleted.class, "id");
			}

			@Override
			protected GroupDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new GroupDeleted((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link GroupDeleted} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<GroupDeleted> {

			Writer() {
				super(GroupDeleted.class, "id");
			}

			@Override
			protected @Nullable Object value(GroupDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(GroupDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the SCIM was enabled for.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ScimEnabled.Reader.class)
	public static record ScimEnabled(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ScimEnabled}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the SCIM was enabled for.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ScimEnabled {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ScimEnabled}.
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
		 * Builds a {@link ScimEnabled}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ScimEnabled source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the SCIM was enabled for.
			 * @param id the value
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
			public ScimEnabled build() {
				return new ScimEnabled(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ScimEnabled} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ScimEnabled> {

			Reader() {
				super(ScimEnabled.class, "id");
			}

			@Override
			protected ScimEnabled create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ScimEnabled((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ScimEnabled} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ScimEnabled> {

			Writer() {
				super(ScimEnabled.class, "id");
			}

			@Override
			protected @Nullable Object value(ScimEnabled record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ScimEnabled record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the SCIM was disabled for.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ScimDisabled.Reader.class)
	public static record ScimDisabled(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ScimDisabled}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the SCIM was disabled for.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ScimDisabled {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ScimDisabled}.
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
		 * Builds a {@link ScimDisabled}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ScimDisabled source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the SCIM was disabled for.
			 * @param id the value
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
			public ScimDisabled build() {
				return new ScimDisabled(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ScimDisabled} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ScimDisabled> {

			Reader() {
				super(ScimDisabled.class, "id");
			}

			@Override
			protected ScimDisabled create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ScimDisabled((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ScimDisabled} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ScimDisabled> {

			Writer() {
				super(ScimDisabled.class, "id");
			}

			@Override
			protected @Nullable Object value(ScimDisabled record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ScimDisabled record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the invite.
	 * @param data The payload used to create the invite.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = InviteSent.Reader.class)
	public static record InviteSent(@JsonProperty("id") @Nullable String id,
			@JsonProperty("data") InviteSent.@Nullable Data data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link InviteSent}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the invite.
		 * @param data The payload used to create the invite.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public InviteSent {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link InviteSent}.
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
		 * The payload used to create the invite.
		 *
		 * @param email The email invited to the organization.
		 * @param role The role the email was invited to be. Is either {@code owner} or
		 * {@code member}.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Data.Reader.class)
		public static record Data(@JsonProperty("email") @Nullable String email,
				@JsonProperty("role") @Nullable String role,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Data}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param email The email invited to the organization.
			 * @param role The role the email was invited to be.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Data {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Data}.
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
			 * Builds a {@link Data}.
			 */
			public static final class Builder {

				private @Nullable String email;

				private @Nullable String role;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Data source) {
					this.email = source.email();
					this.role = source.role();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The email invited to the organization.
				 * @param email the value
				 * @return this builder
				 */
				public Builder email(@Nullable String email) {
					this.email = email;
					return this;
				}

				/**
				 * The role the email was invited to be.
				 * @param role the value
				 * @return this builder
				 */
				public Builder role(@Nullable String role) {
					this.role = role;
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
				public Data build() {
					return new Data(this.email, this.role, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Data} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Data> {

				Reader() {
					super(Data.class, "email", "role");
				}

				@Override
				protected Data create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Data((String) values[0], (String) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Data} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Data> {

				Writer() {
					super(Data.class, "email", "role");
				}

				@Override
				protected @Nullable Object value(Data record, int index) {
					return switch (index) {
						case 0 -> record.email();
						case 1 -> record.role();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Data record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link InviteSent}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable Data data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(InviteSent source) {
				this.id = source.id();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the invite.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to create the invite.
			 * @param data the value
			 * @return this builder
			 */
			public Builder data(@Nullable Data data) {
				this.data = data;
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
			public InviteSent build() {
				return new InviteSent(this.id, this.data, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link InviteSent} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<InviteSent> {

			Reader() {
				super(InviteSent.class, "id", "data");
			}

			@Override
			protected InviteSent create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new InviteSent((String) values[0], (Data) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link InviteSent} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<InviteSent> {

			Writer() {
				super(InviteSent.class, "id", "data");
			}

			@Override
			protected @Nullable Object value(InviteSent record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(InviteSent record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the invite.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = InviteAccepted.Reader.class)
	public static record InviteAccepted(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link InviteAccepted}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the invite.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public InviteAccepted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link InviteAccepted}.
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
		 * Builds a {@link InviteAccepted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(InviteAccepted source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the invite.
			 * @param id the value
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
			public InviteAccepted build() {
				return new InviteAccepted(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link InviteAccepted} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<InviteAccepted> {

			Reader() {
				super(InviteAccepted.class, "id");
			}

			@Override
			protected InviteAccepted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new InviteAccepted((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link InviteAccepted} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<InviteAccepted> {

			Writer() {
				super(InviteAccepted.class, "id");
			}

			@Override
			protected @Nullable Object value(InviteAccepted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(InviteAccepted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the invite.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = InviteDeleted.Reader.class)
	public static record InviteDeleted(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link InviteDeleted}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the invite.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public InviteDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link InviteDeleted}.
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
		 * Builds a {@link InviteDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(InviteDeleted source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the invite.
			 * @param id the value
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
			public InviteDeleted build() {
				return new InviteDeleted(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link InviteDeleted} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<InviteDeleted> {

			Reader() {
				super(InviteDeleted.class, "id");
			}

			@Override
			protected InviteDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new InviteDeleted((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link InviteDeleted} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<InviteDeleted> {

			Writer() {
				super(InviteDeleted.class, "id");
			}

			@Override
			protected @Nullable Object value(InviteDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(InviteDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the IP allowlist configuration.
	 * @param name The name of the IP allowlist configuration.
	 * @param allowedIps The IP addresses or CIDR ranges included in the configuration.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = IpAllowlistCreated.Reader.class)
	public static record IpAllowlistCreated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("name") @Nullable String name, @JsonProperty("allowed_ips") @Nullable List<String> allowedIps,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link IpAllowlistCreated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the IP allowlist configuration.
		 * @param name The name of the IP allowlist configuration.
		 * @param allowedIps The IP addresses or CIDR ranges included in the
		 * configuration.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public IpAllowlistCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link IpAllowlistCreated}.
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
		 * Builds a {@link IpAllowlistCreated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable String name;

			private @Nullable List<String> allowedIps;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(IpAllowlistCreated source) {
				this.id = source.id();
				this.name = source.name();
				this.allowedIps = (source.allowedIps() != null) ? new ArrayList<>(source.allowedIps()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the IP allowlist configuration.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The name of the IP allowlist configuration.
			 * @param name the value
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
				return this;
			}

			/**
			 * The IP addresses or CIDR ranges included in the configuration.
			 * <p>
			 * Takes a copy of the list.
			 * @param allowedIps the value
			 * @return this builder
			 */
			public Builder allowedIps(@Nullable List<String> allowedIps) {
				this.allowedIps = (allowedIps != null) ? new ArrayList<>(allowedIps) : null;
				return this;
			}

			/**
			 * The IP addresses or CIDR ranges included in the configuration.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param allowedIp the item to add
			 * @return this builder
			 */
			public Builder addAllowedIp(String allowedIp) {
				Objects.requireNonNull(allowedIp, "'allowedIp' must not be null");
				if (this.allowedIps == null) {
					this.allowedIps = new ArrayList<>();
				}
				this.allowedIps.add(allowedIp);
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
			public IpAllowlistCreated build() {
				return new IpAllowlistCreated(
						this.id, this.name, (this.allowedIps != null)
								? Collections.unmodifiableList(new ArrayList<>(this.allowedIps)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link IpAllowlistCreated} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<IpAllowlistCreated> {

			Reader() {
				super(IpAllowlistCreated.class, "id", "name", "allowed_ips");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected IpAllowlistCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new IpAllowlistCreated((String) values[0], (String) values[1], (List<String>) values[2],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link IpAllowlistCreated} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<IpAllowlistCreated> {

			Writer() {
				super(IpAllowlistCreated.class, "id", "name", "allowed_ips");
			}

			@Override
			protected @Nullable Object value(IpAllowlistCreated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.name();
					case 2 -> record.allowedIps();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(IpAllowlistCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the IP allowlist configuration.
	 * @param allowedIps The updated set of IP addresses or CIDR ranges in the
	 * configuration.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = IpAllowlistUpdated.Reader.class)
	public static record IpAllowlistUpdated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("allowed_ips") @Nullable List<String> allowedIps,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link IpAllowlistUpdated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the IP allowlist configuration.
		 * @param allowedIps The updated set of IP addresses or CIDR ranges in the
		 * configuration.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public IpAllowlistUpdated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link IpAllowlistUpdated}.
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
		 * Builds a {@link IpAllowlistUpdated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable List<String> allowedIps;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(IpAllowlistUpdated source) {
				this.id = source.id();
				this.allowedIps = (source.allowedIps() != null) ? new ArrayList<>(source.allowedIps()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the IP allowlist configuration.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The updated set of IP addresses or CIDR ranges in the configuration.
			 * <p>
			 * Takes a copy of the list.
			 * @param allowedIps the value
			 * @return this builder
			 */
			public Builder allowedIps(@Nullable List<String> allowedIps) {
				this.allowedIps = (allowedIps != null) ? new ArrayList<>(allowedIps) : null;
				return this;
			}

			/**
			 * The updated set of IP addresses or CIDR ranges in the configuration.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param allowedIp the item to add
			 * @return this builder
			 */
			public Builder addAllowedIp(String allowedIp) {
				Objects.requireNonNull(allowedIp, "'allowedIp' must not be null");
				if (this.allowedIps == null) {
					this.allowedIps = new ArrayList<>();
				}
				this.allowedIps.add(allowedIp);
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
			public IpAllowlistUpdated build() {
				return new IpAllowlistUpdated(
						this.id, (this.allowedIps != null)
								? Collections.unmodifiableList(new ArrayList<>(this.allowedIps)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link IpAllowlistUpdated} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<IpAllowlistUpdated> {

			Reader() {
				super(IpAllowlistUpdated.class, "id", "allowed_ips");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected IpAllowlistUpdated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new IpAllowlistUpdated((String) values[0], (List<String>) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link IpAllowlistUpdated} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<IpAllowlistUpdated> {

			Writer() {
				super(IpAllowlistUpdated.class, "id", "allowed_ips");
			}

			@Override
			protected @Nullable Object value(IpAllowlistUpdated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.allowedIps();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(IpAllowlistUpdated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The ID of the IP allowlist configuration.
	 * @param name The name of the IP allowlist configuration.
	 * @param allowedIps The IP addresses or CIDR ranges that were in the configuration.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = IpAllowlistDeleted.Reader.class)
	public static record IpAllowlistDeleted(@JsonProperty("id") @Nullable String id,
			@JsonProperty("name") @Nullable String name, @JsonProperty("allowed_ips") @Nullable List<String> allowedIps,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link IpAllowlistDeleted}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The ID of the IP allowlist configuration.
		 * @param name The name of the IP allowlist configuration.
		 * @param allowedIps The IP addresses or CIDR ranges that were in the
		 * configuration.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public IpAllowlistDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link IpAllowlistDeleted}.
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
		 * Builds a {@link IpAllowlistDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable String name;

			private @Nullable List<String> allowedIps;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(IpAllowlistDeleted source) {
				this.id = source.id();
				this.name = source.name();
				this.allowedIps = (source.allowedIps() != null) ? new ArrayList<>(source.allowedIps()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ID of the IP allowlist configuration.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The name of the IP allowlist configuration.
			 * @param name the value
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
				return this;
			}

			/**
			 * The IP addresses or CIDR ranges that were in the configuration.
			 * <p>
			 * Takes a copy of the list.
			 * @param allowedIps the value
			 * @return this builder
			 */
			public Builder allowedIps(@Nullable List<String> allowedIps) {
				this.allowedIps = (allowedIps != null) ? new ArrayList<>(allowedIps) : null;
				return this;
			}

			/**
			 * The IP addresses or CIDR ranges that were in the configuration.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param allowedIp the item to add
			 * @return this builder
			 */
			public Builder addAllowedIp(String allowedIp) {
				Objects.requireNonNull(allowedIp, "'allowedIp' must not be null");
				if (this.allowedIps == null) {
					this.allowedIps = new ArrayList<>();
				}
				this.allowedIps.add(allowedIp);
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
			public IpAllowlistDeleted build() {
				return new IpAllowlistDeleted(
						this.id, this.name, (this.allowedIps != null)
								? Collections.unmodifiableList(new ArrayList<>(this.allowedIps)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link IpAllowlistDeleted} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<IpAllowlistDeleted> {

			Reader() {
				super(IpAllowlistDeleted.class, "id", "name", "allowed_ips");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected IpAllowlistDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new IpAllowlistDeleted((String) values[0], (String) values[1], (List<String>) values[2],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link IpAllowlistDeleted} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<IpAllowlistDeleted> {

			Writer() {
				super(IpAllowlistDeleted.class, "id", "name", "allowed_ips");
			}

			@Override
			protected @Nullable Object value(IpAllowlistDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.name();
					case 2 -> record.allowedIps();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(IpAllowlistDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param configs The configurations that were activated.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = IpAllowlistConfigActivated.Reader.class)
	public static record IpAllowlistConfigActivated(
			@JsonProperty("configs") @Nullable List<IpAllowlistConfigActivated.Config> configs,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link IpAllowlistConfigActivated}; {@code additionalProperties}
		 * becomes an unmodifiable copy, empty for null.
		 * @param configs The configurations that were activated.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public IpAllowlistConfigActivated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link IpAllowlistConfigActivated}.
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
		 * An item of a {@link IpAllowlistConfigActivated}'s {@code configs}.
		 *
		 * @param id The ID of the IP allowlist configuration.
		 * @param name The name of the IP allowlist configuration.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Config.Reader.class)
		public static record Config(@JsonProperty("id") @Nullable String id,
				@JsonProperty("name") @Nullable String name,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Config}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param id The ID of the IP allowlist configuration.
			 * @param name The name of the IP allowlist configuration.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Config {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Config}.
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
			 * Builds a {@link Config}.
			 */
			public static final class Builder {

				private @Nullable String id;

				private @Nullable String name;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Config source) {
					this.id = source.id();
					this.name = source.name();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The ID of the IP allowlist configuration.
				 * @param id the value
				 * @return this builder
				 */
				public Builder id(@Nullable String id) {
					this.id = id;
					return this;
				}

				/**
				 * The name of the IP allowlist configuration.
				 * @param name the value
				 * @return this builder
				 */
				public Builder name(@Nullable String name) {
					this.name = name;
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
				public Config build() {
					return new Config(this.id, this.name, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Config} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Config> {

				Reader() {
					super(Config.class, "id", "name");
				}

				@Override
				protected Config create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Config((String) values[0], (String) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Config} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Config> {

				Writer() {
					super(Config.class, "id", "name");
				}

				@Override
				protected @Nullable Object value(Config record, int index) {
					return switch (index) {
						case 0 -> record.id();
						case 1 -> record.name();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Config record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link IpAllowlistConfigActivated}.
		 */
		public static final class Builder {

			private @Nullable List<Config> configs;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(IpAllowlistConfigActivated source) {
				this.configs = (source.configs() != null) ? new ArrayList<>(source.configs()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The configurations that were activated.
			 * <p>
			 * Takes a copy of the list.
			 * @param configs the value
			 * @return this builder
			 */
			public Builder configs(@Nullable List<Config> configs) {
				this.configs = (configs != null) ? new ArrayList<>(configs) : null;
				return this;
			}

			/**
			 * The configurations that were activated.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param config the item to add
			 * @return this builder
			 */
			public Builder addConfig(Config config) {
				Objects.requireNonNull(config, "'config' must not be null");
				if (this.configs == null) {
					this.configs = new ArrayList<>();
				}
				this.configs.add(config);
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
			public IpAllowlistConfigActivated build() {
				return new IpAllowlistConfigActivated(
						(this.configs != null) ? Collections.unmodifiableList(new ArrayList<>(this.configs)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link IpAllowlistConfigActivated} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<IpAllowlistConfigActivated> {

			Reader() {
				super(IpAllowlistConfigActivated.class, "configs");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected IpAllowlistConfigActivated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new IpAllowlistConfigActivated((List<Config>) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link IpAllowlistConfigActivated} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<IpAllowlistConfigActivated> {

			Writer() {
				super(IpAllowlistConfigActivated.class, "configs");
			}

			@Override
			protected @Nullable Object value(IpAllowlistConfigActivated record, int index) {
				return switch (index) {
					case 0 -> record.configs();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(IpAllowlistConfigActivated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param configs The configurations that were deactivated.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = IpAllowlistConfigDeactivated.Reader.class)
	public static record IpAllowlistConfigDeactivated(
			@JsonProperty("configs") @Nullable List<IpAllowlistConfigDeactivated.Config> configs,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link IpAllowlistConfigDeactivated}; {@code additionalProperties}
		 * becomes an unmodifiable copy, empty for null.
		 * @param configs The configurations that were deactivated.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public IpAllowlistConfigDeactivated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link IpAllowlistConfigDeactivated}.
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
		 * An item of a {@link IpAllowlistConfigDeactivated}'s {@code configs}.
		 *
		 * @param id The ID of the IP allowlist configuration.
		 * @param name The name of the IP allowlist configuration.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Config.Reader.class)
		public static record Config(@JsonProperty("id") @Nullable String id,
				@JsonProperty("name") @Nullable String name,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Config}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param id The ID of the IP allowlist configuration.
			 * @param name The name of the IP allowlist configuration.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Config {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Config}.
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
			 * Builds a {@link Config}.
			 */
			public static final class Builder {

				private @Nullable String id;

				private @Nullable String name;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Config source) {
					this.id = source.id();
					this.name = source.name();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The ID of the IP allowlist configuration.
				 * @param id the value
				 * @return this builder
				 */
				public Builder id(@Nullable String id) {
					this.id = id;
					return this;
				}

				/**
				 * The name of the IP allowlist configuration.
				 * @param name the value
				 * @return this builder
				 */
				public Builder name(@Nullable String name) {
					this.name = name;
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
				public Config build() {
					return new Config(this.id, this.name, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Config} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Config> {

				Reader() {
					super(Config.class, "id", "name");
				}

				@Override
				protected Config create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Config((String) values[0], (String) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Config} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Config> {

				Writer() {
					super(Config.class, "id", "name");
				}

				@Override
				protected @Nullable Object value(Config record, int index) {
					return switch (index) {
						case 0 -> record.id();
						case 1 -> record.name();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Config record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link IpAllowlistConfigDeactivated}.
		 */
		public static final class Builder {

			private @Nullable List<Config> configs;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(IpAllowlistConfigDeactivated source) {
				this.configs = (source.configs() != null) ? new ArrayList<>(source.configs()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The configurations that were deactivated.
			 * <p>
			 * Takes a copy of the list.
			 * @param configs the value
			 * @return this builder
			 */
			public Builder configs(@Nullable List<Config> configs) {
				this.configs = (configs != null) ? new ArrayList<>(configs) : null;
				return this;
			}

			/**
			 * The configurations that were deactivated.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param config the item to add
			 * @return this builder
			 */
			public Builder addConfig(Config config) {
				Objects.requireNonNull(config, "'config' must not be null");
				if (this.configs == null) {
					this.configs = new ArrayList<>();
				}
				this.configs.add(config);
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
			public IpAllowlistConfigDeactivated build() {
				return new IpAllowlistConfigDeactivated(
						(this.configs != null) ? Collections.unmodifiableList(new ArrayList<>(this.configs)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link IpAllowlistConfigDeactivated} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<IpAllowlistConfigDeactivated> {

			Reader() {
				super(IpAllowlistConfigDeactivated.class, "configs");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected IpAllowlistConfigDeactivated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new IpAllowlistConfigDeactivated((List<Config>) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link IpAllowlistConfigDeactivated} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<IpAllowlistConfigDeactivated> {

			Writer() {
				super(IpAllowlistConfigDeactivated.class, "configs");
			}

			@Override
			protected @Nullable Object value(IpAllowlistConfigDeactivated record, int index) {
				return switch (index) {
					case 0 -> record.configs();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(IpAllowlistConfigDeactivated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param errorCode The error code of the failure.
	 * @param errorMessage The error message of the failure.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = LoginFailed.Reader.class)
	public static record LoginFailed(@JsonProperty("error_code") @Nullable String errorCode,
			@JsonProperty("error_message") @Nullable String errorMessage,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link LoginFailed}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param errorCode The error code of the failure.
		 * @param errorMessage The error message of the failure.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public LoginFailed {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link LoginFailed}.
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
		 * Builds a {@link LoginFailed}.
		 */
		public static final class Builder {

			private @Nullable String errorCode;

			private @Nullable String errorMessage;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(LoginFailed source) {
				this.errorCode = source.errorCode();
				this.errorMessage = source.errorMessage();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The error code of the failure.
			 * @param errorCode the value
			 * @return this builder
			 */
			public Builder errorCode(@Nullable String errorCode) {
				this.errorCode = errorCode;
				return this;
			}

			/**
			 * The error message of the failure.
			 * @param errorMessage the value
			 * @return this builder
			 */
			public Builder errorMessage(@Nullable String errorMessage) {
				this.errorMessage = errorMessage;
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
			public LoginFailed build() {
				return new LoginFailed(this.errorCode, this.errorMessage, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link LoginFailed} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<LoginFailed> {

			Reader() {
				super(LoginFailed.class, "error_code", "error_message");
			}

			@Override
			protected LoginFailed create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new LoginFailed((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link LoginFailed} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<LoginFailed> {

			Writer() {
				super(LoginFailed.class, "error_code", "error_message");
			}

			@Override
			protected @Nullable Object value(LoginFailed record, int index) {
				return switch (index) {
					case 0 -> record.errorCode();
					case 1 -> record.errorMessage();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(LoginFailed record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param errorCode The error code of the failure.
	 * @param errorMessage The error message of the failure.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = LogoutFailed.Reader.class)
	public static record LogoutFailed(@JsonProperty("error_code") @Nullable String errorCode,
			@JsonProperty("error_message") @Nullable String errorMessage,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link LogoutFailed}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param errorCode The error code of the failure.
		 * @param errorMessage The error message of the failure.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public LogoutFailed {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link LogoutFailed}.
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
		 * Builds a {@link LogoutFailed}.
		 */
		public static final class Builder {

			private @Nullable String errorCode;

			private @Nullable String errorMessage;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(LogoutFailed source) {
				this.errorCode = source.errorCode();
				this.errorMessage = source.errorMessage();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The error code of the failure.
			 * @param errorCode the value
			 * @return this builder
			 */
			public Builder errorCode(@Nullable String errorCode) {
				this.errorCode = errorCode;
				return this;
			}

			/**
			 * The error message of the failure.
			 * @param errorMessage the value
			 * @return this builder
			 */
			public Builder errorMessage(@Nullable String errorMessage) {
				this.errorMessage = errorMessage;
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
			public LogoutFailed build() {
				return new LogoutFailed(this.errorCode, this.errorMessage, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link LogoutFailed} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<LogoutFailed> {

			Reader() {
				super(LogoutFailed.class, "error_code", "error_message");
			}

			@Override
			protected LogoutFailed create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new LogoutFailed((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link LogoutFailed} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<LogoutFailed> {

			Writer() {
				super(LogoutFailed.class, "error_code", "error_message");
			}

			@Override
			protected @Nullable Object value(LogoutFailed record, int index) {
				return switch (index) {
					case 0 -> record.errorCode();
					case 1 -> record.errorMessage();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(LogoutFailed record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The organization ID.
	 * @param changesRequested The payload used to update the organization settings.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = OrganizationUpdated.Reader.class)
	public static record OrganizationUpdated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("changes_requested") OrganizationUpdated.@Nullable ChangesRequested changesRequested,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link OrganizationUpdated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The organization ID.
		 * @param changesRequested The payload used to update the organization settings.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public OrganizationUpdated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link OrganizationUpdated}.
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
		 * The payload used to update the organization settings.
		 *
		 * @param title The organization title.
		 * @param description The organization description.
		 * @param name The organization name.
		 * @param threadsUiVisibility Visibility of the threads page which shows messages
		 * created with the Assistants API and Playground. One of {@code ANY_ROLE},
		 * {@code OWNERS}, or {@code NONE}.
		 * @param usageDashboardVisibility Visibility of the usage dashboard which shows
		 * activity and costs for your organization. One of {@code ANY_ROLE} or
		 * {@code OWNERS}.
		 * @param apiCallLogging How your organization logs data from supported API calls.
		 * One of {@code disabled}, {@code enabled_per_call},
		 * {@code enabled_for_all_projects}, or {@code enabled_for_selected_projects}
		 * @param apiCallLoggingProjectIds The list of project ids if api_call_logging is
		 * set to {@code enabled_for_selected_projects}
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = ChangesRequested.Reader.class)
		public static record ChangesRequested(@JsonProperty("title") @Nullable String title,
				@JsonProperty("description") @Nullable String description, @JsonProperty("name") @Nullable String name,
				@JsonProperty("threads_ui_visibility") @Nullable String threadsUiVisibility,
				@JsonProperty("usage_dashboard_visibility") @Nullable String usageDashboardVisibility,
				@JsonProperty("api_call_logging") @Nullable String apiCallLogging,
				@JsonProperty("api_call_logging_project_ids") @Nullable String apiCallLoggingProjectIds,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link ChangesRequested}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param title The organization title.
			 * @param description The organization description.
			 * @param name The organization name.
			 * @param threadsUiVisibility Visibility of the threads page which shows
			 * messages created with the Assistants API and Playground.
			 * @param usageDashboardVisibility Visibility of the usage dashboard which
			 * shows activity and costs for your organization.
			 * @param apiCallLogging How your organization logs data from supported API
			 * calls.
			 * @param apiCallLoggingProjectIds The list of project ids if api_call_logging
			 * is set to {@code enabled_for_selected_projects}
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public ChangesRequested {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link ChangesRequested}.
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
			 * Builds a {@link ChangesRequested}.
			 */
			public static final class Builder {

				private @Nullable String title;

				private @Nullable String description;

				private @Nullable String name;

				private @Nullable String threadsUiVisibility;

				private @Nullable String usageDashboardVisibility;

				private @Nullable String apiCallLogging;

				private @Nullable String apiCallLoggingProjectIds;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(ChangesRequested source) {
					this.title = source.title();
					this.description = source.description();
					this.name = source.name();
					this.threadsUiVisibility = source.threadsUiVisibility();
					this.usageDashboardVisibility = source.usageDashboardVisibility();
					this.apiCallLogging = source.apiCallLogging();
					this.apiCallLoggingProjectIds = source.apiCallLoggingProjectIds();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The organization title.
				 * @param title the value
				 * @return this builder
				 */
				public Builder title(@Nullable String title) {
					this.title = title;
					return this;
				}

				/**
				 * The organization description.
				 * @param description the value
				 * @return this builder
				 */
				public Builder description(@Nullable String description) {
					this.description = description;
					return this;
				}

				/**
				 * The organization name.
				 * @param name the value
				 * @return this builder
				 */
				public Builder name(@Nullable String name) {
					this.name = name;
					return this;
				}

				/**
				 * Visibility of the threads page which shows messages created with the
				 * Assistants API and Playground.
				 * @param threadsUiVisibility the value
				 * @return this builder
				 */
				public Builder threadsUiVisibility(@Nullable String threadsUiVisibility) {
					this.threadsUiVisibility = threadsUiVisibility;
					return this;
				}

				/**
				 * Visibility of the usage dashboard which shows activity and costs for
				 * your organization.
				 * @param usageDashboardVisibility the value
				 * @return this builder
				 */
				public Builder usageDashboardVisibility(@Nullable String usageDashboardVisibility) {
					this.usageDashboardVisibility = usageDashboardVisibility;
					return this;
				}

				/**
				 * How your organization logs data from supported API calls.
				 * @param apiCallLogging the value
				 * @return this builder
				 */
				public Builder apiCallLogging(@Nullable String apiCallLogging) {
					this.apiCallLogging = apiCallLogging;
					return this;
				}

				/**
				 * The list of project ids if api_call_logging is set to
				 * {@code enabled_for_selected_projects}
				 * @param apiCallLoggingProjectIds the value
				 * @return this builder
				 */
				public Builder apiCallLoggingProjectIds(@Nullable String apiCallLoggingProjectIds) {
					this.apiCallLoggingProjectIds = apiCallLoggingProjectIds;
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
				public ChangesRequested build() {
					return new ChangesRequested(this.title, this.description, this.name, this.threadsUiVisibility,
							this.usageDashboardVisibility, this.apiCallLogging, this.apiCallLoggingProjectIds,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link ChangesRequested} from the parser's tokens; Jackson creates
			 * it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<ChangesRequested> {

				Reader() {
					super(ChangesRequested.class, "title", "description", "name", "threads_ui_visibility",
							"usage_dashboard_visibility", "api_call_logging", "api_call_logging_project_ids");
				}

				@Override
				protected ChangesRequested create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new ChangesRequested((String) values[0], (String) values[1], (String) values[2],
							(String) values[3], (String) values[4], (String) values[5], (String) values[6],
							additionalProperties);
				}

			}

			/**
			 * Writes a {@link ChangesRequested} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<ChangesRequested> {

				Writer() {
					super(ChangesRequested.class, "title", "description", "name", "threads_ui_visibility",
							"usage_dashboard_visibility", "api_call_logging", "api_call_logging_project_ids");
				}

				@Override
				protected @Nullable Object value(ChangesRequested record, int index) {
					return switch (index) {
						case 0 -> record.title();
						case 1 -> record.description();
						case 2 -> record.name();
						case 3 -> record.threadsUiVisibility();
						case 4 -> record.usageDashboardVisibility();
						case 5 -> record.apiCallLogging();
						case 6 -> record.apiCallLoggingProjectIds();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(ChangesRequested record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link OrganizationUpdated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable ChangesRequested changesRequested;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(OrganizationUpdated source) {
				this.id = source.id();
				this.changesRequested = source.changesRequested();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The organization ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to update the organization settings.
			 * @param changesRequested the value
			 * @return this builder
			 */
			public Builder changesRequested(@Nullable ChangesRequested changesRequested) {
				this.changesRequested = changesRequested;
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
			public OrganizationUpdated build() {
				return new OrganizationUpdated(this.id, this.changesRequested, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link OrganizationUpdated} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<OrganizationUpdated> {

			Reader() {
				super(OrganizationUpdated.class, "id", "changes_requested");
			}

			@Override
			protected OrganizationUpdated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new OrganizationUpdated((String) values[0], (ChangesRequested) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link OrganizationUpdated} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<OrganizationUpdated> {

			Writer() {
				super(OrganizationUpdated.class, "id", "changes_requested");
			}

			@Override
			protected @Nullable Object value(OrganizationUpdated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.changesRequested();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(OrganizationUpdated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The project ID.
	 * @param data The payload used to create the project.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ProjectCreated.Reader.class)
	public static record ProjectCreated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("data") ProjectCreated.@Nullable Data data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ProjectCreated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The project ID.
		 * @param data The payload used to create the project.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ProjectCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ProjectCreated}.
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
		 * The payload used to create the project.
		 *
		 * @param name The project name.
		 * @param title The title of the project as seen on the dashboard.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Data.Reader.class)
		public static record Data(@JsonProperty("name") @Nullable String name,
				@JsonProperty("title") @Nullable String title,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Data}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param name The project name.
			 * @param title The title of the project as seen on the dashboard.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Data {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Data}.
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
			 * Builds a {@link Data}.
			 */
			public static final class Builder {

				private @Nullable String name;

				private @Nullable String title;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Data source) {
					this.name = source.name();
					this.title = source.title();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The project name.
				 * @param name the value
				 * @return this builder
				 */
				public Builder name(@Nullable String name) {
					this.name = name;
					return this;
				}

				/**
				 * The title of the project as seen on the dashboard.
				 * @param title the value
				 * @return this builder
				 */
				public Builder title(@Nullable String title) {
					this.title = title;
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
				public Data build() {
					return new Data(this.name, this.title, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Data} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Data> {

				Reader() {
					super(Data.class, "name", "title");
				}

				@Override
				protected Data create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Data((String) values[0], (String) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Data} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Data> {

				Writer() {
					super(Data.class, "name", "title");
				}

				@Override
				protected @Nullable Object value(Data record, int index) {
					return switch (index) {
						case 0 -> record.name();
						case 1 -> record.title();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Data record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link ProjectCreated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable Data data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ProjectCreated source) {
				this.id = source.id();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The project ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to create the project.
			 * @param data the value
			 * @return this builder
			 */
			public Builder data(@Nullable Data data) {
				this.data = data;
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
			public ProjectCreated build() {
				return new ProjectCreated(this.id, this.data, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ProjectCreated} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ProjectCreated> {

			Reader() {
				super(ProjectCreated.class, "id", "data");
			}

			@Override
			protected ProjectCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ProjectCreated((String) values[0], (Data) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ProjectCreated} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ProjectCreated> {

			Writer() {
				super(ProjectCreated.class, "id", "data");
			}

			@Override
			protected @Nullable Object value(ProjectCreated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ProjectCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The project ID.
	 * @param changesRequested The payload used to update the project.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ProjectUpdated.Reader.class)
	public static record ProjectUpdated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("changes_requested") ProjectUpdated.@Nullable ChangesRequested changesRequested,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ProjectUpdated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The project ID.
		 * @param changesRequested The payload used to update the project.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ProjectUpdated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ProjectUpdated}.
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
		 * The payload used to update the project.
		 *
		 * @param title The title of the project as seen on the dashboard.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = ChangesRequested.Reader.class)
		public static record ChangesRequested(@JsonProperty("title") @Nullable String title,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link ChangesRequested}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param title The title of the project as seen on the dashboard.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public ChangesRequested {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link ChangesRequested}.
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
			 * Builds a {@link ChangesRequested}.
			 */
			public static final class Builder {

				private @Nullable String title;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(ChangesRequested source) {
					this.title = source.title();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The title of the project as seen on the dashboard.
				 * @param title the value
				 * @return this builder
				 */
				public Builder title(@Nullable String title) {
					this.title = title;
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
				public ChangesRequested build() {
					return new ChangesRequested(this.title, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link ChangesRequested} from the parser's tokens; Jackson creates
			 * it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<ChangesRequested> {

				Reader() {
					super(ChangesRequested.class, "title");
				}

				@Override
				protected ChangesRequested create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new ChangesRequested((String) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link ChangesRequested} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<ChangesRequested> {

				Writer() {
					super(ChangesRequested.class, "title");
				}

				@Override
				protected @Nullable Object value(ChangesRequested record, int index) {
					return switch (index) {
						case 0 -> record.title();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(ChangesRequested record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link ProjectUpdated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable ChangesRequested changesRequested;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ProjectUpdated source) {
				this.id = source.id();
				this.changesRequested = source.changesRequested();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The project ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to update the project.
			 * @param changesRequested the value
			 * @return this builder
			 */
			public Builder changesRequested(@Nullable ChangesRequested changesRequested) {
				this.changesRequested = changesRequested;
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
			public ProjectUpdated build() {
				return new ProjectUpdated(this.id, this.changesRequested, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ProjectUpdated} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ProjectUpdated> {

			Reader() {
				super(ProjectUpdated.class, "id", "changes_requested");
			}

			@Override
			protected ProjectUpdated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ProjectUpdated((String) values[0], (ChangesRequested) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ProjectUpdated} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ProjectUpdated> {

			Writer() {
				super(ProjectUpdated.class, "id", "changes_requested");
			}

			@Override
			protected @Nullable Object value(ProjectUpdated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.changesRequested();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ProjectUpdated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The project ID.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ProjectArchived.Reader.class)
	public static record ProjectArchived(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ProjectArchived}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The project ID.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ProjectArchived {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ProjectArchived}.
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
		 * Builds a {@link ProjectArchived}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ProjectArchived source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The project ID.
			 * @param id the value
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
			public ProjectArchived build() {
				return new ProjectArchived(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ProjectArchived} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ProjectArchived> {

			Reader() {
				super(ProjectArchived.class, "id");
			}

			@Override
			protected ProjectArchived create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ProjectArchived((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ProjectArchived} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ProjectArchived> {

			Writer() {
				super(ProjectArchived.class, "id");
			}

			@Override
			protected @Nullable Object value(ProjectArchived record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ProjectArchived record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The project ID.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ProjectDeleted.Reader.class)
	public static record ProjectDeleted(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ProjectDeleted}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The project ID.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ProjectDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ProjectDeleted}.
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
		 * Builds a {@link ProjectDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ProjectDeleted source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The project ID.
			 * @param id the value
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
			public ProjectDeleted build() {
				return new ProjectDeleted(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ProjectDeleted} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ProjectDeleted> {

			Reader() {
				super(ProjectDeleted.class, "id");
			}

			@Override
			protected ProjectDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ProjectDeleted((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ProjectDeleted} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ProjectDeleted> {

			Writer() {
				super(ProjectDeleted.class, "id");
			}

			@Override
			protected @Nullable Object value(ProjectDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ProjectDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The rate limit ID
	 * @param changesRequested The payload used to update the rate limits.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RateLimitUpdated.Reader.class)
	public static record RateLimitUpdated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("changes_requested") RateLimitUpdated.@Nullable ChangesRequested changesRequested,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link RateLimitUpdated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The rate limit ID
		 * @param changesRequested The payload used to update the rate limits.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public RateLimitUpdated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link RateLimitUpdated}.
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
		 * The payload used to update the rate limits.
		 *
		 * @param maxRequestsPer1Minute The maximum requests per minute.
		 * @param maxTokensPer1Minute The maximum tokens per minute.
		 * @param maxImagesPer1Minute The maximum images per minute. Only relevant for
		 * certain models.
		 * @param maxAudioMegabytesPer1Minute The maximum audio megabytes per minute. Only
		 * relevant for certain models.
		 * @param maxRequestsPer1Day The maximum requests per day. Only relevant for
		 * certain models.
		 * @param batch1DayMaxInputTokens The maximum batch input tokens per day. Only
		 * relevant for certain models.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = ChangesRequested.Reader.class)
		public static record ChangesRequested(
				@JsonProperty("max_requests_per_1_minute") @Nullable Long maxRequestsPer1Minute,
				@JsonProperty("max_tokens_per_1_minute") @Nullable Long maxTokensPer1Minute,
				@JsonProperty("max_images_per_1_minute") @Nullable Long maxImagesPer1Minute,
				@JsonProperty("max_audio_megabytes_per_1_minute") @Nullable Long maxAudioMegabytesPer1Minute,
				@JsonProperty("max_requests_per_1_day") @Nullable Long maxRequestsPer1Day,
				@JsonProperty("batch_1_day_max_input_tokens") @Nullable Long batch1DayMaxInputTokens,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link ChangesRequested}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param maxRequestsPer1Minute The maximum requests per minute.
			 * @param maxTokensPer1Minute The maximum tokens per minute.
			 * @param maxImagesPer1Minute The maximum images per minute.
			 * @param maxAudioMegabytesPer1Minute The maximum audio megabytes per minute.
			 * @param maxRequestsPer1Day The maximum requests per day.
			 * @param batch1DayMaxInputTokens The maximum batch input tokens per day.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public ChangesRequested {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link ChangesRequested}.
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
			 * Builds a {@link ChangesRequested}.
			 */
			public static final class Builder {

				private @Nullable Long maxRequestsPer1Minute;

				private @Nullable Long maxTokensPer1Minute;

				private @Nullable Long maxImagesPer1Minute;

				private @Nullable Long maxAudioMegabytesPer1Minute;

				private @Nullable Long maxRequestsPer1Day;

				private @Nullable Long batch1DayMaxInputTokens;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(ChangesRequested source) {
					this.maxRequestsPer1Minute = source.maxRequestsPer1Minute();
					this.maxTokensPer1Minute = source.maxTokensPer1Minute();
					this.maxImagesPer1Minute = source.maxImagesPer1Minute();
					this.maxAudioMegabytesPer1Minute = source.maxAudioMegabytesPer1Minute();
					this.maxRequestsPer1Day = source.maxRequestsPer1Day();
					this.batch1DayMaxInputTokens = source.batch1DayMaxInputTokens();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The maximum requests per minute.
				 * @param maxRequestsPer1Minute the value
				 * @return this builder
				 */
				public Builder maxRequestsPer1Minute(@Nullable Long maxRequestsPer1Minute) {
					this.maxRequestsPer1Minute = maxRequestsPer1Minute;
					return this;
				}

				/**
				 * The maximum tokens per minute.
				 * @param maxTokensPer1Minute the value
				 * @return this builder
				 */
				public Builder maxTokensPer1Minute(@Nullable Long maxTokensPer1Minute) {
					this.maxTokensPer1Minute = maxTokensPer1Minute;
					return this;
				}

				/**
				 * The maximum images per minute.
				 * @param maxImagesPer1Minute the value
				 * @return this builder
				 */
				public Builder maxImagesPer1Minute(@Nullable Long maxImagesPer1Minute) {
					this.maxImagesPer1Minute = maxImagesPer1Minute;
					return this;
				}

				/**
				 * The maximum audio megabytes per minute.
				 * @param maxAudioMegabytesPer1Minute the value
				 * @return this builder
				 */
				public Builder maxAudioMegabytesPer1Minute(@Nullable Long maxAudioMegabytesPer1Minute) {
					this.maxAudioMegabytesPer1Minute = maxAudioMegabytesPer1Minute;
					return this;
				}

				/**
				 * The maximum requests per day.
				 * @param maxRequestsPer1Day the value
				 * @return this builder
				 */
				public Builder maxRequestsPer1Day(@Nullable Long maxRequestsPer1Day) {
					this.maxRequestsPer1Day = maxRequestsPer1Day;
					return this;
				}

				/**
				 * The maximum batch input tokens per day.
				 * @param batch1DayMaxInputTokens the value
				 * @return this builder
				 */
				public Builder batch1DayMaxInputTokens(@Nullable Long batch1DayMaxInputTokens) {
					this.batch1DayMaxInputTokens = batch1DayMaxInputTokens;
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
				public ChangesRequested build() {
					return new ChangesRequested(this.maxRequestsPer1Minute, this.maxTokensPer1Minute,
							this.maxImagesPer1Minute, this.maxAudioMegabytesPer1Minute, this.maxRequestsPer1Day,
							this.batch1DayMaxInputTokens, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link ChangesRequested} from the parser's tokens; Jackson creates
			 * it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<ChangesRequested> {

				Reader() {
					super(ChangesRequested.class, "max_requests_per_1_minute", "max_tokens_per_1_minute",
							"max_images_per_1_minute", "max_audio_megabytes_per_1_minute", "max_requests_per_1_day",
							"batch_1_day_max_input_tokens");
				}

				@Override
				protected ChangesRequested create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new ChangesRequested((Long) values[0], (Long) values[1], (Long) values[2], (Long) values[3],
							(Long) values[4], (Long) values[5], additionalProperties);
				}

			}

			/**
			 * Writes a {@link ChangesRequested} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<ChangesRequested> {

				Writer() {
					super(ChangesRequested.class, "max_requests_per_1_minute", "max_tokens_per_1_minute",
							"max_images_per_1_minute", "max_audio_megabytes_per_1_minute", "max_requests_per_1_day",
							"batch_1_day_max_input_tokens");
				}

				@Override
				protected @Nullable Object value(ChangesRequested record, int index) {
					return switch (index) {
						case 0 -> record.maxRequestsPer1Minute();
						case 1 -> record.maxTokensPer1Minute();
						case 2 -> record.maxImagesPer1Minute();
						case 3 -> record.maxAudioMegabytesPer1Minute();
						case 4 -> record.maxRequestsPer1Day();
						case 5 -> record.batch1DayMaxInputTokens();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(ChangesRequested record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link RateLimitUpdated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable ChangesRequested changesRequested;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(RateLimitUpdated source) {
				this.id = source.id();
				this.changesRequested = source.changesRequested();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The rate limit ID
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to update the rate limits.
			 * @param changesRequested the value
			 * @return this builder
			 */
			public Builder changesRequested(@Nullable ChangesRequested changesRequested) {
				this.changesRequested = changesRequested;
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
			public RateLimitUpdated build() {
				return new RateLimitUpdated(this.id, this.changesRequested, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RateLimitUpdated} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RateLimitUpdated> {

			Reader() {
				super(RateLimitUpdated.class, "id", "changes_requested");
			}

			@Override
			protected RateLimitUpdated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new RateLimitUpdated((String) values[0], (ChangesRequested) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link RateLimitUpdated} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RateLimitUpdated> {

			Writer() {
				super(RateLimitUpdated.class, "id", "changes_requested");
			}

			@Override
			protected @Nullable Object value(RateLimitUpdated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.changesRequested();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RateLimitUpdated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The rate limit ID
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RateLimitDeleted.Reader.class)
	public static record RateLimitDeleted(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link RateLimitDeleted}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The rate limit ID
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public RateLimitDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link RateLimitDeleted}.
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
		 * Builds a {@link RateLimitDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(RateLimitDeleted source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The rate limit ID
			 * @param id the value
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
			public RateLimitDeleted build() {
				return new RateLimitDeleted(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RateLimitDeleted} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RateLimitDeleted> {

			Reader() {
				super(RateLimitDeleted.class, "id");
			}

			@Override
			protected RateLimitDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new RateLimitDeleted((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link RateLimitDeleted} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RateLimitDeleted> {

			Writer() {
				super(RateLimitDeleted.class, "id");
			}

			@Override
			protected @Nullable Object value(RateLimitDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RateLimitDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The role ID.
	 * @param roleName The name of the role.
	 * @param permissions The permissions granted by the role.
	 * @param resourceType The type of resource the role belongs to.
	 * @param resourceId The resource the role is scoped to.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RoleCreated.Reader.class)
	public static record RoleCreated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("role_name") @Nullable String roleName,
			@JsonProperty("permissions") @Nullable List<String> permissions,
			@JsonProperty("resource_type") @Nullable String resourceType,
			@JsonProperty("resource_id") @Nullable String resourceId,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link RoleCreated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The role ID.
		 * @param roleName The name of the role.
		 * @param permissions The permissions granted by the role.
		 * @param resourceType The type of resource the role belongs to.
		 * @param resourceId The resource the role is scoped to.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public RoleCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link RoleCreated}.
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
		 * Builds a {@link RoleCreated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable String roleName;

			private @Nullable List<String> permissions;

			private @Nullable String resourceType;

			private @Nullable String resourceId;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(RoleCreated source) {
				this.id = source.id();
				this.roleName = source.roleName();
				this.permissions = (source.permissions() != null) ? new ArrayList<>(source.permissions()) : null;
				this.resourceType = source.resourceType();
				this.resourceId = source.resourceId();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The role ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The name of the role.
			 * @param roleName the value
			 * @return this builder
			 */
			public Builder roleName(@Nullable String roleName) {
				this.roleName = roleName;
				return this;
			}

			/**
			 * The permissions granted by the role.
			 * <p>
			 * Takes a copy of the list.
			 * @param permissions the value
			 * @return this builder
			 */
			public Builder permissions(@Nullable List<String> permissions) {
				this.permissions = (permissions != null) ? new ArrayList<>(permissions) : null;
				return this;
			}

			/**
			 * The permissions granted by the role.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param permission the item to add
			 * @return this builder
			 */
			public Builder addPermission(String permission) {
				Objects.requireNonNull(permission, "'permission' must not be null");
				if (this.permissions == null) {
					this.permissions = new ArrayList<>();
				}
				this.permissions.add(permission);
				return this;
			}

			/**
			 * The type of resource the role belongs to.
			 * @param resourceType the value
			 * @return this builder
			 */
			public Builder resourceType(@Nullable String resourceType) {
				this.resourceType = resourceType;
				return this;
			}

			/**
			 * The resource the role is scoped to.
			 * @param resourceId the value
			 * @return this builder
			 */
			public Builder resourceId(@Nullable String resourceId) {
				this.resourceId = resourceId;
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
			public RoleCreated build() {
				return new RoleCreated(
						this.id, this.roleName, (this.permissions != null)
								? Collections.unmodifiableList(new ArrayList<>(this.permissions)) : null,
						this.resourceType, this.resourceId, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RoleCreated} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RoleCreated> {

			Reader() {
				super(RoleCreated.class, "id", "role_name", "permissions", "resource_type", "resource_id");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected RoleCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new RoleCreated((String) values[0], (String) values[1], (List<String>) values[2],
						(String) values[3], (String) values[4], additionalProperties);
			}

		}

		/**
		 * Writes a {@link RoleCreated} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RoleCreated> {

			Writer() {
				super(RoleCreated.class, "id", "role_name", "permissions", "resource_type", "resource_id");
			}

			@Override
			protected @Nullable Object value(RoleCreated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.roleName();
					case 2 -> record.permissions();
					case 3 -> record.resourceType();
					case 4 -> record.resourceId();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RoleCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The role ID.
	 * @param changesRequested The payload used to update the role.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RoleUpdated.Reader.class)
	public static record RoleUpdated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("changes_requested") RoleUpdated.@Nullable ChangesRequested changesRequested,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link RoleUpdated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The role ID.
		 * @param changesRequested The payload used to update the role.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public RoleUpdated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link RoleUpdated}.
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
		 * The payload used to update the role.
		 *
		 * @param roleName The updated role name, when provided.
		 * @param resourceId The resource the role is scoped to.
		 * @param resourceType The type of resource the role belongs to.
		 * @param permissionsAdded The permissions added to the role.
		 * @param permissionsRemoved The permissions removed from the role.
		 * @param description The updated role description, when provided.
		 * @param metadata Additional metadata stored on the role.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = ChangesRequested.Reader.class)
		public static record ChangesRequested(@JsonProperty("role_name") @Nullable String roleName,
				@JsonProperty("resource_id") @Nullable String resourceId,
				@JsonProperty("resource_type") @Nullable String resourceType,
				@JsonProperty("permissions_added") @Nullable List<String> permissionsAdded,
				@JsonProperty("permissions_removed") @Nullable List<String> permissionsRemoved,
				@JsonProperty("description") @Nullable String description,
				@JsonProperty("metadata") @Nullable Map<String, Object> metadata,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link ChangesRequested}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param roleName The updated role name, when provided.
			 * @param resourceId The resource the role is scoped to.
			 * @param resourceType The type of resource the role belongs to.
			 * @param permissionsAdded The permissions added to the role.
			 * @param permissionsRemoved The permissions removed from the role.
			 * @param description The updated role description, when provided.
			 * @param metadata Additional metadata stored on the role.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public ChangesRequested {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link ChangesRequested}.
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
			 * Builds a {@link ChangesRequested}.
			 */
			public static final class Builder {

				private @Nullable String roleName;

				private @Nullable String resourceId;

				private @Nullable String resourceType;

				private @Nullable List<String> permissionsAdded;

				private @Nullable List<String> permissionsRemoved;

				private @Nullable String description;

				private @Nullable Map<String, Object> metadata;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(ChangesRequested source) {
					this.roleName = source.roleName();
					this.resourceId = source.resourceId();
					this.resourceType = source.resourceType();
					this.permissionsAdded = (source.permissionsAdded() != null)
							? new ArrayList<>(source.permissionsAdded()) : null;
					this.permissionsRemoved = (source.permissionsRemoved() != null)
							? new ArrayList<>(source.permissionsRemoved()) : null;
					this.description = source.description();
					this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The updated role name, when provided.
				 * @param roleName the value
				 * @return this builder
				 */
				public Builder roleName(@Nullable String roleName) {
					this.roleName = roleName;
					return this;
				}

				/**
				 * The resource the role is scoped to.
				 * @param resourceId the value
				 * @return this builder
				 */
				public Builder resourceId(@Nullable String resourceId) {
					this.resourceId = resourceId;
					return this;
				}

				/**
				 * The type of resource the role belongs to.
				 * @param resourceType the value
				 * @return this builder
				 */
				public Builder resourceType(@Nullable String resourceType) {
					this.resourceType = resourceType;
					return this;
				}

				/**
				 * The permissions added to the role.
				 * <p>
				 * Takes a copy of the list.
				 * @param permissionsAdded the value
				 * @return this builder
				 */
				public Builder permissionsAdded(@Nullable List<String> permissionsAdded) {
					this.permissionsAdded = (permissionsAdded != null) ? new ArrayList<>(permissionsAdded) : null;
					return this;
				}

				/**
				 * The permissions added to the role.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param permissionsAdded the item to add
				 * @return this builder
				 */
				public Builder addPermissionsAdded(String permissionsAdded) {
					Objects.requireNonNull(permissionsAdded, "'permissionsAdded' must not be null");
					if (this.permissionsAdded == null) {
						this.permissionsAdded = new ArrayList<>();
					}
					this.permissionsAdded.add(permissionsAdded);
					return this;
				}

				/**
				 * The permissions removed from the role.
				 * <p>
				 * Takes a copy of the list.
				 * @param permissionsRemoved the value
				 * @return this builder
				 */
				public Builder permissionsRemoved(@Nullable List<String> permissionsRemoved) {
					this.permissionsRemoved = (permissionsRemoved != null) ? new ArrayList<>(permissionsRemoved) : null;
					return this;
				}

				/**
				 * The permissions removed from the role.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param permissionsRemoved the item to add
				 * @return this builder
				 */
				public Builder addPermissionsRemoved(String permissionsRemoved) {
					Objects.requireNonNull(permissionsRemoved, "'permissionsRemoved' must not be null");
					if (this.permissionsRemoved == null) {
						this.permissionsRemoved = new ArrayList<>();
					}
					this.permissionsRemoved.add(permissionsRemoved);
					return this;
				}

				/**
				 * The updated role description, when provided.
				 * @param description the value
				 * @return this builder
				 */
				public Builder description(@Nullable String description) {
					this.description = description;
					return this;
				}

				/**
				 * Additional metadata stored on the role.
				 * <p>
				 * Takes a copy of the map.
				 * @param metadata the value
				 * @return this builder
				 */
				public Builder metadata(@Nullable Map<String, ?> metadata) {
					this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
					return this;
				}

				/**
				 * Additional metadata stored on the role.
				 * <p>
				 * Puts one entry in the map, replacing the value of a name it has.
				 * @param key the entry's name
				 * @param value its value
				 * @return this builder
				 */
				public Builder putMetadata(String key, Object value) {
					Objects.requireNonNull(key, "'key' must not be null");
					Objects.requireNonNull(value, "'value' must not be null");
					if (this.metadata == null) {
						this.metadata = new LinkedHashMap<>();
					}
					this.metadata.put(key, value);
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
				public ChangesRequested build() {
					return new ChangesRequested(this.roleName, this.resourceId, this.resourceType,
							(this.permissionsAdded != null)
									? Collections.unmodifiableList(new ArrayList<>(this.permissionsAdded)) : null,
							(this.permissionsRemoved != null)
									? Collections.unmodifiableList(new ArrayList<>(this.permissionsRemoved)) : null,
							this.description, (this.metadata != null)
									? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link ChangesRequested} from the parser's tokens; Jackson creates
			 * it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<ChangesRequested> {

				Reader() {
					super(ChangesRequested.class, "role_name", "resource_id", "resource_type", "permissions_added",
							"permissions_removed", "description", "metadata");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected ChangesRequested create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new ChangesRequested((String) values[0], (String) values[1], (String) values[2],
							(List<String>) values[3], (List<String>) values[4], (String) values[5],
							(Map<String, Object>) values[6], additionalProperties);
				}

			}

			/**
			 * Writes a {@link ChangesRequested} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<ChangesRequested> {

				Writer() {
					super(ChangesRequested.class, "role_name", "resource_id", "resource_type", "permissions_added",
							"permissions_removed", "description", "metadata");
				}

				@Override
				protected @Nullable Object value(ChangesRequested record, int index) {
					return switch (index) {
						case 0 -> record.roleName();
						case 1 -> record.resourceId();
						case 2 -> record.resourceType();
						case 3 -> record.permissionsAdded();
						case 4 -> record.permissionsRemoved();
						case 5 -> record.description();
						case 6 -> record.metadata();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(ChangesRequested record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link RoleUpdated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable ChangesRequested changesRequested;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(RoleUpdated source) {
				this.id = source.id();
				this.changesRequested = source.changesRequested();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The role ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to update the role.
			 * @param changesRequested the value
			 * @return this builder
			 */
			public Builder changesRequested(@Nullable ChangesRequested changesRequested) {
				this.changesRequested = changesRequested;
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
			public RoleUpdated build() {
				return new RoleUpdated(this.id, this.changesRequested, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RoleUpdated} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RoleUpdated> {

			Reader() {
				super(RoleUpdated.class, "id", "changes_requested");
			}

			@Override
			protected RoleUpdated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new RoleUpdated((String) values[0], (ChangesRequested) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link RoleUpdated} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RoleUpdated> {

			Writer() {
				super(RoleUpdated.class, "id", "changes_requested");
			}

			@Override
			protected @Nullable Object value(RoleUpdated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.changesRequested();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RoleUpdated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The role ID.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RoleDeleted.Reader.class)
	public static record RoleDeleted(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link RoleDeleted}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The role ID.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public RoleDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link RoleDeleted}.
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
		 * Builds a {@link RoleDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(RoleDeleted source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The role ID.
			 * @param id the value
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
			public RoleDeleted build() {
				return new RoleDeleted(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RoleDeleted} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RoleDeleted> {

			Reader() {
				super(RoleDeleted.class, "id");
			}

			@Override
			protected RoleDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new RoleDeleted((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link RoleDeleted} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RoleDeleted> {

			Writer() {
				super(RoleDeleted.class, "id");
			}

			@Override
			protected @Nullable Object value(RoleDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RoleDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The identifier of the role assignment.
	 * @param principalId The principal (user or group) that received the role.
	 * @param principalType The type of principal (user or group) that received the role.
	 * @param resourceId The resource the role assignment is scoped to.
	 * @param resourceType The type of resource the role assignment is scoped to.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RoleAssignmentCreated.Reader.class)
	public static record RoleAssignmentCreated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("principal_id") @Nullable String principalId,
			@JsonProperty("principal_type") @Nullable String principalType,
			@JsonProperty("resource_id") @Nullable String resourceId,
			@JsonProperty("resource_type") @Nullable String resourceType,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link RoleAssignmentCreated}; {@code additionalProperties} becomes
		 * an unmodifiable copy, empty for null.
		 * @param id The identifier of the role assignment.
		 * @param principalId The principal (user or group) that received the role.
		 * @param principalType The type of principal (user or group) that received the
		 * role.
		 * @param resourceId The resource the role assignment is scoped to.
		 * @param resourceType The type of resource the role assignment is scoped to.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public RoleAssignmentCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link RoleAssignmentCreated}.
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
		 * Builds a {@link RoleAssignmentCreated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable String principalId;

			private @Nullable String principalType;

			private @Nullable String resourceId;

			private @Nullable String resourceType;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(RoleAssignmentCreated source) {
				this.id = source.id();
				this.principalId = source.principalId();
				this.principalType = source.principalType();
				this.resourceId = source.resourceId();
				this.resourceType = source.resourceType();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The identifier of the role assignment.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The principal (user or group) that received the role.
			 * @param principalId the value
			 * @return this builder
			 */
			public Builder principalId(@Nullable String principalId) {
				this.principalId = principalId;
				return this;
			}

			/**
			 * The type of principal (user or group) that received the role.
			 * @param principalType the value
			 * @return this builder
			 */
			public Builder principalType(@Nullable String principalType) {
				this.principalType = principalType;
				return this;
			}

			/**
			 * The resource the role assignment is scoped to.
			 * @param resourceId the value
			 * @return this builder
			 */
			public Builder resourceId(@Nullable String resourceId) {
				this.resourceId = resourceId;
				return this;
			}

			/**
			 * The type of resource the role assignment is scoped to.
			 * @param resourceType the value
			 * @return this builder
			 */
			public Builder resourceType(@Nullable String resourceType) {
				this.resourceType = resourceType;
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
			public RoleAssignmentCreated build() {
				return new RoleAssignmentCreated(this.id, this.principalId, this.principalType, this.resourceId,
						this.resourceType, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RoleAssignmentCreated} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RoleAssignmentCreated> {

			Reader() {
				super(RoleAssignmentCreated.class, "id", "principal_id", "principal_type", "resource_id",
						"resource_type");
			}

			@Override
			protected RoleAssignmentCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new RoleAssignmentCreated((String) values[0], (String) values[1], (String) values[2],
						(String) values[3], (String) values[4], additionalProperties);
			}

		}

		/**
		 * Writes a {@link RoleAssignmentCreated} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RoleAssignmentCreated> {

			Writer() {
				super(RoleAssignmentCreated.class, "id", "principal_id", "principal_type", "resource_id",
						"resource_type");
			}

			@Override
			protected @Nullable Object value(RoleAssignmentCreated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.principalId();
					case 2 -> record.principalType();
					case 3 -> record.resourceId();
					case 4 -> record.resourceType();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RoleAssignmentCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The identifier of the role assignment.
	 * @param principalId The principal (user or group) that had the role removed.
	 * @param principalType The type of principal (user or group) that had the role
	 * removed.
	 * @param resourceId The resource the role assignment was scoped to.
	 * @param resourceType The type of resource the role assignment was scoped to.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = RoleAssignmentDeleted.Reader.class)
	public static record RoleAssignmentDeleted(@JsonProperty("id") @Nullable String id,
			@JsonProperty("principal_id") @Nullable String principalId,
			@JsonProperty("principal_type") @Nullable String principalType,
			@JsonProperty("resource_id") @Nullable String resourceId,
			@JsonProperty("resource_type") @Nullable String resourceType,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link RoleAssignmentDeleted}; {@code additionalProperties} becomes
		 * an unmodifiable copy, empty for null.
		 * @param id The identifier of the role assignment.
		 * @param principalId The principal (user or group) that had the role removed.
		 * @param principalType The type of principal (user or group) that had the role
		 * removed.
		 * @param resourceId The resource the role assignment was scoped to.
		 * @param resourceType The type of resource the role assignment was scoped to.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public RoleAssignmentDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link RoleAssignmentDeleted}.
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
		 * Builds a {@link RoleAssignmentDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable String principalId;

			private @Nullable String principalType;

			private @Nullable String resourceId;

			private @Nullable String resourceType;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(RoleAssignmentDeleted source) {
				this.id = source.id();
				this.principalId = source.principalId();
				this.principalType = source.principalType();
				this.resourceId = source.resourceId();
				this.resourceType = source.resourceType();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The identifier of the role assignment.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The principal (user or group) that had the role removed.
			 * @param principalId the value
			 * @return this builder
			 */
			public Builder principalId(@Nullable String principalId) {
				this.principalId = principalId;
				return this;
			}

			/**
			 * The type of principal (user or group) that had the role removed.
			 * @param principalType the value
			 * @return this builder
			 */
			public Builder principalType(@Nullable String principalType) {
				this.principalType = principalType;
				return this;
			}

			/**
			 * The resource the role assignment was scoped to.
			 * @param resourceId the value
			 * @return this builder
			 */
			public Builder resourceId(@Nullable String resourceId) {
				this.resourceId = resourceId;
				return this;
			}

			/**
			 * The type of resource the role assignment was scoped to.
			 * @param resourceType the value
			 * @return this builder
			 */
			public Builder resourceType(@Nullable String resourceType) {
				this.resourceType = resourceType;
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
			public RoleAssignmentDeleted build() {
				return new RoleAssignmentDeleted(this.id, this.principalId, this.principalType, this.resourceId,
						this.resourceType, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link RoleAssignmentDeleted} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<RoleAssignmentDeleted> {

			Reader() {
				super(RoleAssignmentDeleted.class, "id", "principal_id", "principal_type", "resource_id",
						"resource_type");
			}

			@Override
			protected RoleAssignmentDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new RoleAssignmentDeleted((String) values[0], (String) values[1], (String) values[2],
						(String) values[3], (String) values[4], additionalProperties);
			}

		}

		/**
		 * Writes a {@link RoleAssignmentDeleted} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<RoleAssignmentDeleted> {

			Writer() {
				super(RoleAssignmentDeleted.class, "id", "principal_id", "principal_type", "resource_id",
						"resource_type");
			}

			@Override
			protected @Nullable Object value(RoleAssignmentDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.principalId();
					case 2 -> record.principalType();
					case 3 -> record.resourceId();
					case 4 -> record.resourceType();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(RoleAssignmentDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The service account ID.
	 * @param data The payload used to create the service account.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ServiceAccountCreated.Reader.class)
	public static record ServiceAccountCreated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("data") ServiceAccountCreated.@Nullable Data data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ServiceAccountCreated}; {@code additionalProperties} becomes
		 * an unmodifiable copy, empty for null.
		 * @param id The service account ID.
		 * @param data The payload used to create the service account.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ServiceAccountCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ServiceAccountCreated}.
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
		 * The payload used to create the service account.
		 *
		 * @param role The role of the service account. Is either {@code owner} or
		 * {@code member}.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Data.Reader.class)
		public static record Data(@JsonProperty("role") @Nullable String role,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Data}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param role The role of the service account.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Data {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Data}.
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
			 * Builds a {@link Data}.
			 */
			public static final class Builder {

				private @Nullable String role;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Data source) {
					this.role = source.role();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The role of the service account.
				 * @param role the value
				 * @return this builder
				 */
				public Builder role(@Nullable String role) {
					this.role = role;
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
				public Data build() {
					return new Data(this.role, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Data} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Data> {

				Reader() {
					super(Data.class, "role");
				}

				@Override
				protected Data create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Data((String) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Data} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Data> {

				Writer() {
					super(Data.class, "role");
				}

				@Override
				protected @Nullable Object value(Data record, int index) {
					return switch (index) {
						case 0 -> record.role();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Data record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link ServiceAccountCreated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable Data data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ServiceAccountCreated source) {
				this.id = source.id();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The service account ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to create the service account.
			 * @param data the value
			 * @return this builder
			 */
			public Builder data(@Nullable Data data) {
				this.data = data;
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
			public ServiceAccountCreated build() {
				return new ServiceAccountCreated(this.id, this.data, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ServiceAccountCreated} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ServiceAccountCreated> {

			Reader() {
				super(ServiceAccountCreated.class, "id", "data");
			}

			@Override
			protected ServiceAccountCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ServiceAccountCreated((String) values[0], (Data) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ServiceAccountCreated} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ServiceAccountCreated> {

			Writer() {
				super(ServiceAccountCreated.class, "id", "data");
			}

			@Override
			protected @Nullable Object value(ServiceAccountCreated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ServiceAccountCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The service account ID.
	 * @param changesRequested The payload used to updated the service account.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ServiceAccountUpdated.Reader.class)
	public static record ServiceAccountUpdated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("changes_requested") ServiceAccountUpdated.@Nullable ChangesRequested changesRequested,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ServiceAccountUpdated}; {@code additionalProperties} becomes
		 * an unmodifiable copy, empty for null.
		 * @param id The service account ID.
		 * @param changesRequested The payload used to updated the service account.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ServiceAccountUpdated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ServiceAccountUpdated}.
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
		 * The payload used to updated the service account.
		 *
		 * @param role The role of the service account. Is either {@code owner} or
		 * {@code member}.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = ChangesRequested.Reader.class)
		public static record ChangesRequested(@JsonProperty("role") @Nullable String role,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link ChangesRequested}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param role The role of the service account.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public ChangesRequested {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link ChangesRequested}.
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
			 * Builds a {@link ChangesRequested}.
			 */
			public static final class Builder {

				private @Nullable String role;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(ChangesRequested source) {
					this.role = source.role();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The role of the service account.
				 * @param role the value
				 * @return this builder
				 */
				public Builder role(@Nullable String role) {
					this.role = role;
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
				public ChangesRequested build() {
					return new ChangesRequested(this.role, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link ChangesRequested} from the parser's tokens; Jackson creates
			 * it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<ChangesRequested> {

				Reader() {
					super(ChangesRequested.class, "role");
				}

				@Override
				protected ChangesRequested create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new ChangesRequested((String) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link ChangesRequested} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<ChangesRequested> {

				Writer() {
					super(ChangesRequested.class, "role");
				}

				@Override
				protected @Nullable Object value(ChangesRequested record, int index) {
					return switch (index) {
						case 0 -> record.role();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(ChangesRequested record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link ServiceAccountUpdated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable ChangesRequested changesRequested;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ServiceAccountUpdated source) {
				this.id = source.id();
				this.changesRequested = source.changesRequested();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The service account ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to updated the service account.
			 * @param changesRequested the value
			 * @return this builder
			 */
			public Builder changesRequested(@Nullable ChangesRequested changesRequested) {
				this.changesRequested = changesRequested;
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
			public ServiceAccountUpdated build() {
				return new ServiceAccountUpdated(this.id, this.changesRequested, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ServiceAccountUpdated} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ServiceAccountUpdated> {

			Reader() {
				super(ServiceAccountUpdated.class, "id", "changes_requested");
			}

			@Override
			protected ServiceAccountUpdated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ServiceAccountUpdated((String) values[0], (ChangesRequested) values[1],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link ServiceAccountUpdated} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ServiceAccountUpdated> {

			Writer() {
				super(ServiceAccountUpdated.class, "id", "changes_requested");
			}

			@Override
			protected @Nullable Object value(ServiceAccountUpdated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.changesRequested();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ServiceAccountUpdated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The service account ID.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ServiceAccountDeleted.Reader.class)
	public static record ServiceAccountDeleted(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ServiceAccountDeleted}; {@code additionalProperties} becomes
		 * an unmodifiable copy, empty for null.
		 * @param id The service account ID.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ServiceAccountDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ServiceAccountDeleted}.
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
		 * Builds a {@link ServiceAccountDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ServiceAccountDeleted source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The service account ID.
			 * @param id the value
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
			public ServiceAccountDeleted build() {
				return new ServiceAccountDeleted(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ServiceAccountDeleted} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ServiceAccountDeleted> {

			Reader() {
				super(ServiceAccountDeleted.class, "id");
			}

			@Override
			protected ServiceAccountDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ServiceAccountDeleted((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ServiceAccountDeleted} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ServiceAccountDeleted> {

			Writer() {
				super(ServiceAccountDeleted.class, "id");
			}

			@Override
			protected @Nullable Object value(ServiceAccountDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ServiceAccountDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The user ID.
	 * @param data The payload used to add the user to the project.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = UserAdded.Reader.class)
	public static record UserAdded(@JsonProperty("id") @Nullable String id,
			@JsonProperty("data") UserAdded.@Nullable Data data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link UserAdded}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The user ID.
		 * @param data The payload used to add the user to the project.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public UserAdded {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link UserAdded}.
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
		 * The payload used to add the user to the project.
		 *
		 * @param role The role of the user. Is either {@code owner} or {@code member}.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Data.Reader.class)
		public static record Data(@JsonProperty("role") @Nullable String role,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Data}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param role The role of the user.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Data {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Data}.
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
			 * Builds a {@link Data}.
			 */
			public static final class Builder {

				private @Nullable String role;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Data source) {
					this.role = source.role();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The role of the user.
				 * @param role the value
				 * @return this builder
				 */
				public Builder role(@Nullable String role) {
					this.role = role;
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
				public Data build() {
					return new Data(this.role, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Data} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Data> {

				Reader() {
					super(Data.class, "role");
				}

				@Override
				protected Data create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Data((String) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Data} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Data> {

				Writer() {
					super(Data.class, "role");
				}

				@Override
				protected @Nullable Object value(Data record, int index) {
					return switch (index) {
						case 0 -> record.role();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Data record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link UserAdded}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable Data data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(UserAdded source) {
				this.id = source.id();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The user ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to add the user to the project.
			 * @param data the value
			 * @return this builder
			 */
			public Builder data(@Nullable Data data) {
				this.data = data;
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
			public UserAdded build() {
				return new UserAdded(this.id, this.data, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link UserAdded} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<UserAdded> {

			Reader() {
				super(UserAdded.class, "id", "data");
			}

			@Override
			protected UserAdded create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new UserAdded((String) values[0], (Data) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link UserAdded} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<UserAdded> {

			Writer() {
				super(UserAdded.class, "id", "data");
			}

			@Override
			protected @Nullable Object value(UserAdded record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(UserAdded record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The project ID.
	 * @param changesRequested The payload used to update the user.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = UserUpdated.Reader.class)
	public static record UserUpdated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("changes_requested") UserUpdated.@Nullable ChangesRequested changesRequested,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link UserUpdated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The project ID.
		 * @param changesRequested The payload used to update the user.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public UserUpdated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link UserUpdated}.
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
		 * The payload used to update the user.
		 *
		 * @param role The role of the user. Is either {@code owner} or {@code member}.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = ChangesRequested.Reader.class)
		public static record ChangesRequested(@JsonProperty("role") @Nullable String role,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link ChangesRequested}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param role The role of the user.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public ChangesRequested {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link ChangesRequested}.
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
			 * Builds a {@link ChangesRequested}.
			 */
			public static final class Builder {

				private @Nullable String role;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(ChangesRequested source) {
					this.role = source.role();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The role of the user.
				 * @param role the value
				 * @return this builder
				 */
				public Builder role(@Nullable String role) {
					this.role = role;
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
				public ChangesRequested build() {
					return new ChangesRequested(this.role, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link ChangesRequested} from the parser's tokens; Jackson creates
			 * it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<ChangesRequested> {

				Reader() {
					super(ChangesRequested.class, "role");
				}

				@Override
				protected ChangesRequested create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new ChangesRequested((String) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link ChangesRequested} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<ChangesRequested> {

				Writer() {
					super(ChangesRequested.class, "role");
				}

				@Override
				protected @Nullable Object value(ChangesRequested record, int index) {
					return switch (index) {
						case 0 -> record.role();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(ChangesRequested record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link UserUpdated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable ChangesRequested changesRequested;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(UserUpdated source) {
				this.id = source.id();
				this.changesRequested = source.changesRequested();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The project ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The payload used to update the user.
			 * @param changesRequested the value
			 * @return this builder
			 */
			public Builder changesRequested(@Nullable ChangesRequested changesRequested) {
				this.changesRequested = changesRequested;
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
			public UserUpdated build() {
				return new UserUpdated(this.id, this.changesRequested, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link UserUpdated} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<UserUpdated> {

			Reader() {
				super(UserUpdated.class, "id", "changes_requested");
			}

			@Override
			protected UserUpdated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new UserUpdated((String) values[0], (ChangesRequested) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link UserUpdated} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<UserUpdated> {

			Writer() {
				super(UserUpdated.class, "id", "changes_requested");
			}

			@Override
			protected @Nullable Object value(UserUpdated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.changesRequested();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(UserUpdated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The user ID.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = UserDeleted.Reader.class)
	public static record UserDeleted(@JsonProperty("id") @Nullable String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link UserDeleted}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The user ID.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public UserDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link UserDeleted}.
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
		 * Builds a {@link UserDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(UserDeleted source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The user ID.
			 * @param id the value
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
			public UserDeleted build() {
				return new UserDeleted(this.id, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link UserDeleted} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<UserDeleted> {

			Reader() {
				super(UserDeleted.class, "id");
			}

			@Override
			protected UserDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new UserDeleted((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link UserDeleted} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<UserDeleted> {

			Writer() {
				super(UserDeleted.class, "id");
			}

			@Override
			protected @Nullable Object value(UserDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(UserDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The certificate ID.
	 * @param name The name of the certificate.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = CertificateCreated.Reader.class)
	public static record CertificateCreated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("name") @Nullable String name,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link CertificateCreated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The certificate ID.
		 * @param name The name of the certificate.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public CertificateCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link CertificateCreated}.
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
		 * Builds a {@link CertificateCreated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable String name;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(CertificateCreated source) {
				this.id = source.id();
				this.name = source.name();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The certificate ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The name of the certificate.
			 * @param name the value
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
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
			public CertificateCreated build() {
				return new CertificateCreated(this.id, this.name, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link CertificateCreated} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<CertificateCreated> {

			Reader() {
				super(CertificateCreated.class, "id", "name");
			}

			@Override
			protected CertificateCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new CertificateCreated((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link CertificateCreated} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<CertificateCreated> {

			Writer() {
				super(CertificateCreated.class, "id", "name");
			}

			@Override
			protected @Nullable Object value(CertificateCreated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.name();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(CertificateCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The certificate ID.
	 * @param name The name of the certificate.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = CertificateUpdated.Reader.class)
	public static record CertificateUpdated(@JsonProperty("id") @Nullable String id,
			@JsonProperty("name") @Nullable String name,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link CertificateUpdated}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The certificate ID.
		 * @param name The name of the certificate.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public CertificateUpdated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link CertificateUpdated}.
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
		 * Builds a {@link CertificateUpdated}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable String name;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(CertificateUpdated source) {
				this.id = source.id();
				this.name = source.name();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The certificate ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The name of the certificate.
			 * @param name the value
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
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
			public CertificateUpdated build() {
				return new CertificateUpdated(this.id, this.name, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link CertificateUpdated} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<CertificateUpdated> {

			Reader() {
				super(CertificateUpdated.class, "id", "name");
			}

			@Override
			protected CertificateUpdated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new CertificateUpdated((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link CertificateUpdated} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<CertificateUpdated> {

			Writer() {
				super(CertificateUpdated.class, "id", "name");
			}

			@Override
			protected @Nullable Object value(CertificateUpdated record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.name();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(CertificateUpdated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param id The certificate ID.
	 * @param name The name of the certificate.
	 * @param certificate The certificate content in PEM format.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = CertificateDeleted.Reader.class)
	public static record CertificateDeleted(@JsonProperty("id") @Nullable String id,
			@JsonProperty("name") @Nullable String name, @JsonProperty("certificate") @Nullable String certificate,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link CertificateDeleted}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param id The certificate ID.
		 * @param name The name of the certificate.
		 * @param certificate The certificate content in PEM format.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public CertificateDeleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link CertificateDeleted}.
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
		 * Builds a {@link CertificateDeleted}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private @Nullable String name;

			private @Nullable String certificate;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(CertificateDeleted source) {
				this.id = source.id();
				this.name = source.name();
				this.certificate = source.certificate();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The certificate ID.
			 * @param id the value
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
				return this;
			}

			/**
			 * The name of the certificate.
			 * @param name the value
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
				return this;
			}

			/**
			 * The certificate content in PEM format.
			 * @param certificate the value
			 * @return this builder
			 */
			public Builder certificate(@Nullable String certificate) {
				this.certificate = certificate;
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
			public CertificateDeleted build() {
				return new CertificateDeleted(this.id, this.name, this.certificate, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link CertificateDeleted} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<CertificateDeleted> {

			Reader() {
				super(CertificateDeleted.class, "id", "name", "certificate");
			}

			@Override
			protected CertificateDeleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new CertificateDeleted((String) values[0], (String) values[1], (String) values[2],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link CertificateDeleted} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<CertificateDeleted> {

			Writer() {
				super(CertificateDeleted.class, "id", "name", "certificate");
			}

			@Override
			protected @Nullable Object value(CertificateDeleted record, int index) {
				return switch (index) {
					case 0 -> record.id();
					case 1 -> record.name();
					case 2 -> record.certificate();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(CertificateDeleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param certificates A list of a
	 * {@link dev.reactiveai.openai.types.AuditLog.CertificatesActivated.Certificate} (the
	 * API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = CertificatesActivated.Reader.class)
	public static record CertificatesActivated(
			@JsonProperty("certificates") @Nullable List<CertificatesActivated.Certificate> certificates,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link CertificatesActivated}; {@code additionalProperties} becomes
		 * an unmodifiable copy, empty for null.
		 * @param certificates A list of a
		 * {@link dev.reactiveai.openai.types.AuditLog.CertificatesActivated.Certificate}
		 * (the API description says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public CertificatesActivated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link CertificatesActivated}.
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
		 * An item of a {@link CertificatesActivated}'s {@code certificates}.
		 *
		 * @param id The certificate ID.
		 * @param name The name of the certificate.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Certificate.Reader.class)
		public static record Certificate(@JsonProperty("id") @Nullable String id,
				@JsonProperty("name") @Nullable String name,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Certificate}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param id The certificate ID.
			 * @param name The name of the certificate.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Certificate {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Certificate}.
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
			 * Builds a {@link Certificate}.
			 */
			public static final class Builder {

				private @Nullable String id;

				private @Nullable String name;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Certificate source) {
					this.id = source.id();
					this.name = source.name();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The certificate ID.
				 * @param id the value
				 * @return this builder
				 */
				public Builder id(@Nullable String id) {
					this.id = id;
					return this;
				}

				/**
				 * The name of the certificate.
				 * @param name the value
				 * @return this builder
				 */
				public Builder name(@Nullable String name) {
					this.name = name;
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
				public Certificate build() {
					return new Certificate(this.id, this.name, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Certificate} from the parser's tokens; Jackson creates it
			 * from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Certificate> {

				Reader() {
					super(Certificate.class, "id", "name");
				}

				@Override
				protected Certificate create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new Certificate((String) values[0], (String) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Certificate} without reflection; the client's mapper finds
			 * it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Certificate> {

				Writer() {
					super(Certificate.class, "id", "name");
				}

				@Override
				protected @Nullable Object value(Certificate record, int index) {
					return switch (index) {
						case 0 -> record.id();
						case 1 -> record.name();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Certificate record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link CertificatesActivated}.
		 */
		public static final class Builder {

			private @Nullable List<Certificate> certificates;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(CertificatesActivated source) {
				this.certificates = (source.certificates() != null) ? new ArrayList<>(source.certificates()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * A list of a
			 * {@link dev.reactiveai.openai.types.AuditLog.CertificatesActivated.Certificate}
			 * (the API description says no more).
			 * <p>
			 * Takes a copy of the list.
			 * @param certificates the value
			 * @return this builder
			 */
			public Builder certificates(@Nullable List<Certificate> certificates) {
				this.certificates = (certificates != null) ? new ArrayList<>(certificates) : null;
				return this;
			}

			/**
			 * A list of a
			 * {@link dev.reactiveai.openai.types.AuditLog.CertificatesActivated.Certificate}
			 * (the API description says no more).
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param certificate the item to add
			 * @return this builder
			 */
			public Builder addCertificate(Certificate certificate) {
				Objects.requireNonNull(certificate, "'certificate' must not be null");
				if (this.certificates == null) {
					this.certificates = new ArrayList<>();
				}
				this.certificates.add(certificate);
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
			public CertificatesActivated build() {
				return new CertificatesActivated((this.certificates != null)
						? Collections.unmodifiableList(new ArrayList<>(this.certificates)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link CertificatesActivated} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<CertificatesActivated> {

			Reader() {
				super(CertificatesActivated.class, "certificates");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected CertificatesActivated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new CertificatesActivated((List<Certificate>) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link CertificatesActivated} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<CertificatesActivated> {

			Writer() {
				super(CertificatesActivated.class, "certificates");
			}

			@Override
			protected @Nullable Object value(CertificatesActivated record, int index) {
				return switch (index) {
					case 0 -> record.certificates();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(CertificatesActivated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * The details for events with this {@code type}.
	 *
	 * @param certificates A list of a
	 * {@link dev.reactiveai.openai.types.AuditLog.CertificatesDeactivated.Certificate}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = CertificatesDeactivated.Reader.class)
	public static record CertificatesDeactivated(
			@JsonProperty("certificates") @Nullable List<CertificatesDeactivated.Certificate> certificates,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link CertificatesDeactivated}; {@code additionalProperties} becomes
		 * an unmodifiable copy, empty for null.
		 * @param certificates A list of a
		 * {@link dev.reactiveai.openai.types.AuditLog.CertificatesDeactivated.Certificate}
		 * (the API description says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public CertificatesDeactivated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link CertificatesDeactivated}.
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
		 * An item of a {@link CertificatesDeactivated}'s {@code certificates}.
		 *
		 * @param id The certificate ID.
		 * @param name The name of the certificate.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Certificate.Reader.class)
		public static record Certificate(@JsonProperty("id") @Nullable String id,
				@JsonProperty("name") @Nullable String name,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Certificate}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param id The certificate ID.
			 * @param name The name of the certificate.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Certificate {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Certificate}.
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
			 * Builds a {@link Certificate}.
			 */
			public static final class Builder {

				private @Nullable String id;

				private @Nullable String name;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Certificate source) {
					this.id = source.id();
					this.name = source.name();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The certificate ID.
				 * @param id the value
				 * @return this builder
				 */
				public Builder id(@Nullable String id) {
					this.id = id;
					return this;
				}

				/**
				 * The name of the certificate.
				 * @param name the value
				 * @return this builder
				 */
				public Builder name(@Nullable String name) {
					this.name = name;
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
				public Certificate build() {
					return new Certificate(this.id, this.name, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Certificate} from the parser's tokens; Jackson creates it
			 * from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Certificate> {

				Reader() {
					super(Certificate.class, "id", "name");
				}

				@Override
				protected Certificate create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new Certificate((String) values[0], (String) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Certificate} without reflection; the client's mapper finds
			 * it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Certificate> {

				Writer() {
					super(Certificate.class, "id", "name");
				}

				@Override
				protected @Nullable Object value(Certificate record, int index) {
					return switch (index) {
						case 0 -> record.id();
						case 1 -> record.name();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Certificate record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link CertificatesDeactivated}.
		 */
		public static final class Builder {

			private @Nullable List<Certificate> certificates;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(CertificatesDeactivated source) {
				this.certificates = (source.certificates() != null) ? new ArrayList<>(source.certificates()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * A list of a
			 * {@link dev.reactiveai.openai.types.AuditLog.CertificatesDeactivated.Certificate}
			 * (the API description says no more).
			 * <p>
			 * Takes a copy of the list.
			 * @param certificates the value
			 * @return this builder
			 */
			public Builder certificates(@Nullable List<Certificate> certificates) {
				this.certificates = (certificates != null) ? new ArrayList<>(certificates) : null;
				return this;
			}

			/**
			 * A list of a
			 * {@link dev.reactiveai.openai.types.AuditLog.CertificatesDeactivated.Certificate}
			 * (the API description says no more).
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param certificate the item to add
			 * @return this builder
			 */
			public Builder addCertificate(Certificate certificate) {
				Objects.requireNonNull(certificate, "'certificate' must not be null");
				if (this.certificates == null) {
					this.certificates = new ArrayList<>();
				}
				this.certificates.add(certificate);
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
			public CertificatesDeactivated build() {
				return new CertificatesDeactivated((this.certificates != null)
						? Collections.unmodifiableList(new ArrayList<>(this.certificates)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link CertificatesDeactivated} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<CertificatesDeactivated> {

			Reader() {
				super(CertificatesDeactivated.class, "certificates");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected CertificatesDeactivated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new CertificatesDeactivated((List<Certificate>) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link CertificatesDeactivated} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<CertificatesDeactivated> {

			Writer() {
				super(CertificatesDeactivated.class, "certificates");
			}

			@Override
			protected @Nullable Object value(CertificatesDeactivated record, int index) {
				return switch (index) {
					case 0 -> record.certificates();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(CertificatesDeactivated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link AuditLog}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable AuditLogEventType type;

		private @Nullable Long effectiveAt;

		private @Nullable Project project;

		private @Nullable AuditLogActor actor;

		private @Nullable ApiKeyCreated apiKeyCreated;

		private @Nullable ApiKeyUpdated apiKeyUpdated;

		private @Nullable ApiKeyDeleted apiKeyDeleted;

		private @Nullable CheckpointPermissionCreated checkpointPermissionCreated;

		private @Nullable CheckpointPermissionDeleted checkpointPermissionDeleted;

		private @Nullable ExternalKeyRegistered externalKeyRegistered;

		private @Nullable ExternalKeyRemoved externalKeyRemoved;

		private @Nullable GroupCreated groupCreated;

		private @Nullable GroupUpdated groupUpdated;

		private @Nullable GroupDeleted groupDeleted;

		private @Nullable ScimEnabled scimEnabled;

		private @Nullable ScimDisabled scimDisabled;

		private @Nullable InviteSent inviteSent;

		private @Nullable InviteAccepted inviteAccepted;

		private @Nullable InviteDeleted inviteDeleted;

		private @Nullable IpAllowlistCreated ipAllowlistCreated;

		private @Nullable IpAllowlistUpdated ipAllowlistUpdated;

		private @Nullable IpAllowlistDeleted ipAllowlistDeleted;

		private @Nullable IpAllowlistConfigActivated ipAllowlistConfigActivated;

		private @Nullable IpAllowlistConfigDeactivated ipAllowlistConfigDeactivated;

		private @Nullable Map<String, Object> loginSucceeded;

		private @Nullable LoginFailed loginFailed;

		private @Nullable Map<String, Object> logoutSucceeded;

		private @Nullable LogoutFailed logoutFailed;

		private @Nullable OrganizationUpdated organizationUpdated;

		private @Nullable ProjectCreated projectCreated;

		private @Nullable ProjectUpdated projectUpdated;

		private @Nullable ProjectArchived projectArchived;

		private @Nullable ProjectDeleted projectDeleted;

		private @Nullable RateLimitUpdated rateLimitUpdated;

		private @Nullable RateLimitDeleted rateLimitDeleted;

		private @Nullable RoleCreated roleCreated;

		private @Nullable RoleUpdated roleUpdated;

		private @Nullable RoleDeleted roleDeleted;

		private @Nullable RoleAssignmentCreated roleAssignmentCreated;

		private @Nullable RoleAssignmentDeleted roleAssignmentDeleted;

		private @Nullable ServiceAccountCreated serviceAccountCreated;

		private @Nullable ServiceAccountUpdated serviceAccountUpdated;

		private @Nullable ServiceAccountDeleted serviceAccountDeleted;

		private @Nullable UserAdded userAdded;

		private @Nullable UserUpdated userUpdated;

		private @Nullable UserDeleted userDeleted;

		private @Nullable CertificateCreated certificateCreated;

		private @Nullable CertificateUpdated certificateUpdated;

		private @Nullable CertificateDeleted certificateDeleted;

		private @Nullable CertificatesActivated certificatesActivated;

		private @Nullable CertificatesDeactivated certificatesDeactivated;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AuditLog source) {
			this.id = source.id();
			this.type = source.type();
			this.effectiveAt = source.effectiveAt();
			this.project = source.project();
			this.actor = source.actor();
			this.apiKeyCreated = source.apiKeyCreated();
			this.apiKeyUpdated = source.apiKeyUpdated();
			this.apiKeyDeleted = source.apiKeyDeleted();
			this.checkpointPermissionCreated = source.checkpointPermissionCreated();
			this.checkpointPermissionDeleted = source.checkpointPermissionDeleted();
			this.externalKeyRegistered = source.externalKeyRegistered();
			this.externalKeyRemoved = source.externalKeyRemoved();
			this.groupCreated = source.groupCreated();
			this.groupUpdated = source.groupUpdated();
			this.groupDeleted = source.groupDeleted();
			this.scimEnabled = source.scimEnabled();
			this.scimDisabled = source.scimDisabled();
			this.inviteSent = source.inviteSent();
			this.inviteAccepted = source.inviteAccepted();
			this.inviteDeleted = source.inviteDeleted();
			this.ipAllowlistCreated = source.ipAllowlistCreated();
			this.ipAllowlistUpdated = source.ipAllowlistUpdated();
			this.ipAllowlistDeleted = source.ipAllowlistDeleted();
			this.ipAllowlistConfigActivated = source.ipAllowlistConfigActivated();
			this.ipAllowlistConfigDeactivated = source.ipAllowlistConfigDeactivated();
			this.loginSucceeded = (source.loginSucceeded() != null) ? new LinkedHashMap<>(source.loginSucceeded())
					: null;
			this.loginFailed = source.loginFailed();
			this.logoutSucceeded = (source.logoutSucceeded() != null) ? new LinkedHashMap<>(source.logoutSucceeded())
					: null;
			this.logoutFailed = source.logoutFailed();
			this.organizationUpdated = source.organizationUpdated();
			this.projectCreated = source.projectCreated();
			this.projectUpdated = source.projectUpdated();
			this.projectArchived = source.projectArchived();
			this.projectDeleted = source.projectDeleted();
			this.rateLimitUpdated = source.rateLimitUpdated();
			this.rateLimitDeleted = source.rateLimitDeleted();
			this.roleCreated = source.roleCreated();
			this.roleUpdated = source.roleUpdated();
			this.roleDeleted = source.roleDeleted();
			this.roleAssignmentCreated = source.roleAssignmentCreated();
			this.roleAssignmentDeleted = source.roleAssignmentDeleted();
			this.serviceAccountCreated = source.serviceAccountCreated();
			this.serviceAccountUpdated = source.serviceAccountUpdated();
			this.serviceAccountDeleted = source.serviceAccountDeleted();
			this.userAdded = source.userAdded();
			this.userUpdated = source.userUpdated();
			this.userDeleted = source.userDeleted();
			this.certificateCreated = source.certificateCreated();
			this.certificateUpdated = source.certificateUpdated();
			this.certificateDeleted = source.certificateDeleted();
			this.certificatesActivated = source.certificatesActivated();
			this.certificatesDeactivated = source.certificatesDeactivated();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of this log.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The event type.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable AuditLogEventType type) {
			this.type = type;
			return this;
		}

		/**
		 * The event type.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(AuditLogEventType.of(value));
		}

		/**
		 * The Unix timestamp (in seconds) of the event.
		 * @param effectiveAt the value (required)
		 * @return this builder
		 */
		public Builder effectiveAt(@Nullable Long effectiveAt) {
			this.effectiveAt = effectiveAt;
			return this;
		}

		/**
		 * The project that the action was scoped to.
		 * @param project the value
		 * @return this builder
		 */
		public Builder project(@Nullable Project project) {
			this.project = project;
			return this;
		}

		/**
		 * The actor who performed the audit logged action.
		 * @param actor the value (required)
		 * @return this builder
		 */
		public Builder actor(@Nullable AuditLogActor actor) {
			this.actor = actor;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param apiKeyCreated the value
		 * @return this builder
		 */
		public Builder apiKeyCreated(@Nullable ApiKeyCreated apiKeyCreated) {
			this.apiKeyCreated = apiKeyCreated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param apiKeyUpdated the value
		 * @return this builder
		 */
		public Builder apiKeyUpdated(@Nullable ApiKeyUpdated apiKeyUpdated) {
			this.apiKeyUpdated = apiKeyUpdated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param apiKeyDeleted the value
		 * @return this builder
		 */
		public Builder apiKeyDeleted(@Nullable ApiKeyDeleted apiKeyDeleted) {
			this.apiKeyDeleted = apiKeyDeleted;
			return this;
		}

		/**
		 * The project and fine-tuned model checkpoint that the checkpoint permission was
		 * created for.
		 * @param checkpointPermissionCreated the value
		 * @return this builder
		 */
		public Builder checkpointPermissionCreated(@Nullable CheckpointPermissionCreated checkpointPermissionCreated) {
			this.checkpointPermissionCreated = checkpointPermissionCreated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param checkpointPermissionDeleted the value
		 * @return this builder
		 */
		public Builder checkpointPermissionDeleted(@Nullable CheckpointPermissionDeleted checkpointPermissionDeleted) {
			this.checkpointPermissionDeleted = checkpointPermissionDeleted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param externalKeyRegistered the value
		 * @return this builder
		 */
		public Builder externalKeyRegistered(@Nullable ExternalKeyRegistered externalKeyRegistered) {
			this.externalKeyRegistered = externalKeyRegistered;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param externalKeyRemoved the value
		 * @return this builder
		 */
		public Builder externalKeyRemoved(@Nullable ExternalKeyRemoved externalKeyRemoved) {
			this.externalKeyRemoved = externalKeyRemoved;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param groupCreated the value
		 * @return this builder
		 */
		public Builder groupCreated(@Nullable GroupCreated groupCreated) {
			this.groupCreated = groupCreated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param groupUpdated the value
		 * @return this builder
		 */
		public Builder groupUpdated(@Nullable GroupUpdated groupUpdated) {
			this.groupUpdated = groupUpdated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param groupDeleted the value
		 * @return this builder
		 */
		public Builder groupDeleted(@Nullable GroupDeleted groupDeleted) {
			this.groupDeleted = groupDeleted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param scimEnabled the value
		 * @return this builder
		 */
		public Builder scimEnabled(@Nullable ScimEnabled scimEnabled) {
			this.scimEnabled = scimEnabled;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param scimDisabled the value
		 * @return this builder
		 */
		public Builder scimDisabled(@Nullable ScimDisabled scimDisabled) {
			this.scimDisabled = scimDisabled;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param inviteSent the value
		 * @return this builder
		 */
		public Builder inviteSent(@Nullable InviteSent inviteSent) {
			this.inviteSent = inviteSent;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param inviteAccepted the value
		 * @return this builder
		 */
		public Builder inviteAccepted(@Nullable InviteAccepted inviteAccepted) {
			this.inviteAccepted = inviteAccepted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param inviteDeleted the value
		 * @return this builder
		 */
		public Builder inviteDeleted(@Nullable InviteDeleted inviteDeleted) {
			this.inviteDeleted = inviteDeleted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param ipAllowlistCreated the value
		 * @return this builder
		 */
		public Builder ipAllowlistCreated(@Nullable IpAllowlistCreated ipAllowlistCreated) {
			this.ipAllowlistCreated = ipAllowlistCreated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param ipAllowlistUpdated the value
		 * @return this builder
		 */
		public Builder ipAllowlistUpdated(@Nullable IpAllowlistUpdated ipAllowlistUpdated) {
			this.ipAllowlistUpdated = ipAllowlistUpdated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param ipAllowlistDeleted the value
		 * @return this builder
		 */
		public Builder ipAllowlistDeleted(@Nullable IpAllowlistDeleted ipAllowlistDeleted) {
			this.ipAllowlistDeleted = ipAllowlistDeleted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param ipAllowlistConfigActivated the value
		 * @return this builder
		 */
		public Builder ipAllowlistConfigActivated(@Nullable IpAllowlistConfigActivated ipAllowlistConfigActivated) {
			this.ipAllowlistConfigActivated = ipAllowlistConfigActivated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param ipAllowlistConfigDeactivated the value
		 * @return this builder
		 */
		public Builder ipAllowlistConfigDeactivated(
				@Nullable IpAllowlistConfigDeactivated ipAllowlistConfigDeactivated) {
			this.ipAllowlistConfigDeactivated = ipAllowlistConfigDeactivated;
			return this;
		}

		/**
		 * This event has no additional fields beyond the standard audit log attributes.
		 * <p>
		 * Takes a copy of the map.
		 * @param loginSucceeded the value
		 * @return this builder
		 */
		public Builder loginSucceeded(@Nullable Map<String, ?> loginSucceeded) {
			this.loginSucceeded = (loginSucceeded != null) ? new LinkedHashMap<>(loginSucceeded) : null;
			return this;
		}

		/**
		 * This event has no additional fields beyond the standard audit log attributes.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putLoginSucceeded(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.loginSucceeded == null) {
				this.loginSucceeded = new LinkedHashMap<>();
			}
			this.loginSucceeded.put(key, value);
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param loginFailed the value
		 * @return this builder
		 */
		public Builder loginFailed(@Nullable LoginFailed loginFailed) {
			this.loginFailed = loginFailed;
			return this;
		}

		/**
		 * This event has no additional fields beyond the standard audit log attributes.
		 * <p>
		 * Takes a copy of the map.
		 * @param logoutSucceeded the value
		 * @return this builder
		 */
		public Builder logoutSucceeded(@Nullable Map<String, ?> logoutSucceeded) {
			this.logoutSucceeded = (logoutSucceeded != null) ? new LinkedHashMap<>(logoutSucceeded) : null;
			return this;
		}

		/**
		 * This event has no additional fields beyond the standard audit log attributes.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putLogoutSucceeded(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.logoutSucceeded == null) {
				this.logoutSucceeded = new LinkedHashMap<>();
			}
			this.logoutSucceeded.put(key, value);
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param logoutFailed the value
		 * @return this builder
		 */
		public Builder logoutFailed(@Nullable LogoutFailed logoutFailed) {
			this.logoutFailed = logoutFailed;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param organizationUpdated the value
		 * @return this builder
		 */
		public Builder organizationUpdated(@Nullable OrganizationUpdated organizationUpdated) {
			this.organizationUpdated = organizationUpdated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param projectCreated the value
		 * @return this builder
		 */
		public Builder projectCreated(@Nullable ProjectCreated projectCreated) {
			this.projectCreated = projectCreated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param projectUpdated the value
		 * @return this builder
		 */
		public Builder projectUpdated(@Nullable ProjectUpdated projectUpdated) {
			this.projectUpdated = projectUpdated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param projectArchived the value
		 * @return this builder
		 */
		public Builder projectArchived(@Nullable ProjectArchived projectArchived) {
			this.projectArchived = projectArchived;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param projectDeleted the value
		 * @return this builder
		 */
		public Builder projectDeleted(@Nullable ProjectDeleted projectDeleted) {
			this.projectDeleted = projectDeleted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param rateLimitUpdated the value
		 * @return this builder
		 */
		public Builder rateLimitUpdated(@Nullable RateLimitUpdated rateLimitUpdated) {
			this.rateLimitUpdated = rateLimitUpdated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param rateLimitDeleted the value
		 * @return this builder
		 */
		public Builder rateLimitDeleted(@Nullable RateLimitDeleted rateLimitDeleted) {
			this.rateLimitDeleted = rateLimitDeleted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param roleCreated the value
		 * @return this builder
		 */
		public Builder roleCreated(@Nullable RoleCreated roleCreated) {
			this.roleCreated = roleCreated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param roleUpdated the value
		 * @return this builder
		 */
		public Builder roleUpdated(@Nullable RoleUpdated roleUpdated) {
			this.roleUpdated = roleUpdated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param roleDeleted the value
		 * @return this builder
		 */
		public Builder roleDeleted(@Nullable RoleDeleted roleDeleted) {
			this.roleDeleted = roleDeleted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param roleAssignmentCreated the value
		 * @return this builder
		 */
		public Builder roleAssignmentCreated(@Nullable RoleAssignmentCreated roleAssignmentCreated) {
			this.roleAssignmentCreated = roleAssignmentCreated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param roleAssignmentDeleted the value
		 * @return this builder
		 */
		public Builder roleAssignmentDeleted(@Nullable RoleAssignmentDeleted roleAssignmentDeleted) {
			this.roleAssignmentDeleted = roleAssignmentDeleted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param serviceAccountCreated the value
		 * @return this builder
		 */
		public Builder serviceAccountCreated(@Nullable ServiceAccountCreated serviceAccountCreated) {
			this.serviceAccountCreated = serviceAccountCreated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param serviceAccountUpdated the value
		 * @return this builder
		 */
		public Builder serviceAccountUpdated(@Nullable ServiceAccountUpdated serviceAccountUpdated) {
			this.serviceAccountUpdated = serviceAccountUpdated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param serviceAccountDeleted the value
		 * @return this builder
		 */
		public Builder serviceAccountDeleted(@Nullable ServiceAccountDeleted serviceAccountDeleted) {
			this.serviceAccountDeleted = serviceAccountDeleted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param userAdded the value
		 * @return this builder
		 */
		public Builder userAdded(@Nullable UserAdded userAdded) {
			this.userAdded = userAdded;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param userUpdated the value
		 * @return this builder
		 */
		public Builder userUpdated(@Nullable UserUpdated userUpdated) {
			this.userUpdated = userUpdated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param userDeleted the value
		 * @return this builder
		 */
		public Builder userDeleted(@Nullable UserDeleted userDeleted) {
			this.userDeleted = userDeleted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param certificateCreated the value
		 * @return this builder
		 */
		public Builder certificateCreated(@Nullable CertificateCreated certificateCreated) {
			this.certificateCreated = certificateCreated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param certificateUpdated the value
		 * @return this builder
		 */
		public Builder certificateUpdated(@Nullable CertificateUpdated certificateUpdated) {
			this.certificateUpdated = certificateUpdated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param certificateDeleted the value
		 * @return this builder
		 */
		public Builder certificateDeleted(@Nullable CertificateDeleted certificateDeleted) {
			this.certificateDeleted = certificateDeleted;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param certificatesActivated the value
		 * @return this builder
		 */
		public Builder certificatesActivated(@Nullable CertificatesActivated certificatesActivated) {
			this.certificatesActivated = certificatesActivated;
			return this;
		}

		/**
		 * The details for events with this {@code type}.
		 * @param certificatesDeactivated the value
		 * @return this builder
		 */
		public Builder certificatesDeactivated(@Nullable CertificatesDeactivated certificatesDeactivated) {
			this.certificatesDeactivated = certificatesDeactivated;
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
		public AuditLog build() {
			return new AuditLog(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.type, "'type' is required"),
					Objects.requireNonNull(this.effectiveAt, "'effectiveAt' is required"), this.project,
					Objects.requireNonNull(this.actor, "'actor' is required"), this.apiKeyCreated, this.apiKeyUpdated,
					this.apiKeyDeleted, this.checkpointPermissionCreated, this.checkpointPermissionDeleted,
					this.externalKeyRegistered, this.externalKeyRemoved, this.groupCreated, this.groupUpdated,
					this.groupDeleted, this.scimEnabled, this.scimDisabled, this.inviteSent, this.inviteAccepted,
					this.inviteDeleted, this.ipAllowlistCreated, this.ipAllowlistUpdated, this.ipAllowlistDeleted,
					this.ipAllowlistConfigActivated, this.ipAllowlistConfigDeactivated,
					(this.loginSucceeded != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.loginSucceeded)) : null,
					this.loginFailed,
					(this.logoutSucceeded != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.logoutSucceeded)) : null,
					this.logoutFailed, this.organizationUpdated, this.projectCreated, this.projectUpdated,
					this.projectArchived, this.projectDeleted, this.rateLimitUpdated, this.rateLimitDeleted,
					this.roleCreated, this.roleUpdated, this.roleDeleted, this.roleAssignmentCreated,
					this.roleAssignmentDeleted, this.serviceAccountCreated, this.serviceAccountUpdated,
					this.serviceAccountDeleted, this.userAdded, this.userUpdated, this.userDeleted,
					this.certificateCreated, this.certificateUpdated, this.certificateDeleted,
					this.certificatesActivated, this.certificatesDeactivated, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AuditLog} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AuditLog> {

		Reader() {
			super(AuditLog.class, "id", "type", "effective_at", "project", "actor", "api_key.created",
					"api_key.updated", "api_key.deleted", "checkpoint.permission.created",
					"checkpoint.permission.deleted", "external_key.registered", "external_key.removed", "group.created",
					"group.updated", "group.deleted", "scim.enabled", "scim.disabled", "invite.sent", "invite.accepted",
					"invite.deleted", "ip_allowlist.created", "ip_allowlist.updated", "ip_allowlist.deleted",
					"ip_allowlist.config.activated", "ip_allowlist.config.deactivated", "login.succeeded",
					"login.failed", "logout.succeeded", "logout.failed", "organization.updated", "project.created",
					"project.updated", "project.archived", "project.deleted", "rate_limit.updated",
					"rate_limit.deleted", "role.created", "role.updated", "role.deleted", "role.assignment.created",
					"role.assignment.deleted", "service_account.created", "service_account.updated",
					"service_account.deleted", "user.added", "user.updated", "user.deleted", "certificate.created",
					"certificate.updated", "certificate.deleted", "certificates.activated", "certificates.deactivated");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> AuditLogEventType.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected AuditLog create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new AuditLog((String) values[0], (AuditLogEventType) values[1], (Long) values[2],
					(Project) values[3], (AuditLogActor) values[4], (ApiKeyCreated) values[5],
					(ApiKeyUpdated) values[6], (ApiKeyDeleted) values[7], (CheckpointPermissionCreated) values[8],
					(CheckpointPermissionDeleted) values[9], (ExternalKeyRegistered) values[10],
					(ExternalKeyRemoved) values[11], (GroupCreated) values[12], (GroupUpdated) values[13],
					(GroupDeleted) values[14], (ScimEnabled) values[15], (ScimDisabled) values[16],
					(InviteSent) values[17], (InviteAccepted) values[18], (InviteDeleted) values[19],
					(IpAllowlistCreated) values[20], (IpAllowlistUpdated) values[21], (IpAllowlistDeleted) values[22],
					(IpAllowlistConfigActivated) values[23], (IpAllowlistConfigDeactivated) values[24],
					(Map<String, Object>) values[25], (LoginFailed) values[26], (Map<String, Object>) values[27],
					(LogoutFailed) values[28], (OrganizationUpdated) values[29], (ProjectCreated) values[30],
					(ProjectUpdated) values[31], (ProjectArchived) values[32], (ProjectDeleted) values[33],
					(RateLimitUpdated) values[34], (RateLimitDeleted) values[35], (RoleCreated) values[36],
					(RoleUpdated) values[37], (RoleDeleted) values[38], (RoleAssignmentCreated) values[39],
					(RoleAssignmentDeleted) values[40], (ServiceAccountCreated) values[41],
					(ServiceAccountUpdated) values[42], (ServiceAccountDeleted) values[43], (UserAdded) values[44],
					(UserUpdated) values[45], (UserDeleted) values[46], (CertificateCreated) values[47],
					(CertificateUpdated) values[48], (CertificateDeleted) values[49],
					(CertificatesActivated) values[50], (CertificatesDeactivated) values[51], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AuditLog} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AuditLog> {

		Writer() {
			super(AuditLog.class, "id", "type", "effective_at", "project", "actor", "api_key.created",
					"api_key.updated", "api_key.deleted", "checkpoint.permission.created",
					"checkpoint.permission.deleted", "external_key.registered", "external_key.removed", "group.created",
					"group.updated", "group.deleted", "scim.enabled", "scim.disabled", "invite.sent", "invite.accepted",
					"invite.deleted", "ip_allowlist.created", "ip_allowlist.updated", "ip_allowlist.deleted",
					"ip_allowlist.config.activated", "ip_allowlist.config.deactivated", "login.succeeded",
					"login.failed", "logout.succeeded", "logout.failed", "organization.updated", "project.created",
					"project.updated", "project.archived", "project.deleted", "rate_limit.updated",
					"rate_limit.deleted", "role.created", "role.updated", "role.deleted", "role.assignment.created",
					"role.assignment.deleted", "service_account.created", "service_account.updated",
					"service_account.deleted", "user.added", "user.updated", "user.deleted", "certificate.created",
					"certificate.updated", "certificate.deleted", "certificates.activated", "certificates.deactivated");
		}

		@Override
		protected @Nullable Object value(AuditLog record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.type();
				case 2 -> record.effectiveAt();
				case 3 -> record.project();
				case 4 -> record.actor();
				case 5 -> record.apiKeyCreated();
				case 6 -> record.apiKeyUpdated();
				case 7 -> record.apiKeyDeleted();
				case 8 -> record.checkpointPermissionCreated();
				case 9 -> record.checkpointPermissionDeleted();
				case 10 -> record.externalKeyRegistered();
				case 11 -> record.externalKeyRemoved();
				case 12 -> record.groupCreated();
				case 13 -> record.groupUpdated();
				case 14 -> record.groupDeleted();
				case 15 -> record.scimEnabled();
				case 16 -> record.scimDisabled();
				case 17 -> record.inviteSent();
				case 18 -> record.inviteAccepted();
				case 19 -> record.inviteDeleted();
				case 20 -> record.ipAllowlistCreated();
				case 21 -> record.ipAllowlistUpdated();
				case 22 -> record.ipAllowlistDeleted();
				case 23 -> record.ipAllowlistConfigActivated();
				case 24 -> record.ipAllowlistConfigDeactivated();
				case 25 -> record.loginSucceeded();
				case 26 -> record.loginFailed();
				case 27 -> record.logoutSucceeded();
				case 28 -> record.logoutFailed();
				case 29 -> record.organizationUpdated();
				case 30 -> record.projectCreated();
				case 31 -> record.projectUpdated();
				case 32 -> record.projectArchived();
				case 33 -> record.projectDeleted();
				case 34 -> record.rateLimitUpdated();
				case 35 -> record.rateLimitDeleted();
				case 36 -> record.roleCreated();
				case 37 -> record.roleUpdated();
				case 38 -> record.roleDeleted();
				case 39 -> record.roleAssignmentCreated();
				case 40 -> record.roleAssignmentDeleted();
				case 41 -> record.serviceAccountCreated();
				case 42 -> record.serviceAccountUpdated();
				case 43 -> record.serviceAccountDeleted();
				case 44 -> record.userAdded();
				case 45 -> record.userUpdated();
				case 46 -> record.userDeleted();
				case 47 -> record.certificateCreated();
				case 48 -> record.certificateUpdated();
				case 49 -> record.certificateDeleted();
				case 50 -> record.certificatesActivated();
				case 51 -> record.certificatesDeactivated();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AuditLog record) {
			return record.additionalProperties();
		}

	}
}
