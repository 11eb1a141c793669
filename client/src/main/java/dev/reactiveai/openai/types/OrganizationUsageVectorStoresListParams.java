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
 * The query parameters of {@code GET /organization/usage/code_interpreter_sessions} and
 * {@code GET /organization/usage/vector_stores}.
 *
 * @param startTime Start time (Unix seconds) of the query time range, inclusive.
 * @param endTime End time (Unix seconds) of the query time range, exclusive.
 * @param bucketWidth Width of each time bucket in response. Currently {@code 1m},
 * {@code 1h} and {@code 1d} are supported, default to {@code 1d}.
 * @param projectIds Return only usage for these projects.
 * @param groupBy Group the usage data by the specified fields. Support fields include
 * {@code project_id}.
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
@JsonDeserialize(using = OrganizationUsageVectorStoresListParams.Reader.class)
public record OrganizationUsageVectorStoresListParams(@JsonProperty("start_time") Long startTime,
		@JsonProperty("end_time") @Nullable Long endTime,
		@JsonProperty("bucket_width") OrganizationUsageVectorStoresListParams.@Nullable BucketWidth bucketWidth,
		@JsonProperty("project_ids") @Nullable List<String> projectIds,
		@JsonProperty("group_by") @Nullable List<OrganizationUsageVectorStoresListParams.GroupByItem> groupBy,
		@JsonProperty("limit") @Nullable Long limit, @JsonProperty("page") @Nullable String page,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OrganizationUsageVectorStoresListParams};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param startTime Start time (Unix seconds) of the query time range, inclusive.
	 * @param endTime End time (Unix seconds) of the query time range, exclusive.
	 * @param bucketWidth Width of each time bucket in response.
	 * @param projectIds Return only usage for these projects.
	 * @param groupBy Group the usage data by the specified fields.
	 * @param limit Specifies the number of buckets to return.
	 * @param page A cursor for use in pagination.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OrganizationUsageVectorStoresListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OrganizationUsageVectorStoresListParams}.
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
	 * An item of a {@link OrganizationUsageVectorStoresListParams}'s {@code group_by}.
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
				default -> new GroupByItem(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "project_id" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link OrganizationUsageVectorStoresListParams}.
	 */
	public static final class Builder {

		private @Nullable Long startTime;

		private @Nullable Long endTime;

		private @Nullable BucketWidth bucketWidth;

		private @Nullable List<String> projectIds;

		private @Nullable List<GroupByItem> groupBy;

		private @Nullable Long limit;

		private @Nullable String page;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(OrganizationUsageVectorStoresListParams source) {
			this.startTime = source.startTime();
			this.endTime = source.endTime();
			this.bucketWidth = source.bucketWidth();
			this.projectIds = (source.projectIds() != null) ? new ArrayList<>(source.projectIds()) : null;
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
		public OrganizationUsageVectorStoresListParams build() {
			return new OrganizationUsageVectorStoresListParams(
					Objects.requireNonNull(this.startTime, "'startTime' is required"), this.endTime, this.bucketWidth,
					(this.projectIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.projectIds)) : null,
					(this.groupBy != null) ? Collections.unmodifiableList(new ArrayList<>(this.groupBy)) : null,
					this.limit, this.page, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OrganizationUsageVectorStoresListParams} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OrganizationUsageVectorStoresListParams> {

		Reader() {
			super(OrganizationUsageVectorStoresListParams.class, "start_time", "end_time", "bucket_width",
					"project_ids", "group_by", "limit", "page");
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
		protected OrganizationUsageVectorStoresListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new OrganizationUsageVectorStoresListParams((Long) values[0], (Long) values[1],
					(BucketWidth) values[2], (List<String>) values[3], (List<GroupByItem>) values[4], (Long) values[5],
					(String) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link OrganizationUsageVectorStoresListParams} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OrganizationUsageVectorStoresListParams> {

		Writer() {
			super(OrganizationUsageVectorStoresListParams.class, "start_time", "end_time", "bucket_width",
					"project_ids", "group_by", "limit", "page");
		}

		@Override
		protected @Nullable Object value(OrganizationUsageVectorStoresListParams record, int index) {
			return switch (index) {
				case 0 -> record.startTime();
				case 1 -> record.endTime();
				case 2 -> record.bucketWidth();
				case 3 -> record.projectIds();
				case 4 -> record.groupBy();
				case 5 -> record.limit();
				case 6 -> record.page();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OrganizationUsageVectorStoresListParams record) {
			return record.additionalProperties();
		}

	}
}
