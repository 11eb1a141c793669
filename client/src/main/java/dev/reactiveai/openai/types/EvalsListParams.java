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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The query parameters of {@code GET /evals}: List evaluations for a project.
 *
 * @param after Identifier for the last eval from the previous pagination request.
 * @param limit Number of evals to retrieve.
 * @param order Sort order for evals by timestamp. Use {@code asc} for ascending order or
 * {@code desc} for descending order.
 * @param orderBy Evals can be ordered by creation time or last updated time. Use
 * {@code created_at} for creation time or {@code updated_at} for last updated time.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalsListParams.Reader.class)
public record EvalsListParams(@JsonProperty("after") @Nullable String after,
		@JsonProperty("limit") @Nullable Long limit, @JsonProperty("order") EvalsListParams.@Nullable Order order,
		@JsonProperty("order_by") EvalsListParams.@Nullable OrderBy orderBy,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link EvalsListParams}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param after Identifier for the last eval from the previous pagination request.
	 * @param limit Number of evals to retrieve.
	 * @param order Sort order for evals by timestamp.
	 * @param orderBy Evals can be ordered by creation time or last updated time.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalsListParams}.
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
	 * Sort order for evals by timestamp. Use {@code asc} for ascending order or
	 * {@code desc} for descending order.
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
	 * Evals can be ordered by creation time or last updated time. Use {@code created_at}
	 * for creation time or {@code updated_at} for last updated time.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record OrderBy(@JsonValue String value) {
		/**
		 * The value {@code created_at}.
		 */
		public static final OrderBy CREATED_AT = new OrderBy("created_at");

		/**
		 * The value {@code updated_at}.
		 */
		public static final OrderBy UPDATED_AT = new OrderBy("updated_at");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public OrderBy {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static OrderBy of(String value) {
			return switch (value) {
				case "created_at" -> CREATED_AT;
				case "updated_at" -> UPDATED_AT;
				default -> new OrderBy(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "created_at", "updated_at" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link EvalsListParams}.
	 */
	public static final class Builder {

		private @Nullable String after;

		private @Nullable Long limit;

		private @Nullable Order order;

		private @Nullable OrderBy orderBy;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(EvalsListParams source) {
			this.after = source.after();
			this.limit = source.limit();
			this.order = source.order();
			this.orderBy = source.orderBy();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier for the last eval from the previous pagination request.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * Number of evals to retrieve.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Sort order for evals by timestamp.
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable Order order) {
			this.order = order;
			return this;
		}

		/**
		 * Sort order for evals by timestamp.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder order(String value) {
			return order(Order.of(value));
		}

		/**
		 * Evals can be ordered by creation time or last updated time.
		 * @param orderBy the value
		 * @return this builder
		 */
		public Builder orderBy(@Nullable OrderBy orderBy) {
			this.orderBy = orderBy;
			return this;
		}

		/**
		 * Evals can be ordered by creation time or last updated time.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder orderBy(String value) {
			return orderBy(OrderBy.of(value));
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
		public EvalsListParams build() {
			return new EvalsListParams(this.after, this.limit, this.order, this.orderBy, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalsListParams} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalsListParams> {

		Reader() {
			super(EvalsListParams.class, "after", "limit", "order", "order_by");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> Order.of(value);
				case 3 -> OrderBy.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected EvalsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalsListParams((String) values[0], (Long) values[1], (Order) values[2], (OrderBy) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalsListParams} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalsListParams> {

		Writer() {
			super(EvalsListParams.class, "after", "limit", "order", "order_by");
		}

		@Override
		protected @Nullable Object value(EvalsListParams record, int index) {
			return switch (index) {
				case 0 -> record.after();
				case 1 -> record.limit();
				case 2 -> record.order();
				case 3 -> record.orderBy();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalsListParams record) {
			return record.additionalProperties();
		}

	}
}
