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
 * The query parameters of {@code GET /organization/usage/audio_speeches},
 * {@code GET /organization/usage/audio_transcriptions},
 * {@code GET /organization/usage/embeddings} and
 * {@code GET /organization/usage/moderations}.
 *
 * @param startTime Start time (Unix seconds) of the query time range, inclusive.
 * @param endTime End time (Unix seconds) of the query time range, exclusive.
 * @param bucketWidth Width of each time bucket in response. Currently {@code 1m},
 * {@code 1h} and {@code 1d} are supported, default to {@code 1d}.
 * @param projectIds Return only usage for these projects.
 * @param userIds Return only usage for these users.
 * @param apiKeyIds Return only usage for these API keys.
 * @param models Return only usage for these models.
 * @param groupBy Group the usage data by the specified fields. Support fields include
 * {@code project_id}, {@code user_id}, {@code api_key_id}, {@code model} or any
 * combination of them.
 * @param limit Specifies the number of buckets to return.
 * <ul>
 * <li>{@code bucket_width=1d}: default: 7, max: 31</li>
 * <li>{@code bucket_width=1h}: default: 24, max: 168</li>
 * <li>{@code bucket_width=1m}: default: 60, max: 1440</li>
 * </ul>
 * @param page A cursor for use in pagination. Corresponding to the {@code next_page}
 * field from the previous response.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OrganizationUsageModerationsListParams.Reader.class)
