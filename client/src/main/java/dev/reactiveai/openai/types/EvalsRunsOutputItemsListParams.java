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
 * The query parameters of {@code GET /evals/{eval_id}/runs/{run_id}/output_items}: Get a
 * list of output items for an evaluation run.
 *
 * @param after Identifier for the last output item from the previous pagination request.
 * @param limit Number of output items to retrieve.
 * @param status Filter output items by status. Use {@code failed} to filter by failed
 * output items or {@code pass} to filter by passed output items.
 * @param order Sort order for output items by timestamp. Use {@code asc} for ascending
 * order or {@code desc} for descending order. Defaults to {@code asc}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalsRunsOutputItemsListParams.Reader.class)
public record EvalsRunsOutputItemsListParams(@JsonProperty("after") @Nullable String after,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("status") EvalsRunsOutputItemsListParams.@Nullable Status status,
		@JsonProperty("order") EvalsRunsOutputItemsListParams.@Nullable Order order,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link EvalsRunsOutputItemsListParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param after Identifier for the last output item from the previous pagination
	 * request.
	 * @param limit Number of output items to retrieve.
	 * @param status Filter output items by status.
	 * @param order Sort order for output items by timestamp.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalsRunsOutputItemsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalsRunsOutputItemsListParams}.
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
	 * Filter output items by status. Use {@code failed} to filter by failed output items
	 * or {@code pass} to filter by passed output items.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code fail}.
		 */
		public static final Status FAIL = new Status("fail");

		/**
		 * The value {@code pass}.
		 */
		public static final Status PASS = new Status("pass");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "fail" -> FAIL;
				case "pass" -> PASS;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "fail", "pass" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Sort order for output items by timestamp. Use {@code asc} for ascending order or
	 * {@code desc} for descending order. Defaults to {@code asc}.
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
	 * Builds a {@link EvalsRunsOutputItemsListParams}.
	 */
	public static final class Builder {

		private @Nullable String after;

		private @Nullable Long limit;

		private @Nullable Status status;

		private @Nullable Order order;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(EvalsRunsOutputItemsListParams source) {
			this.after = source.after();
			this.limit = source.limit();
			this.status = source.status();
			this.order = source.order();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier for the last output item from the previous pagination request.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * Number of output items to retrieve.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Filter output items by status.
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * Filter output items by status.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * Sort order for output items by timestamp.
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable Order order) {
			this.order = order;
			return this;
		}

		/**
		 * Sort order for output items by timestamp.
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
		public EvalsRunsOutputItemsListParams build() {
			return new EvalsRunsOutputItemsListParams(this.after, this.limit, this.status, this.order,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalsRunsOutputItemsListParams} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalsRunsOutputItemsListParams> {

		Reader() {
			super(EvalsRunsOutputItemsListParams.class, "after", "limit", "status", "order");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> Status.of(value);
				case 3 -> Order.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected EvalsRunsOutputItemsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalsRunsOutputItemsListParams((String) values[0], (Long) values[1], (Status) values[2],
					(Order) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalsRunsOutputItemsListParams} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalsRunsOutputItemsListParams> {

		Writer() {
			super(EvalsRunsOutputItemsListParams.class, "after", "limit", "status", "order");
		}

		@Override
		protected @Nullable Object value(EvalsRunsOutputItemsListParams record, int index) {
			return switch (index) {
				case 0 -> record.after();
				case 1 -> record.limit();
				case 2 -> record.status();
				case 3 -> record.order();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalsRunsOutputItemsListParams record) {
			return record.additionalProperties();
		}

	}
}
