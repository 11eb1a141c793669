// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The query parameters of {@code GET /organization/projects/{project_id}/rate_limits}:
 * Returns the rate limits per model for a project.
 *
 * @param limit A limit on the number of objects to be returned. The default is 100.
 * @param after A cursor for use in pagination. {@code after} is an object ID that defines
 * your place in the list. For instance, if you make a list request and receive 100
 * objects, ending with obj_foo, your subsequent call can include after=obj_foo in order
 * to fetch the next page of the list.
 * @param before A cursor for use in pagination. {@code before} is an object ID that
 * defines your place in the list. For instance, if you make a list request and receive
 * 100 objects, beginning with obj_foo, your subsequent call can include before=obj_foo in
 * order to fetch the previous page of the list.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OrganizationProjectsRateLimitsListParams.Reader.class)
public record OrganizationProjectsRateLimitsListParams(@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("after") @Nullable String after, @JsonProperty("before") @Nullable String before,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OrganizationProjectsRateLimitsListParams};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param limit A limit on the number of objects to be returned.
	 * @param after A cursor for use in pagination.
	 * @param before A cursor for use in pagination.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OrganizationProjectsRateLimitsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OrganizationProjectsRateLimitsListParams}.
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
	 * Builds a {@link OrganizationProjectsRateLimitsListParams}.
	 */
	public static final class Builder {

		private @Nullable Long limit;

		private @Nullable String after;

		private @Nullable String before;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(OrganizationProjectsRateLimitsListParams source) {
			this.limit = source.limit();
			this.after = source.after();
			this.before = source.before();
			this.additionalProperties.putAll(source.additionalProperties());
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
		public OrganizationProjectsRateLimitsListParams build() {
			return new OrganizationProjectsRateLimitsListParams(this.limit, this.after, this.before,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OrganizationProjectsRateLimitsListParams} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OrganizationProjectsRateLimitsListParams> {

		Reader() {
			super(OrganizationProjectsRateLimitsListParams.class, "limit", "after", "before");
		}

		@Override
		protected OrganizationProjectsRateLimitsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new OrganizationProjectsRateLimitsListParams((Long) values[0], (String) values[1],
					(String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link OrganizationProjectsRateLimitsListParams} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OrganizationProjectsRateLimitsListParams> {

		Writer() {
			super(OrganizationProjectsRateLimitsListParams.class, "limit", "after", "before");
		}

		@Override
		protected @Nullable Object value(OrganizationProjectsRateLimitsListParams record, int index) {
			return switch (index) {
				case 0 -> record.limit();
				case 1 -> record.after();
				case 2 -> record.before();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OrganizationProjectsRateLimitsListParams record) {
			return record.additionalProperties();
		}

	}
}
