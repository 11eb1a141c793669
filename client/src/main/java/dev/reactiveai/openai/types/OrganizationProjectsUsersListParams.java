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
 * The query parameters of {@code GET /audio/voice_consents}, {@code GET /batches},
 * {@code GET /organization/invites} and 3 more.
 *
 * @param limit A limit on the number of objects to be returned. Limit can range between 1
 * and 100, and the default is 20.
 * @param after A cursor for use in pagination. {@code after} is an object ID that defines
 * your place in the list. For instance, if you make a list request and receive 100
 * objects, ending with obj_foo, your subsequent call can include after=obj_foo in order
 * to fetch the next page of the list.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OrganizationProjectsUsersListParams.Reader.class)
public record OrganizationProjectsUsersListParams(@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("after") @Nullable String after,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OrganizationProjectsUsersListParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param limit A limit on the number of objects to be returned.
	 * @param after A cursor for use in pagination.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OrganizationProjectsUsersListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OrganizationProjectsUsersListParams}.
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
	 * Builds a {@link OrganizationProjectsUsersListParams}.
	 */
	public static final class Builder {

		private @Nullable Long limit;

		private @Nullable String after;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(OrganizationProjectsUsersListParams source) {
			this.limit = source.limit();
			this.after = source.after();
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
		public OrganizationProjectsUsersListParams build() {
			return new OrganizationProjectsUsersListParams(this.limit, this.after, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OrganizationProjectsUsersListParams} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OrganizationProjectsUsersListParams> {

		Reader() {
			super(OrganizationProjectsUsersListParams.class, "limit", "after");
		}

		@Override
		protected OrganizationProjectsUsersListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new OrganizationProjectsUsersListParams((Long) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link OrganizationProjectsUsersListParams} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OrganizationProjectsUsersListParams> {

		Writer() {
			super(OrganizationProjectsUsersListParams.class, "limit", "after");
		}

		@Override
		protected @Nullable Object value(OrganizationProjectsUsersListParams record, int index) {
			return switch (index) {
				case 0 -> record.limit();
				case 1 -> record.after();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OrganizationProjectsUsersListParams record) {
			return record.additionalProperties();
		}

	}
}
