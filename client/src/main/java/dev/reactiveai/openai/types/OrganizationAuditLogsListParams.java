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
 * The query parameters of {@code GET /organization/audit_logs}: List user actions and
 * configuration changes within this organization.
 *
 * @param effectiveAt Return only events whose {@code effective_at} (Unix seconds) is in
 * this range.
 * @param projectIds Return only events for these projects.
 * @param eventTypes Return only events with a {@code type} in one of these values. For
 * example, {@code project.created}. For all options, see the documentation for the
 * <a href="https://platform.openai.com/docs/api-reference/audit-logs/object">audit log
 * object</a>.
 * @param actorIds Return only events performed by these actors. Can be a user ID, a
 * service account ID, or an api key tracking ID.
 * @param actorEmails Return only events performed by users with these emails.
 * @param resourceIds Return only events performed on these targets. For example, a
 * project ID updated.
 * @param limit A limit on the number of objects to be returned. Limit can range between 1
 * and 100, and the default is 20.
 * @param after A cursor for use in pagination. {@code after} is an object ID that defines
 * your place in the list. For instance, if you make a list request and receive 100
 * objects, ending with obj_foo, your subsequent call can include after=obj_foo in order
 * to fetch the next page of the list.
 * @param before A cursor for use in pagination. {@code before} is an object ID that
 * defines your place in the list. For instance, if you make a list request and receive
 * 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in
 * order to fetch the previous page of the list.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OrganizationAuditLogsListParams.Reader.class)
