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
 * The query parameters of {@code GET /conversations/{conversation_id}/items}: List all
 * items for a conversation with the given ID.
 *
 * @param limit A limit on the number of objects to be returned. Limit can range between 1
 * and 100, and the default is 20.
 * @param order The order to return the input items in. Default is {@code desc}.
 * <ul>
 * <li>{@code asc}: Return the input items in ascending order.</li>
 * <li>{@code desc}: Return the input items in descending order.</li>
 * </ul>
 * @param after An item ID to list items after, used in pagination.
 * @param include Specify additional output data to include in the model response.
 * Currently supported values are:
 * <ul>
 * <li>{@code web_search_call.action.sources}: Include the sources of the web search tool
 * call.</li>
 * <li>{@code code_interpreter_call.outputs}: Includes the outputs of python code
 * execution in code interpreter tool call items.</li>
 * <li>{@code computer_call_output.output.image_url}: Include image urls from the computer
 * call output.</li>
 * <li>{@code file_search_call.results}: Include the search results of the file search
 * tool call.</li>
 * <li>{@code message.input_image.image_url}: Include image urls from the input
 * message.</li>
 * <li>{@code message.output_text.logprobs}: Include logprobs with assistant
 * messages.</li>
 * <li>{@code reasoning.encrypted_content}: Includes an encrypted version of reasoning
 * tokens in reasoning item outputs. This enables reasoning items to be used in multi-turn
 * conversations when using the Responses API statelessly (like when the {@code store}
 * parameter is set to {@code false}, or when an organization is enrolled in the zero data
 * retention program).</li>
 * </ul>
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ConversationsItemsListParams.Reader.class)
public record ConversationsItemsListParams(@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("order") ConversationsItemsListParams.@Nullable Order order,
		@JsonProperty("after") @Nullable String after, @JsonProperty("include") @Nullable List<IncludeEnum> include,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ConversationsItemsListParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param limit A limit on the number of objects to be returned.
	 * @param order The order to return the input items in.
	 * @param after An item ID to list items after, used in pagination.
	 * @param include Specify additional output data to include in the model response.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ConversationsItemsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ConversationsItemsListParams}.
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
	 * The order to return the input items in. Default is {@code desc}.
	 * <ul>
	 * <li>{@code asc}: Return the input items in ascending order.</li>
	 * <li>{@code desc}: Return the input items in descending order.</li>
	 * </ul>
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
	 * Builds a {@link ConversationsItemsListParams}.
	 */
	public static final class Builder {

		private @Nullable Long limit;

		private @Nullable Order order;

		private @Nullable String after;

		private @Nullable List<IncludeEnum> include;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ConversationsItemsListParams source) {
			this.limit = source.limit();
			this.order = source.order();
			this.after = source.after();
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
		 * The order to return the input items in.
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable Order order) {
			this.order = order;
			return this;
		}

		/**
		 * The order to return the input items in.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder order(String value) {
			return order(Order.of(value));
		}

		/**
		 * An item ID to list items after, used in pagination.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * Specify additional output data to include in the model response.
		 * <p>
		 * Takes a copy of the list.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<IncludeEnum> include) {
			this.include = (include != null) ? new ArrayList<>(include) : null;
			return this;
		}

		/**
		 * Specify additional output data to include in the model response.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param include the item to add
		 * @return this builder
		 */
		public Builder addInclude(IncludeEnum include) {
			Objects.requireNonNull(include, "'include' must not be null");
			if (this.include == null) {
				this.include = new ArrayList<>();
			}
			this.include.add(include);
			return this;
		}

		/**
		 * Specify additional output data to include in the model response.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addInclude(String value) {
			return addInclude(IncludeEnum.of(value));
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
		public ConversationsItemsListParams build() {
			return new ConversationsItemsListParams(this.limit, this.order, this.after,
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ConversationsItemsListParams} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ConversationsItemsListParams> {

		Reader() {
			super(ConversationsItemsListParams.class, "limit", "order", "after", "include");
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
		protected ConversationsItemsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ConversationsItemsListParams((Long) values[0], (Order) values[1], (String) values[2],
					(List<IncludeEnum>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ConversationsItemsListParams} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ConversationsItemsListParams> {

		Writer() {
			super(ConversationsItemsListParams.class, "limit", "order", "after", "include");
		}

		@Override
		protected @Nullable Object value(ConversationsItemsListParams record, int index) {
			return switch (index) {
				case 0 -> record.limit();
				case 1 -> record.order();
				case 2 -> record.after();
				case 3 -> record.include();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ConversationsItemsListParams record) {
			return record.additionalProperties();
		}

	}
}
