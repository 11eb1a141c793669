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
 * The query parameters of {@code GET /organization/usage/images}: Get images usage
 * details for the organization.
 *
 * @param startTime Start time (Unix seconds) of the query time range, inclusive.
 * @param endTime End time (Unix seconds) of the query time range, exclusive.
 * @param bucketWidth Width of each time bucket in response. Currently {@code 1m},
 * {@code 1h} and {@code 1d} are supported, default to {@code 1d}.
 * @param sources Return only usages for these sources. Possible values are
 * {@code image.generation}, {@code image.edit}, {@code image.variation} or any
 * combination of them.
 * @param sizes Return only usages for these image sizes. Possible values are
 * {@code 256x256}, {@code 512x512}, {@code 1024x1024}, {@code 1792x1792},
 * {@code 1024x1792} or any combination of them.
 * @param projectIds Return only usage for these projects.
 * @param userIds Return only usage for these users.
 * @param apiKeyIds Return only usage for these API keys.
 * @param models Return only usage for these models.
 * @param groupBy Group the usage data by the specified fields. Support fields include
 * {@code project_id}, {@code user_id}, {@code api_key_id}, {@code model}, {@code size},
 * {@code source} or any combination of them.
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
@JsonDeserialize(using = OrganizationUsageImagesListParams.Reader.class)
public record OrganizationUsageImagesListParams(@JsonProperty("start_time") Long startTime,
		@JsonProperty("end_time") @Nullable Long endTime,
		@JsonProperty("bucket_width") OrganizationUsageImagesListParams.@Nullable BucketWidth bucketWidth,
		@JsonProperty("sources") @Nullable List<OrganizationUsageImagesListParams.Source> sources,
		@JsonProperty("sizes") @Nullable List<OrganizationUsageImagesListParams.Size> sizes,
		@JsonProperty("project_ids") @Nullable List<String> projectIds,
		@JsonProperty("user_ids") @Nullable List<String> userIds,
		@JsonProperty("api_key_ids") @Nullable List<String> apiKeyIds,
		@JsonProperty("models") @Nullable List<String> models,
		@JsonProperty("group_by") @Nullable List<OrganizationUsageImagesListParams.GroupByItem> groupBy,
		@JsonProperty("limit") @Nullable Long limit, @JsonProperty("page") @Nullable String page,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OrganizationUsageImagesListParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param startTime Start time (Unix seconds) of the query time range, inclusive.
	 * @param endTime End time (Unix seconds) of the query time range, exclusive.
	 * @param bucketWidth Width of each time bucket in response.
	 * @param sources Return only usages for these sources.
	 * @param sizes Return only usages for these image sizes.
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
	public OrganizationUsageImagesListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OrganizationUsageImagesListParams}.
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
	 * An item of a {@link OrganizationUsageImagesListParams}'s {@code sources}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Source(@JsonValue String value) {
		/**
		 * The value {@code image.generation}.
		 */
		public static final Source IMAGE_GENERATION = new Source("image.generation");

		/**
		 * The value {@code image.edit}.
		 */
		public static final Source IMAGE_EDIT = new Source("image.edit");

		/**
		 * The value {@code image.variation}.
		 */
		public static final Source IMAGE_VARIATION = new Source("image.variation");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Source {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Source of(String value) {
			return switch (value) {
				case "image.generation" -> IMAGE_GENERATION;
				case "image.edit" -> IMAGE_EDIT;
				case "image.variation" -> IMAGE_VARIATION;
				default -> new Source(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "image.generation", "image.edit", "image.variation" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * An item of a {@link OrganizationUsageImagesListParams}'s {@code sizes}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Size(@JsonValue String value) {
		/**
		 * The value {@code 256x256}.
		 */
		public static final Size V256X256 = new Size("256x256");

		/**
		 * The value {@code 512x512}.
		 */
		public static final Size V512X512 = new Size("512x512");

		/**
		 * The value {@code 1024x1024}.
		 */
		public static final Size V1024X1024 = new Size("1024x1024");

		/**
		 * The value {@code 1792x1792}.
		 */
		public static final Size V1792X1792 = new Size("1792x1792");

		/**
		 * The value {@code 1024x1792}.
		 */
		public static final Size V1024X1792 = new Size("1024x1792");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Size {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Size of(String value) {
			return switch (value) {
				case "256x256" -> V256X256;
				case "512x512" -> V512X512;
				case "1024x1024" -> V1024X1024;
				case "1792x1792" -> V1792X1792;
				case "1024x1792" -> V1024X1792;
				default -> new Size(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "256x256", "512x512", "1024x1024", "1792x1792", "1024x1792" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * An item of a {@link OrganizationUsageImagesListParams}'s {@code group_by}.
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
		 * The value {@code size}.
		 */
		public static final GroupByItem SIZE = new GroupByItem("size");

		/**
		 * The value {@code source}.
		 */
		public static final GroupByItem SOURCE = new GroupByItem("source");

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
				case "size" -> SIZE;
				case "source" -> SOURCE;
				default -> new GroupByItem(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "project_id", "user_id", "api_key_id", "model", "size", "source" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link OrganizationUsageImagesListParams}.
	 */
	public static final class Builder {

		private @Nullable Long startTime;

		private @Nullable Long endTime;

		private @Nullable BucketWidth bucketWidth;

		private @Nullable List<Source> sources;

		private @Nullable List<Size> sizes;

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

		private Builder(OrganizationUsageImagesListParams source) {
			this.startTime = source.startTime();
			this.endTime = source.endTime();
			this.bucketWidth = source.bucketWidth();
			this.sources = (source.sources() != null) ? new ArrayList<>(source.sources()) : null;
			this.sizes = (source.sizes() != null) ? new ArrayList<>(source.sizes()) : null;
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
		 * Return only usages for these sources.
		 * <p>
		 * Takes a copy of the list.
		 * @param sources the value
		 * @return this builder
		 */
		public Builder sources(@Nullable List<Source> sources) {
			this.sources = (sources != null) ? new ArrayList<>(sources) : null;
			return this;
		}

		/**
		 * Return only usages for these sources.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param source the item to add
		 * @return this builder
		 */
		public Builder addSource(Source source) {
			Objects.requireNonNull(source, "'source' must not be null");
			if (this.sources == null) {
				this.sources = new ArrayList<>();
			}
			this.sources.add(source);
			return this;
		}

		/**
		 * Return only usages for these sources.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addSource(String value) {
			return addSource(Source.of(value));
		}

		/**
		 * Return only usages for these image sizes.
		 * <p>
		 * Takes a copy of the list.
		 * @param sizes the value
		 * @return this builder
		 */
		public Builder sizes(@Nullable List<Size> sizes) {
			this.sizes = (sizes != null) ? new ArrayList<>(sizes) : null;
			return this;
		}

		/**
		 * Return only usages for these image sizes.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param size the item to add
		 * @return this builder
		 */
		public Builder addSize(Size size) {
			Objects.requireNonNull(size, "'size' must not be null");
			if (this.sizes == null) {
				this.sizes = new ArrayList<>();
			}
			this.sizes.add(size);
			return this;
		}

		/**
		 * Return only usages for these image sizes.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addSize(String value) {
			return addSize(Size.of(value));
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
		public OrganizationUsageImagesListParams build() {
			return new OrganizationUsageImagesListParams(
					Objects.requireNonNull(this.startTime, "'startTime' is required"), this.endTime, this.bucketWidth,
					(this.sources != null) ? Collections.unmodifiableList(new ArrayList<>(this.sources)) : null,
					(this.sizes != null) ? Collections.unmodifiableList(new ArrayList<>(this.sizes)) : null,
					(this.projectIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.projectIds)) : null,
					(this.userIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.userIds)) : null,
					(this.apiKeyIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.apiKeyIds)) : null,
					(this.models != null) ? Collections.unmodifiableList(new ArrayList<>(this.models)) : null,
					(this.groupBy != null) ? Collections.unmodifiableList(new ArrayList<>(this.groupBy)) : null,
					this.limit, this.page, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OrganizationUsageImagesListParams} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OrganizationUsageImagesListParams> {

		Reader() {
			super(OrganizationUsageImagesListParams.class, "start_time", "end_time", "bucket_width", "sources", "sizes",
					"project_ids", "user_ids", "api_key_ids", "models", "group_by", "limit", "page");
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
		protected OrganizationUsageImagesListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new OrganizationUsageImagesListParams((Long) values[0], (Long) values[1], (BucketWidth) values[2],
					(List<Source>) values[3], (List<Size>) values[4], (List<String>) values[5],
					(List<String>) values[6], (List<String>) values[7], (List<String>) values[8],
					(List<GroupByItem>) values[9], (Long) values[10], (String) values[11], additionalProperties);
		}

	}

	/**
	 * Writes a {@link OrganizationUsageImagesListParams} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OrganizationUsageImagesListParams> {

		Writer() {
			super(OrganizationUsageImagesListParams.class, "start_time", "end_time", "bucket_width", "sources", "sizes",
					"project_ids", "user_ids", "api_key_ids", "models", "group_by", "limit", "page");
		}

		@Override
		protected @Nullable Object value(OrganizationUsageImagesListParams record, int index) {
			return switch (index) {
				case 0 -> record.startTime();
				case 1 -> record.endTime();
				case 2 -> record.bucketWidth();
				case 3 -> record.sources();
				case 4 -> record.sizes();
				case 5 -> record.projectIds();
				case 6 -> record.userIds();
				case 7 -> record.apiKeyIds();
				case 8 -> record.models();
				case 9 -> record.groupBy();
				case 10 -> record.limit();
				case 11 -> record.page();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OrganizationUsageImagesListParams record) {
			return record.additionalProperties();
		}

	}
}
