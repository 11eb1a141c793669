// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * @param limit A limit on the number of objects to be returned.
 * @param order The order to return the input items in.
 * @param after An item ID to list items after, used in pagination.
 * @param include Additional fields to include in the response.
 * @param additionalProperties properties that this version of the client does not know
 */
public record ResponsesInputItemsListParams(@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("order") ResponsesInputItemsListParams.@Nullable Order order,
		@JsonProperty("after") @Nullable String after, @JsonProperty("include") @Nullable List<IncludeEnum> include,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ResponsesInputItemsListParams {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ResponsesInputItemsListParams}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The order to return the input items in. Default is `desc`. - `asc`: Return the
	 * input items in ascending order. - `desc`: Return the input items in descending
	 * order.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Order(@JsonValue String value) {
		public static final Order ASC = new Order("asc");

		public static final Order DESC = new Order("desc");

		public Order {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
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
	 * Builds a {@link ResponsesInputItemsListParams}.
	 */
	public static final class Builder {

		private @Nullable Long limit;

		private @Nullable Order order;

		private @Nullable String after;

		private @Nullable List<IncludeEnum> include;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ResponsesInputItemsListParams source) {
			this.limit = source.limit();
			this.order = source.order();
			this.after = source.after();
			this.include = source.include();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code limit}: A limit on the number of objects to be returned. Limit can
		 * range between 1 and 100, and the default is 20.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Set {@code order}: The order to return the input items in. Default is `desc`. -
		 * `asc`: Return the input items in ascending order. - `desc`: Return the input
		 * items in descending order.
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable Order order) {
			this.order = order;
			return this;
		}

		/**
		 * Set {@code order} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder order(String value) {
			return order(Order.of(value));
		}

		/**
		 * Set {@code after}: An item ID to list items after, used in pagination.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * Set {@code include}: Additional fields to include in the response. See the
		 * `include` parameter for Response creation above for more information.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<IncludeEnum> include) {
			this.include = include;
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
		public ResponsesInputItemsListParams build() {
			return new ResponsesInputItemsListParams(this.limit, this.order, this.after, this.include,
					this.additionalProperties);
		}

	}
}
