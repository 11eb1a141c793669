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
 * The query parameters of {@code GET /organization/admin_api_keys}: List organization API
 * keys.
 *
 * @param after Return keys with IDs that come after this ID in the pagination order.
 * @param order Order results by creation time, ascending or descending.
 * @param limit Maximum number of keys to return.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OrganizationAdminApiKeysListParams.Reader.class)
public record OrganizationAdminApiKeysListParams(@JsonProperty("after") @Nullable String after,
		@JsonProperty("order") OrganizationAdminApiKeysListParams.@Nullable Order order,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OrganizationAdminApiKeysListParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param after Return keys with IDs that come after this ID in the pagination order.
	 * @param order Order results by creation time, ascending or descending.
	 * @param limit Maximum number of keys to return.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OrganizationAdminApiKeysListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OrganizationAdminApiKeysListParams}.
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
	 * Order results by creation time, ascending or descending.
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
	 * Builds a {@link OrganizationAdminApiKeysListParams}.
	 */
	public static final class Builder {

		private @Nullable String after;

		private @Nullable Order order;

		private @Nullable Long limit;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(OrganizationAdminApiKeysListParams source) {
			this.after = source.after();
			this.order = source.order();
			this.limit = source.limit();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Return keys with IDs that come after this ID in the pagination order.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * Order results by creation time, ascending or descending.
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable Order order) {
			this.order = order;
			return this;
		}

		/**
		 * Order results by creation time, ascending or descending.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder order(String value) {
			return order(Order.of(value));
		}

		/**
		 * Maximum number of keys to return.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
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
		public OrganizationAdminApiKeysListParams build() {
			return new OrganizationAdminApiKeysListParams(this.after, this.order, this.limit,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OrganizationAdminApiKeysListParams} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OrganizationAdminApiKeysListParams> {

		Reader() {
			super(OrganizationAdminApiKeysListParams.class, "after", "order", "limit");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Order.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected OrganizationAdminApiKeysListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new OrganizationAdminApiKeysListParams((String) values[0], (Order) values[1], (Long) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link OrganizationAdminApiKeysListParams} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OrganizationAdminApiKeysListParams> {

		Writer() {
			super(OrganizationAdminApiKeysListParams.class, "after", "order", "limit");
		}

		@Override
		protected @Nullable Object value(OrganizationAdminApiKeysListParams record, int index) {
			return switch (index) {
				case 0 -> record.after();
				case 1 -> record.order();
				case 2 -> record.limit();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OrganizationAdminApiKeysListParams record) {
			return record.additionalProperties();
		}

	}
}