public record OrganizationUsageModerationsListParams(@JsonProperty("start_time") Long startTime,
		@JsonProperty("end_time") @Nullable Long endTime,
		@JsonProperty("bucket_width") OrganizationUsageModerationsListParams.@Nullable BucketWidth bucketWidth,
		@JsonProperty("project_ids") @Nullable List<String> projectIds,
		@JsonProperty("user_ids") @Nullable List<String> userIds,
		@JsonProperty("api_key_ids") @Nullable List<String> apiKeyIds,
		@JsonProperty("models") @Nullable List<String> models,
		@JsonProperty("group_by") @Nullable List<OrganizationUsageModerationsListParams.GroupByItem> groupBy,
		@JsonProperty("limit") @Nullable Long limit, @JsonProperty("page") @Nullable String page,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OrganizationUsageModerationsListParams};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param startTime Start time (Unix seconds) of the query time range, inclusive.
	 * @param endTime End time (Unix seconds) of the query time range, exclusive.
	 * @param bucketWidth Width of each time bucket in response.
	 * @param projectIds Return only usage for these projects.
	 * @param userIds Return only usage for these users.
	 * @param apiKeyIds Return only usage for these API keys.
	 * @param models Return only usage for these models.
	 * @param groupBy Group the usage data by the specified fields.
	 * @param limit Specifies the number of buckets to return.
	 * @param page A cursor for use in pagination.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OrganizationUsageModerationsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OrganizationUsageModerationsListParams}.
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
	 * Width of each time bucket in response. Currently {@code 1m}, {@code 1h} and
	 * {@code 1d} are supported, default to {@code 1d}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record BucketWidth(@JsonValue String value) {
		/**
		 * The value {@code 1m}.
		 */
		public static final BucketWidth V1M = new BucketWidth("1m");

		/**
		 * The value {@code 1h}.
		 */
		public static final BucketWidth V1H = new BucketWidth("1h");

		/**
		 * The value {@code 1d}.
		 */
		public static final BucketWidth V1D = new BucketWidth("1d");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public BucketWidth {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static BucketWidth of(String value) {
			return switch (value) {
				case "1m" -> V1M;
				case "1h" -> V1H;
				case "1d" -> V1D;
				default -> new BucketWidth(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "1m", "1h", "1d" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * An item of a {@link OrganizationUsageModerationsListParams}'s {@code group_by}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record GroupByItem(@JsonValue String value) {
		/**
		 * The value {@code project_id}.
		 */
		public static final GroupByItem PROJECT_ID = new GroupByItem("project_id");

		/**
		 * The value {@code user_id}.
		 */
		public static final GroupByItem USER_ID = new GroupByItem("user_id");

		/**
		 * The value {@code api_key_id}.
		 */
		public static final GroupByItem API_KEY_ID = new GroupByItem("api_key_id");

		/**
		 * The value {@code model}.
		 */
		public static final GroupByItem MODEL = new GroupByItem("model");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public GroupByItem {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static GroupByItem of(String value) {
			return switch (value) {
				case "project_id" -> PROJECT_ID;
				case "user_id" -> USER_ID;
				case "api_key_id" -> API_KEY_ID;
				case "model" -> MODEL;
				default -> new GroupByItem(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "project_id", "user_id", "api_key_id", "model" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link OrganizationUsageModerationsListParams}.
	 */
	public static final class Builder {

		private @Nullable Long startTime;

		private @Nullable Long endTime;

		private @Nullable BucketWidth bucketWidth;

		private @Nullable List<String> projectIds;

		private @Nullable List<String> userIds;

		private @Nullable List<String> apiKeyIds;

		private @Nullable List<String> models;

		private @Nullable List<GroupByItem> groupBy;

		private @Nullable Long limit;

		private @Nullable String page;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(OrganizationUsageModerationsListParams source) {
			this.startTime = source.startTime();
			this.endTime = source.endTime();
			this.bucketWidth = source.bucketWidth();
			this.projectIds = (source.projectIds() != null) ? new ArrayList<>(source.projectIds()) : null;
			this.userIds = (source.userIds() != null) ? new ArrayList<>(source.userIds()) : null;
			this.apiKeyIds = (source.apiKeyIds() != null) ? new ArrayList<>(source.apiKeyIds()) : null;
			this.models = (source.models() != null) ? new ArrayList<>(source.models()) : null;
			this.groupBy = (source.groupBy() != null) ? new ArrayList<>(source.groupBy()) : null;
			this.limit = source.limit();
			this.page = source.page();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Start time (Unix seconds) of the query time range, inclusive.
		 * @param startTime the value (required)
		 * @return this builder
		 */
		public Builder startTime(@Nullable Long startTime) {
			this.startTime = startTime;
			return this;
		}

		/**
		 * End time (Unix seconds) of the query time range, exclusive.
		 * @param endTime the value
		 * @return this builder
		 */
		public Builder endTime(@Nullable Long endTime) {
			this.endTime = endTime;
			return this;
		}

		/**
		 * Width of each time bucket in response.
		 * @param bucketWidth the value
		 * @return this builder
		 */
		public Builder bucketWidth(@Nullable BucketWidth bucketWidth) {
			this.bucketWidth = bucketWidth;
			return this;
		}

		/**
		 * Width of each time bucket in response.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder bucketWidth(String value) {
			return bucketWidth(BucketWidth.of(value));
		}

		/**
		 * Return only usage for these projects.
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
		 * Return only usage for these projects.
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
		 * Return only usage for these users.
		 * <p>
		 * Takes a copy of the list.
		 * @param userIds the value
		 * @return this builder
		 */
		public Builder userIds(@Nullable List<String> userIds) {
			this.userIds = (userIds != null) ? new ArrayList<>(userIds) : null;
			return this;
		}

		/**
		 * Return only usage for these users.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param userId the item to add
		 * @return this builder
		 */
		public Builder addUserId(String userId) {
			Objects.requireNonNull(userId, "'userId' must not be null");
			if (this.userIds == null) {
				this.userIds = new ArrayList<>();
			}
			this.userIds.add(userId);
			return this;
		}

		/**
		 * Return only usage for these API keys.
		 * <p>
		 * Takes a copy of the list.
		 * @param apiKeyIds the value
		 * @return this builder
		 */
		public Builder apiKeyIds(@Nullable List<String> apiKeyIds) {
			this.apiKeyIds = (apiKeyIds != null) ? new ArrayList<>(apiKeyIds) : null;
			return this;
		}

		/**
		 * Return only usage for these API keys.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param apiKeyId the item to add
		 * @return this builder
		 */
		public Builder addApiKeyId(String apiKeyId) {
			Objects.requireNonNull(apiKeyId, "'apiKeyId' must not be null");
			if (this.apiKeyIds == null) {
				this.apiKeyIds = new ArrayList<>();
			}
			this.apiKeyIds.add(apiKeyId);
			return this;
		}

		/**
		 * Return only usage for these models.
		 * <p>
		 * Takes a copy of the list.
		 * @param models the value
		 * @return this builder
		 */
		public Builder models(@Nullable List<String> models) {
			this.models = (models != null) ? new ArrayList<>(models) : null;
			return this;
		}

		/**
		 * Return only usage for these models.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param model the item to add
		 * @return this builder
		 */
		public Builder addModel(String model) {
			Objects.requireNonNull(model, "'model' must not be null");
			if (this.models == null) {
				this.models = new ArrayList<>();
			}
			this.models.add(model);
			return this;
		}

		/**
		 * Group the usage data by the specified fields.
		 * <p>
		 * Takes a copy of the list.
		 * @param groupBy the value
		 * @return this builder
		 */
		public Builder groupBy(@Nullable List<GroupByItem> groupBy) {
			this.groupBy = (groupBy != null) ? new ArrayList<>(groupBy) : null;
			return this;
		}

		/**
		 * Group the usage data by the specified fields.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param groupBy the item to add
		 * @return this builder
		 */
		public Builder addGroupBy(GroupByItem groupBy) {
			Objects.requireNonNull(groupBy, "'groupBy' must not be null");
			if (this.groupBy == null) {
				this.groupBy = new ArrayList<>();
			}
			this.groupBy.add(groupBy);
			return this;
		}

		/**
		 * Group the usage data by the specified fields.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addGroupBy(String value) {
			return addGroupBy(GroupByItem.of(value));
		}

		/**
		 * Specifies the number of buckets to return.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * A cursor for use in pagination.
		 * @param page the value
		 * @return this builder
		 */
		public Builder page(@Nullable String page) {
			this.page = page;
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
		public OrganizationUsageModerationsListParams build() {
			return new OrganizationUsageModerationsListParams(
					Objects.requireNonNull(this.startTime, "'startTime' is required"), this.endTime, this.bucketWidth,
					(this.projectIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.projectIds)) : null,
					(this.userIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.userIds)) : null,
					(this.apiKeyIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.apiKeyIds)) : null,
					(this.models != null) ? Collections.unmodifiableList(new ArrayList<>(this.models)) : null,
					(this.groupBy != null) ? Collections.unmodifiableList(new ArrayList<>(this.groupBy)) : null,
					this.limit, this.page, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OrganizationUsageModerationsListParams} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OrganizationUsageModerationsListParams> {

		Reader() {
			super(OrganizationUsageModerationsListParams.class, "start_time", "end_time", "bucket_width", "project_ids",
					"user_ids", "api_key_ids", "models", "group_by", "limit", "page");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> BucketWidth.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected OrganizationUsageModerationsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new OrganizationUsageModerationsListParams((Long) values[0], (Long) values[1],
					(BucketWidth) values[2], (List<String>) values[3], (List<String>) values[4],
					(List<String>) values[5], (List<String>) values[6], (List<GroupByItem>) values[7], (Long) values[8],
					(String) values[9], additionalProperties);
		}

	}

	/**
	 * Writes a {@link OrganizationUsageModerationsListParams} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OrganizationUsageModerationsListParams> {

		Writer() {
			super(OrganizationUsageModerationsListParams.class, "start_time", "end_time", "bucket_width", "project_ids",
					"user_ids", "api_key_ids", "models", "group_by", "limit", "page");
		}

		@Override
		protected @Nullable Object value(OrganizationUsageModerationsListParams record, int index) {
			return switch (index) {
				case 0 -> record.startTime();
				case 1 -> record.endTime();
				case 2 -> record.bucketWidth();
				case 3 -> record.projectIds();
				case 4 -> record.userIds();
				case 5 -> record.apiKeyIds();
				case 6 -> record.models();
				case 7 -> record.groupBy();
				case 8 -> record.limit();
				case 9 -> record.page();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OrganizationUsageModerationsListParams record) {
			return record.additionalProperties();
		}

	}
}
