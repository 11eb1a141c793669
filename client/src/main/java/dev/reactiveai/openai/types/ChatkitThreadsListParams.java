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
 * The query parameters of {@code GET /chatkit/threads}: List ChatKit threads with
 * optional pagination and user filters.
 *
 * @param limit Maximum number of thread items to return. Defaults to 20.
 * @param order Sort order for results by creation time. Defaults to {@code desc}.
 * @param after List items created after this thread item ID. Defaults to null for the
 * first page.
 * @param before List items created before this thread item ID. Defaults to null for the
 * newest results.
 * @param user Filter threads that belong to this user identifier. Defaults to null to
 * return all users.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatkitThreadsListParams.Reader.class)
public record ChatkitThreadsListParams(@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("order") @Nullable OrderEnum order, @JsonProperty("after") @Nullable String after,
		@JsonProperty("before") @Nullable String before, @JsonProperty("user") @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatkitThreadsListParams}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param limit Maximum number of thread items to return.
	 * @param order Sort order for results by creation time.
	 * @param after List items created after this thread item ID.
	 * @param before List items created before this thread item ID.
	 * @param user Filter threads that belong to this user identifier.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatkitThreadsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatkitThreadsListParams}.
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
	 * Builds a {@link ChatkitThreadsListParams}.
	 */
	public static final class Builder {

		private @Nullable Long limit;

		private @Nullable OrderEnum order;

		private @Nullable String after;

		private @Nullable String before;

		private @Nullable String user;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatkitThreadsListParams source) {
			this.limit = source.limit();
			this.order = source.order();
			this.after = source.after();
			this.before = source.before();
			this.user = source.user();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Maximum number of thread items to return.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Sort order for results by creation time.
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable OrderEnum order) {
			this.order = order;
			return this;
		}

		/**
		 * Sort order for results by creation time.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder order(String value) {
			return order(OrderEnum.of(value));
		}

		/**
		 * List items created after this thread item ID.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * List items created before this thread item ID.
		 * @param before the value
		 * @return this builder
		 */
		public Builder before(@Nullable String before) {
			this.before = before;
			return this;
		}

		/**
		 * Filter threads that belong to this user identifier.
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
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
		public ChatkitThreadsListParams build() {
			return new ChatkitThreadsListParams(this.limit, this.order, this.after, this.before, this.user,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatkitThreadsListParams} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatkitThreadsListParams> {

		Reader() {
			super(ChatkitThreadsListParams.class, "limit", "order", "after", "before", "user");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> OrderEnum.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ChatkitThreadsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatkitThreadsListParams((Long) values[0], (OrderEnum) values[1], (String) values[2],
					(String) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatkitThreadsListParams} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatkitThreadsListParams> {

		Writer() {
			super(ChatkitThreadsListParams.class, "limit", "order", "after", "before", "user");
		}

		@Override
		protected @Nullable Object value(ChatkitThreadsListParams record, int index) {
			return switch (index) {
				case 0 -> record.limit();
				case 1 -> record.order();
				case 2 -> record.after();
				case 3 -> record.before();
				case 4 -> record.user();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatkitThreadsListParams record) {
			return record.additionalProperties();
		}

	}
}
