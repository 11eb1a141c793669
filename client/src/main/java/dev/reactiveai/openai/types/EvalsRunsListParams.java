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
 * The query parameters of {@code GET /evals/{eval_id}/runs}: Get a list of runs for an
 * evaluation.
 *
 * @param after Identifier for the last run from the previous pagination request.
 * @param limit Number of runs to retrieve.
 * @param order Sort order for runs by timestamp. Use {@code asc} for ascending order or
 * {@code desc} for descending order. Defaults to {@code asc}.
 * @param status Filter runs by status. One of {@code queued} | {@code in_progress} |
 * {@code failed} | {@code completed} | {@code canceled}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalsRunsListParams.Reader.class)
public record EvalsRunsListParams(@JsonProperty("after") @Nullable String after,
		@JsonProperty("limit") @Nullable Long limit, @JsonProperty("order") EvalsRunsListParams.@Nullable Order order,
		@JsonProperty("status") EvalsRunsListParams.@Nullable Status status,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link EvalsRunsListParams}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param after Identifier for the last run from the previous pagination request.
	 * @param limit Number of runs to retrieve.
	 * @param order Sort order for runs by timestamp.
	 * @param status Filter runs by status.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalsRunsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalsRunsListParams}.
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
	 * Sort order for runs by timestamp. Use {@code asc} for ascending order or
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
	 * Filter runs by status. One of {@code queued} | {@code in_progress} | {@code failed}
	 * | {@code completed} | {@code canceled}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code queued}.
		 */
		public static final Status QUEUED = new Status("queued");

		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code canceled}.
		 */
		public static final Status CANCELED = new Status("canceled");

		/**
		 * The value {@code failed}.
		 */
		public static final Status FAILED = new Status("failed");

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
				case "queued" -> QUEUED;
				case "in_progress" -> IN_PROGRESS;
				case "completed" -> COMPLETED;
				case "canceled" -> CANCELED;
				case "failed" -> FAILED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "queued", "in_progress", "completed", "canceled", "failed" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link EvalsRunsListParams}.
	 */
	public static final class Builder {

		private @Nullable String after;

		private @Nullable Long limit;

		private @Nullable Order order;

		private @Nullable Status status;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(EvalsRunsListParams source) {
			this.after = source.after();
			this.limit = source.limit();
			this.order = source.order();
			this.status = source.status();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier for the last run from the previous pagination request.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * Number of runs to retrieve.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Sort order for runs by timestamp.
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable Order order) {
			this.order = order;
			return this;
		}

		/**
		 * Sort order for runs by timestamp.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder order(String value) {
			return order(Order.of(value));
		}

		/**
		 * Filter runs by status.
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * Filter runs by status.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
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
		public EvalsRunsListParams build() {
			return new EvalsRunsListParams(this.after, this.limit, this.order, this.status, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalsRunsListParams} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalsRunsListParams> {

		Reader() {
			super(EvalsRunsListParams.class, "after", "limit", "order", "status");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> Order.of(value);
				case 3 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected EvalsRunsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalsRunsListParams((String) values[0], (Long) values[1], (Order) values[2], (Status) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalsRunsListParams} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalsRunsListParams> {

		Writer() {
			super(EvalsRunsListParams.class, "after", "limit", "order", "status");
		}

		@Override
		protected @Nullable Object value(EvalsRunsListParams record, int index) {
			return switch (index) {
				case 0 -> record.after();
				case 1 -> record.limit();
				case 2 -> record.order();
				case 3 -> record.status();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalsRunsListParams record) {
			return record.additionalProperties();
		}

	}
}