public record OrganizationAuditLogsListParams(
		@JsonProperty("effective_at") OrganizationAuditLogsListParams.@Nullable EffectiveAt effectiveAt,
		@JsonProperty("project_ids[]") @Nullable List<String> projectIds,
		@JsonProperty("event_types[]") @Nullable List<AuditLogEventType> eventTypes,
		@JsonProperty("actor_ids[]") @Nullable List<String> actorIds,
		@JsonProperty("actor_emails[]") @Nullable List<String> actorEmails,
		@JsonProperty("resource_ids[]") @Nullable List<String> resourceIds, @JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("after") @Nullable String after, @JsonProperty("before") @Nullable String before,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OrganizationAuditLogsListParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param effectiveAt Return only events whose {@code effective_at} (Unix seconds) is
	 * in this range.
	 * @param projectIds Return only events for these projects.
	 * @param eventTypes Return only events with a {@code type} in one of these values.
	 * @param actorIds Return only events performed by these actors.
	 * @param actorEmails Return only events performed by users with these emails.
	 * @param resourceIds Return only events performed on these targets.
	 * @param limit A limit on the number of objects to be returned.
	 * @param after A cursor for use in pagination.
	 * @param before A cursor for use in pagination.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OrganizationAuditLogsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OrganizationAuditLogsListParams}.
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
	 * Return only events whose {@code effective_at} (Unix seconds) is in this range.
	 *
	 * @param gt Return only events whose {@code effective_at} (Unix seconds) is greater
	 * than this value.
	 * @param gte Return only events whose {@code effective_at} (Unix seconds) is greater
	 * than or equal to this value.
	 * @param lt Return only events whose {@code effective_at} (Unix seconds) is less than
	 * this value.
	 * @param lte Return only events whose {@code effective_at} (Unix seconds) is less
	 * than or equal to this value.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = EffectiveAt.Reader.class)
	public static record EffectiveAt(@JsonProperty("gt") @Nullable Long gt, @JsonProperty("gte") @Nullable Long gte,
			@JsonProperty("lt") @Nullable Long lt, @JsonProperty("lte") @Nullable Long lte,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link EffectiveAt}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param gt Return only events whose {@code effective_at} (Unix seconds) is
		 * greater than this value.
		 * @param gte Return only events whose {@code effective_at} (Unix seconds) is
		 * greater than or equal to this value.
		 * @param lt Return only events whose {@code effective_at} (Unix seconds) is less
		 * than this value.
		 * @param lte Return only events whose {@code effective_at} (Unix seconds) is less
		 * than or equal to this value.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public EffectiveAt {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link EffectiveAt}.
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
		 * Builds a {@link EffectiveAt}.
		 */
		public static final class Builder {

			private @Nullable Long gt;

			private @Nullable Long gte;

			private @Nullable Long lt;

			private @Nullable Long lte;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(EffectiveAt source) {
				this.gt = source.gt();
				this.gte = source.gte();
				this.lt = source.lt();
				this.lte = source.lte();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Return only events whose {@code effective_at} (Unix seconds) is greater
			 * than this value.
			 * @param gt the value
			 * @return this builder
			 */
			public Builder gt(@Nullable Long gt) {
				this.gt = gt;
				return this;
			}

			/**
			 * Return only events whose {@code effective_at} (Unix seconds) is greater
			 * than or equal to this value.
			 * @param gte the value
			 * @return this builder
			 */
			public Builder gte(@Nullable Long gte) {
				this.gte = gte;
				return this;
			}

			/**
			 * Return only events whose {@code effective_at} (Unix seconds) is less than
			 * this value.
			 * @param lt the value
			 * @return this builder
			 */
			public Builder lt(@Nullable Long lt) {
				this.lt = lt;
				return this;
			}

			/**
			 * Return only events whose {@code effective_at} (Unix seconds) is less than
			 * or equal to this value.
			 * @param lte the value
			 * @return this builder
			 */
			public Builder lte(@Nullable Long lte) {
				this.lte = lte;
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
			public EffectiveAt build() {
				return new EffectiveAt(this.gt, this.gte, this.lt, this.lte, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link EffectiveAt} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<EffectiveAt> {

			Reader() {
				super(EffectiveAt.class, "gt", "gte", "lt", "lte");
			}

			@Override
			protected EffectiveAt create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new EffectiveAt((Long) values[0], (Long) values[1], (Long) values[2], (Long) values[3],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link EffectiveAt} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<EffectiveAt> {

			Writer() {
				super(EffectiveAt.class, "gt", "gte", "lt", "lte");
			}

			@Override
			protected @Nullable Object value(EffectiveAt record, int index) {
				return switch (index) {
					case 0 -> record.gt();
					case 1 -> record.gte();
					case 2 -> record.lt();
					case 3 -> record.lte();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(EffectiveAt record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link OrganizationAuditLogsListParams}.
	 */
	public static final class Builder {

		private @Nullable EffectiveAt effectiveAt;

		private @Nullable List<String> projectIds;

		private @Nullable List<AuditLogEventType> eventTypes;

		private @Nullable List<String> actorIds;

		private @Nullable List<String> actorEmails;

		private @Nullable List<String> resourceIds;

		private @Nullable Long limit;

		private @Nullable String after;

		private @Nullable String before;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(OrganizationAuditLogsListParams source) {
			this.effectiveAt = source.effectiveAt();
			this.projectIds = (source.projectIds() != null) ? new ArrayList<>(source.projectIds()) : null;
			this.eventTypes = (source.eventTypes() != null) ? new ArrayList<>(source.eventTypes()) : null;
			this.actorIds = (source.actorIds() != null) ? new ArrayList<>(source.actorIds()) : null;
			this.actorEmails = (source.actorEmails() != null) ? new ArrayList<>(source.actorEmails()) : null;
			this.resourceIds = (source.resourceIds() != null) ? new ArrayList<>(source.resourceIds()) : null;
			this.limit = source.limit();
			this.after = source.after();
			this.before = source.before();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Return only events whose {@code effective_at} (Unix seconds) is in this range.
		 * @param effectiveAt the value
		 * @return this builder
		 */
		public Builder effectiveAt(@Nullable EffectiveAt effectiveAt) {
			this.effectiveAt = effectiveAt;
			return this;
		}

		/**
		 * Return only events for these projects.
		 * <p>
		 * Takes a copy of the list.
		 * @param projectIds the value
		 * @return this builder
		 */
		public Builder projectIds(@Nullable List<String> projectIds) {
			this.projectIds = (projectIds != null) ? new ArrayList<>(projectIds) : null;
			return this;
		}

		/**
		 * Return only events for these projects.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param projectId the item to add
		 * @return this builder
		 */
		public Builder addProjectId(String projectId) {
			Objects.requireNonNull(projectId, "'projectId' must not be null");
			if (this.projectIds == null) {
				this.projectIds = new ArrayList<>();
			}
			this.projectIds.add(projectId);
			return this;
		}

		/**
		 * Return only events with a {@code type} in one of these values.
		 * <p>
		 * Takes a copy of the list.
		 * @param eventTypes the value
		 * @return this builder
		 */
		public Builder eventTypes(@Nullable List<AuditLogEventType> eventTypes) {
			this.eventTypes = (eventTypes != null) ? new ArrayList<>(eventTypes) : null;
			return this;
		}

		/**
		 * Return only events with a {@code type} in one of these values.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param eventType the item to add
		 * @return this builder
		 */
		public Builder addEventType(AuditLogEventType eventType) {
			Objects.requireNonNull(eventType, "'eventType' must not be null");
			if (this.eventTypes == null) {
				this.eventTypes = new ArrayList<>();
			}
			this.eventTypes.add(eventType);
			return this;
		}

		/**
		 * Return only events with a {@code type} in one of these values.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addEventType(String value) {
			return addEventType(AuditLogEventType.of(value));
		}

		/**
		 * Return only events performed by these actors.
		 * <p>
		 * Takes a copy of the list.
		 * @param actorIds the value
		 * @return this builder
		 */
		public Builder actorIds(@Nullable List<String> actorIds) {
			this.actorIds = (actorIds != null) ? new ArrayList<>(actorIds) : null;
			return this;
		}

		/**
		 * Return only events performed by these actors.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param actorId the item to add
		 * @return this builder
		 */
		public Builder addActorId(String actorId) {
			Objects.requireNonNull(actorId, "'actorId' must not be null");
			if (this.actorIds == null) {
				this.actorIds = new ArrayList<>();
			}
			this.actorIds.add(actorId);
			return this;
		}

		/**
		 * Return only events performed by users with these emails.
		 * <p>
		 * Takes a copy of the list.
		 * @param actorEmails the value
		 * @return this builder
		 */
		public Builder actorEmails(@Nullable List<String> actorEmails) {
			this.actorEmails = (actorEmails != null) ? new ArrayList<>(actorEmails) : null;
			return this;
		}

		/**
		 * Return only events performed by users with these emails.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param actorEmail the item to add
		 * @return this builder
		 */
		public Builder addActorEmail(String actorEmail) {
			Objects.requireNonNull(actorEmail, "'actorEmail' must not be null");
			if (this.actorEmails == null) {
				this.actorEmails = new ArrayList<>();
			}
			this.actorEmails.add(actorEmail);
			return this;
		}

		/**
		 * Return only events performed on these targets.
		 * <p>
		 * Takes a copy of the list.
		 * @param resourceIds the value
		 * @return this builder
		 */
		public Builder resourceIds(@Nullable List<String> resourceIds) {
			this.resourceIds = (resourceIds != null) ? new ArrayList<>(resourceIds) : null;
			return this;
		}

		/**
		 * Return only events performed on these targets.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param resourceId the item to add
		 * @return this builder
		 */
		public Builder addResourceId(String resourceId) {
			Objects.requireNonNull(resourceId, "'resourceId' must not be null");
			if (this.resourceIds == null) {
				this.resourceIds = new ArrayList<>();
			}
			this.resourceIds.add(resourceId);
			return this;
		}

		/**
		 * A limit on the number of objects to be returned.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * A cursor for use in pagination.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * A cursor for use in pagination.
		 * @param before the value
		 * @return this builder
		 */
		public Builder before(@Nullable String before) {
			this.before = before;
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
		public OrganizationAuditLogsListParams build() {
			return new OrganizationAuditLogsListParams(this.effectiveAt,
					(this.projectIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.projectIds)) : null,
					(this.eventTypes != null) ? Collections.unmodifiableList(new ArrayList<>(this.eventTypes)) : null,
					(this.actorIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.actorIds)) : null,
					(this.actorEmails != null) ? Collections.unmodifiableList(new ArrayList<>(this.actorEmails)) : null,
					(this.resourceIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.resourceIds)) : null,
					this.limit, this.after, this.before, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OrganizationAuditLogsListParams} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OrganizationAuditLogsListParams> {

		Reader() {
			super(OrganizationAuditLogsListParams.class, "effective_at", "project_ids[]", "event_types[]",
					"actor_ids[]", "actor_emails[]", "resource_ids[]", "limit", "after", "before");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected OrganizationAuditLogsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new OrganizationAuditLogsListParams((EffectiveAt) values[0], (List<String>) values[1],
					(List<AuditLogEventType>) values[2], (List<String>) values[3], (List<String>) values[4],
					(List<String>) values[5], (Long) values[6], (String) values[7], (String) values[8],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link OrganizationAuditLogsListParams} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OrganizationAuditLogsListParams> {

		Writer() {
			super(OrganizationAuditLogsListParams.class, "effective_at", "project_ids[]", "event_types[]",
					"actor_ids[]", "actor_emails[]", "resource_ids[]", "limit", "after", "before");
		}

		@Override
		protected @Nullable Object value(OrganizationAuditLogsListParams record, int index) {
			return switch (index) {
				case 0 -> record.effectiveAt();
				case 1 -> record.projectIds();
				case 2 -> record.eventTypes();
				case 3 -> record.actorIds();
				case 4 -> record.actorEmails();
				case 5 -> record.resourceIds();
				case 6 -> record.limit();
				case 7 -> record.after();
				case 8 -> record.before();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OrganizationAuditLogsListParams record) {
			return record.additionalProperties();
		}

	}
}
