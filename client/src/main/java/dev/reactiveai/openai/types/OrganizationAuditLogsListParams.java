// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
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
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
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
			this.projectIds = source.projectIds();
			this.eventTypes = source.eventTypes();
			this.actorIds = source.actorIds();
			this.actorEmails = source.actorEmails();
			this.resourceIds = source.resourceIds();
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
		 * @param projectIds the value
		 * @return this builder
		 */
		public Builder projectIds(@Nullable List<String> projectIds) {
			this.projectIds = projectIds;
			return this;
		}

		/**
		 * Return only events with a {@code type} in one of these values.
		 * @param eventTypes the value
		 * @return this builder
		 */
		public Builder eventTypes(@Nullable List<AuditLogEventType> eventTypes) {
			this.eventTypes = eventTypes;
			return this;
		}

		/**
		 * Return only events performed by these actors.
		 * @param actorIds the value
		 * @return this builder
		 */
		public Builder actorIds(@Nullable List<String> actorIds) {
			this.actorIds = actorIds;
			return this;
		}

		/**
		 * Return only events performed by users with these emails.
		 * @param actorEmails the value
		 * @return this builder
		 */
		public Builder actorEmails(@Nullable List<String> actorEmails) {
			this.actorEmails = actorEmails;
			return this;
		}

		/**
		 * Return only events performed on these targets.
		 * @param resourceIds the value
		 * @return this builder
		 */
		public Builder resourceIds(@Nullable List<String> resourceIds) {
			this.resourceIds = resourceIds;
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
			return new OrganizationAuditLogsListParams(this.effectiveAt, this.projectIds, this.eventTypes,
					this.actorIds, this.actorEmails, this.resourceIds, this.limit, this.after, this.before,
					this.additionalProperties);
		}

	}
}
