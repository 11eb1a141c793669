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
 * The response of {@code GET /organization/admin_api_keys}: List organization API keys.
 *
 * @param object The object type, {@code list}.
 * @param data The items on this page of the list.
 * @param hasMore Whether the list has more items after this page.
 * @param firstId The ID of the first item on this page, or null when the page is empty.
 * @param lastId The ID of the last item on this page: the cursor for the next page
 * ({@code after}).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ApiKeyList.Reader.class)
public record ApiKeyList(@JsonProperty("object") @Nullable String object,
		@JsonProperty("data") @Nullable List<AdminApiKey> data, @JsonProperty("has_more") @Nullable Boolean hasMore,
		@JsonProperty("first_id") @Nullable String firstId, @JsonProperty("last_id") @Nullable String lastId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ApiKeyList}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object The object type, {@code list}.
	 * @param data The items on this page of the list.
	 * @param hasMore Whether the list has more items after this page.
	 * @param firstId The ID of the first item on this page, or null when the page is
	 * empty.
	 * @param lastId The ID of the last item on this page: the cursor for the next page
	 * ({@code after}).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ApiKeyList {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ApiKeyList}.
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
	 * Builds a {@link ApiKeyList}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable List<AdminApiKey> data;

		private @Nullable Boolean hasMore;

		private @Nullable String firstId;

		private @Nullable String lastId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ApiKeyList source) {
			this.object = source.object();
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.hasMore = source.hasMore();
			this.firstId = source.firstId();
			this.lastId = source.lastId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The object type, {@code list}.
		 * @param object the value
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * The items on this page of the list.
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value
		 * @return this builder
		 */
		public Builder data(@Nullable List<AdminApiKey> data) {
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
		public Builder addData(AdminApiKey data) {
			Objects.requireNonNull(data, "'data' must not be null");
			if (this.data == null) {
				this.data = new ArrayList<>();
			}
			this.data.add(data);
			return this;
		}

		/**
		 * Whether the list has more items after this page.
		 * @param hasMore the value
		 * @return this builder
		 */
		public Builder hasMore(@Nullable Boolean hasMore) {
			this.hasMore = hasMore;
			return this;
		}

		/**
		 * The ID of the first item on this page, or null when the page is empty.
		 * @param firstId the value
		 * @return this builder
		 */
		public Builder firstId(@Nullable String firstId) {
			this.firstId = firstId;
			return this;
		}

		/**
		 * The ID of the last item on this page: the cursor for the next page
		 * ({@code after}).
		 * @param lastId the value
		 * @return this builder
		 */
		public Builder lastId(@Nullable String lastId) {
			this.lastId = lastId;
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
		public ApiKeyList build() {
			return new ApiKeyList(this.object,
					(this.data != null) ? Collections.unmodifiableList(new ArrayList<>(this.data)) : null, this.hasMore,
					this.firstId, this.lastId, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ApiKeyList} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ApiKeyList> {

		Reader() {
			super(ApiKeyList.class, "object", "data", "has_more", "first_id", "last_id");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ApiKeyList create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ApiKeyList((String) values[0], (List<AdminApiKey>) values[1], (Boolean) values[2],
					(String) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ApiKeyList} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ApiKeyList> {

		Writer() {
			super(ApiKeyList.class, "object", "data", "has_more", "first_id", "last_id");
		}

		@Override
		protected @Nullable Object value(ApiKeyList record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.data();
				case 2 -> record.hasMore();
				case 3 -> record.firstId();
				case 4 -> record.lastId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ApiKeyList record) {
			return record.additionalProperties();
		}

	}
}
