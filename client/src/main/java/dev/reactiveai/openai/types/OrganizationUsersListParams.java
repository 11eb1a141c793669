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
 * The query parameters of {@code GET /organization/users}: Lists all of the users in the
 * organization.
 *
 * @param limit A limit on the number of objects to be returned. Limit can range between 1
 * and 100, and the default is 20.
 * @param after A cursor for use in pagination. {@code after} is an object ID that defines
 * your place in the list. For instance, if you make a list request and receive 100
 * objects, ending with obj_foo, your subsequent call can include after=obj_foo in order
 * to fetch the next page of the list.
 * @param emails Filter by the email address of users.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OrganizationUsersListParams.Reader.class)
public record OrganizationUsersListParams(@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("after") @Nullable String after, @JsonProperty("emails") @Nullable List<String> emails,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OrganizationUsersListParams}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param limit A limit on the number of objects to be returned.
	 * @param after A cursor for use in pagination.
	 * @param emails Filter by the email address of users.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OrganizationUsersListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OrganizationUsersListParams}.
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
	 * Builds a {@link OrganizationUsersListParams}.
	 */
	public static final class Builder {

		private @Nullable Long limit;

		private @Nullable String after;

		private @Nullable List<String> emails;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(OrganizationUsersListParams source) {
			this.limit = source.limit();
			this.after = source.after();
			this.emails = (source.emails() != null) ? new ArrayList<>(source.emails()) : null;
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
		 * Filter by the email address of users.
		 * <p>
		 * Takes a copy of the list.
		 * @param emails the value
		 * @return this builder
		 */
		public Builder emails(@Nullable List<String> emails) {
			this.emails = (emails != null) ? new ArrayList<>(emails) : null;
			return this;
		}

		/**
		 * Filter by the email address of users.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param email the item to add
		 * @return this builder
		 */
		public Builder addEmail(String email) {
			Objects.requireNonNull(email, "'email' must not be null");
			if (this.emails == null) {
				this.emails = new ArrayList<>();
			}
			this.emails.add(email);
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
		public OrganizationUsersListParams build() {
			return new OrganizationUsersListParams(this.limit, this.after,
					(this.emails != null) ? Collections.unmodifiableList(new ArrayList<>(this.emails)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OrganizationUsersListParams} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OrganizationUsersListParams> {

		Reader() {
			super(OrganizationUsersListParams.class, "limit", "after", "emails");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected OrganizationUsersListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new OrganizationUsersListParams((Long) values[0], (String) values[1], (List<String>) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link OrganizationUsersListParams} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OrganizationUsersListParams> {

		Writer() {
			super(OrganizationUsersListParams.class, "limit", "after", "emails");
		}

		@Override
		protected @Nullable Object value(OrganizationUsersListParams record, int index) {
			return switch (index) {
				case 0 -> record.limit();
				case 1 -> record.after();
				case 2 -> record.emails();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OrganizationUsersListParams record) {
			return record.additionalProperties();
		}

	}
}
