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
 * The query parameters of {@code GET /threads/{thread_id}/runs/{run_id}/steps}: Returns a
 * list of run steps belonging to a run.
 *
 * @param limit A limit on the number of objects to be returned. Limit can range between 1
 * and 100, and the default is 20.
 * @param order Sort order by the {@code created_at} timestamp of the objects. {@code asc}
 * for ascending order and {@code desc} for descending order.
 * @param after A cursor for use in pagination. {@code after} is an object ID that defines
 * your place in the list. For instance, if you make a list request and receive 100
 * objects, ending with obj_foo, your subsequent call can include after=obj_foo in order
 * to fetch the next page of the list.
 * @param before A cursor for use in pagination. {@code before} is an object ID that
 * defines your place in the list. For instance, if you make a list request and receive
 * 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in
 * order to fetch the previous page of the list.
 * @param include A list of additional fields to include in the response. Currently the
 * only supported value is
 * {@code step_details.tool_calls[*].file_search.results[*].content} to fetch the file
 * search result content.
 * <p>
 * See the <a href=
 * "https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings">file
 * search tool documentation</a> for more information.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ThreadsRunsStepsListParams.Reader.class)
public record ThreadsRunsStepsListParams(@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("order") ThreadsRunsStepsListParams.@Nullable Order order,
		@JsonProperty("after") @Nullable String after, @JsonProperty("before") @Nullable String before,
		@JsonProperty("include[]") @Nullable List<ThreadsRunsStepsListParams.IncludeItem> include,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ThreadsRunsStepsListParams}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param limit A limit on the number of objects to be returned.
	 * @param order Sort order by the {@code created_at} timestamp of the objects.
	 * @param after A cursor for use in pagination.
	 * @param before A cursor for use in pagination.
	 * @param include A list of additional fields to include in the response.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ThreadsRunsStepsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ThreadsRunsStepsListParams}.
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
	 * Sort order by the {@code created_at} timestamp of the objects. {@code asc} for
	 * ascending order and {@code desc} for descending order.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Order(@JsonValue String value) {
		/**
		 * The value {@code asc}.
		 */
		public static final Order ASC = new Order("asc");

		/**
		 * The value {@code desc}.
		 */
		public static final Order DESC = new Order("desc");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Order {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Order of(String value) {
			return switch (value) {
				case "asc" -> ASC;
				case "desc" -> DESC;
				default -> new Order(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "asc", "desc" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * An item of a {@link ThreadsRunsStepsListParams}'s {@code include[]}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record IncludeItem(@JsonValue String value) {
		/**
		 * The value {@code step_details.tool_calls[*].file_search.results[*].content}.
		 */
		public static final IncludeItem STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_RESULTS_CONTENT = new IncludeItem(
				"step_details.tool_calls[*].file_search.results[*].content");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public IncludeItem {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static IncludeItem of(String value) {
			return switch (value) {
				case "step_details.tool_calls[*].file_search.results[*].content" ->
					STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_RESULTS_CONTENT;
				default -> new IncludeItem(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "step_details.tool_calls[*].file_search.results[*].content" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ThreadsRunsStepsListParams}.
	 */
	public static final class Builder {

		private @Nullable Long limit;

		private @Nullable Order order;

		private @Nullable String after;

		private @Nullable String before;

		private @Nullable List<IncludeItem> include;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ThreadsRunsStepsListParams source) {
			this.limit = source.limit();
			this.order = source.order();
			this.after = source.after();
			this.before = source.before();
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
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
		 * Sort order by the {@code created_at} timestamp of the objects.
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable Order order) {
			this.order = order;
			return this;
		}

		/**
		 * Sort order by the {@code created_at} timestamp of the objects.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder order(String value) {
			return order(Order.of(value));
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
		 * A list of additional fields to include in the response.
		 * <p>
		 * Takes a copy of the list.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<IncludeItem> include) {
			this.include = (include != null) ? new ArrayList<>(include) : null;
			return this;
		}

		/**
		 * A list of additional fields to include in the response.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param include the item to add
		 * @return this builder
		 */
		public Builder addInclude(IncludeItem include) {
			Objects.requireNonNull(include, "'include' must not be null");
			if (this.include == null) {
				this.include = new ArrayList<>();
			}
			this.include.add(include);
			return this;
		}

		/**
		 * A list of additional fields to include in the response.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addInclude(String value) {
			return addInclude(IncludeItem.of(value));
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
		public ThreadsRunsStepsListParams build() {
			return new ThreadsRunsStepsListParams(this.limit, this.order, this.after, this.before,
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ThreadsRunsStepsListParams} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ThreadsRunsStepsListParams> {

		Reader() {
			super(ThreadsRunsStepsListParams.class, "limit", "order", "after", "before", "include[]");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Order.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ThreadsRunsStepsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ThreadsRunsStepsListParams((Long) values[0], (Order) values[1], (String) values[2],
					(String) values[3], (List<IncludeItem>) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ThreadsRunsStepsListParams} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ThreadsRunsStepsListParams> {

		Writer() {
			super(ThreadsRunsStepsListParams.class, "limit", "order", "after", "before", "include[]");
		}

		@Override
		protected @Nullable Object value(ThreadsRunsStepsListParams record, int index) {
			return switch (index) {
				case 0 -> record.limit();
				case 1 -> record.order();
				case 2 -> record.after();
				case 3 -> record.before();
				case 4 -> record.include();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ThreadsRunsStepsListParams record) {
			return record.additionalProperties();
		}

	}
}
