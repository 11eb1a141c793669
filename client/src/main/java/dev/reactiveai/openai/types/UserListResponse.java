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
 * The response of {@code GET /organization/users}: Lists all of the users in the
 * organization.
 *
 * @param object The object type, {@code list}.
 * @param data The items on this page of the list.
 * @param firstId The ID of the first item on this page, or null when the page is empty.
 * @param lastId The ID of the last item on this page: the cursor for the next page
 * ({@code after}).
 * @param hasMore Whether the list has more items after this page.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UserListResponse.Reader.class)
public record UserListResponse(@JsonProperty("object") String object, @JsonProperty("data") List<User> data,
		@JsonProperty("first_id") String firstId, @JsonProperty("last_id") String lastId,
		@JsonProperty("has_more") Boolean hasMore,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UserListResponse}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object The object type, {@code list}.
	 * @param data The items on this page of the list.
	 * @param firstId The ID of the first item on this page, or null when the page is
	 * empty.
	 * @param lastId The ID of the last item on this page: the cursor for the next page
	 * ({@code after}).
	 * @param hasMore Whether the list has more items after this page.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UserListResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UserListResponse}.
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
	 * Builds a {@link UserListResponse}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable List<User> data;

		private @Nullable String firstId;

		private @Nullable String lastId;

		private @Nullable Boolean hasMore;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "list";
		}

		private Builder(UserListResponse source) {
			this.object = source.object();
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.firstId = source.firstId();
			this.lastId = source.lastId();
			this.hasMore = source.hasMore();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The items on this page of the list.
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable List<User> data) {
			this.data = (data != null) ? new ArrayList<>(data) : null;
			return this;
		}

		/**
		 * The items on this page of the list.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param data the item to add
		 * @return this builder
		 */
		public Builder addData(User data) {
			Objects.requireNonNull(data, "'data' must not be null");
			if (this.data == null) {
				this.data = new ArrayList<>();
			}
			this.data.add(data);
			return this;
		}

		/**
		 * The ID of the first item on this page, or null when the page is empty.
		 * @param firstId the value (required)
		 * @return this builder
		 */
		public Builder firstId(@Nullable String firstId) {
			this.firstId = firstId;
			return this;
		}

		/**
		 * The ID of the last item on this page: the cursor for the next page
		 * ({@code after}).
		 * @param lastId the value (required)
		 * @return this builder
		 */
		public Builder lastId(@Nullable String lastId) {
			this.lastId = lastId;
			return this;
		}

		/**
		 * Whether the list has more items after this page.
		 * @param hasMore the value (required)
		 * @return this builder
		 */
		public Builder hasMore(@Nullable Boolean hasMore) {
			this.hasMore = hasMore;
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
		public UserListResponse build() {
			return new UserListResponse(this.object,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.data, "'data' is required"))),
					Objects.requireNonNull(this.firstId, "'firstId' is required"),
					Objects.requireNonNull(this.lastId, "'lastId' is required"),
					Objects.requireNonNull(this.hasMore, "'hasMore' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UserListResponse} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UserListResponse> {

		Reader() {
			super(UserListResponse.class, "object", "data", "first_id", "last_id", "has_more");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected UserListResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UserListResponse((String) values[0], (List<User>) values[1], (String) values[2],
					(String) values[3], (Boolean) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UserListResponse} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UserListResponse> {

		Writer() {
			super(UserListResponse.class, "object", "data", "first_id", "last_id", "has_more");
		}

		@Override
		protected @Nullable Object value(UserListResponse record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.data();
				case 2 -> record.firstId();
				case 3 -> record.lastId();
				case 4 -> record.hasMore();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UserListResponse record) {
			return record.additionalProperties();
		}

	}
}
