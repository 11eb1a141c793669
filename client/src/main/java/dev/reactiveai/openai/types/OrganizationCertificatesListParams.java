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
 * The query parameters of {@code GET /containers/{container_id}/files},
 * {@code GET /organization/certificates} and {@code GET
 * /organization/projects/{project_id}/certificates}.
 *
 * @param limit A limit on the number of objects to be returned. Limit can range between 1
 * and 100, and the default is 20.
 * @param after A cursor for use in pagination. {@code after} is an object ID that defines
 * your place in the list. For instance, if you make a list request and receive 100
 * objects, ending with obj_foo, your subsequent call can include after=obj_foo in order
 * to fetch the next page of the list.
 * @param order Sort order by the {@code created_at} timestamp of the objects. {@code asc}
 * for ascending order and {@code desc} for descending order.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OrganizationCertificatesListParams.Reader.class)
public record OrganizationCertificatesListParams(@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("after") @Nullable String after,
		@JsonProperty("order") OrganizationCertificatesListParams.@Nullable Order order,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OrganizationCertificatesListParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param limit A limit on the number of objects to be returned.
	 * @param after A cursor for use in pagination.
	 * @param order Sort order by the {@code created_at} timestamp of the objects.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OrganizationCertificatesListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OrganizationCertificatesListParams}.
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
	 * Builds a {@link OrganizationCertificatesListParams}.
	 */
	public static final class Builder {

		private @Nullable Long limit;

		private @Nullable String after;

		private @Nullable Order order;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(OrganizationCertificatesListParams source) {
			this.limit = source.limit();
			this.after = source.after();
			this.order = source.order();
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
		public OrganizationCertificatesListParams build() {
			return new OrganizationCertificatesListParams(this.limit, this.after, this.order,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OrganizationCertificatesListParams} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OrganizationCertificatesListParams> {

		Reader() {
			super(OrganizationCertificatesListParams.class, "limit", "after", "order");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> Order.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected OrganizationCertificatesListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new OrganizationCertificatesListParams((Long) values[0], (String) values[1], (Order) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link OrganizationCertificatesListParams} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OrganizationCertificatesListParams> {

		Writer() {
			super(OrganizationCertificatesListParams.class, "limit", "after", "order");
		}

		@Override
		protected @Nullable Object value(OrganizationCertificatesListParams record, int index) {
			return switch (index) {
				case 0 -> record.limit();
				case 1 -> record.after();
				case 2 -> record.order();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OrganizationCertificatesListParams record) {
			return record.additionalProperties();
		}

	}
}
