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
 * The query parameters of {@code GET
 * /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions}:
 * <strong>NOTE:</strong> This endpoint requires an <a href="../admin-api-keys">admin API
 * key</a>.
 *
 * @param projectId The ID of the project to get permissions for.
 * @param after Identifier for the last permission ID from the previous pagination
 * request.
 * @param limit Number of permissions to retrieve.
 * @param order The order in which to retrieve permissions.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuningCheckpointsPermissionsListParams.Reader.class)
public record FineTuningCheckpointsPermissionsListParams(@JsonProperty("project_id") @Nullable String projectId,
		@JsonProperty("after") @Nullable String after, @JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("order") FineTuningCheckpointsPermissionsListParams.@Nullable Order order,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuningCheckpointsPermissionsListParams};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param projectId The ID of the project to get permissions for.
	 * @param after Identifier for the last permission ID from the previous pagination
	 * request.
	 * @param limit Number of permissions to retrieve.
	 * @param order The order in which to retrieve permissions.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuningCheckpointsPermissionsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuningCheckpointsPermissionsListParams}.
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
	 * The order in which to retrieve permissions.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Order(@JsonValue String value) {
		/**
		 * The value {@code ascending}.
		 */
		public static final Order ASCENDING = new Order("ascending");

		/**
		 * The value {@code descending}.
		 */
		public static final Order DESCENDING = new Order("descending");

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
				case "ascending" -> ASCENDING;
				case "descending" -> DESCENDING;
				default -> new Order(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "ascending", "descending" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link FineTuningCheckpointsPermissionsListParams}.
	 */
	public static final class Builder {

		private @Nullable String projectId;

		private @Nullable String after;

		private @Nullable Long limit;

		private @Nullable Order order;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FineTuningCheckpointsPermissionsListParams source) {
			this.projectId = source.projectId();
			this.after = source.after();
			this.limit = source.limit();
			this.order = source.order();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the project to get permissions for.
		 * @param projectId the value
		 * @return this builder
		 */
		public Builder projectId(@Nullable String projectId) {
			this.projectId = projectId;
			return this;
		}

		/**
		 * Identifier for the last permission ID from the previous pagination request.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * Number of permissions to retrieve.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * The order in which to retrieve permissions.
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable Order order) {
			this.order = order;
			return this;
		}

		/**
		 * The order in which to retrieve permissions.
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
		public FineTuningCheckpointsPermissionsListParams build() {
			return new FineTuningCheckpointsPermissionsListParams(this.projectId, this.after, this.limit, this.order,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuningCheckpointsPermissionsListParams} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuningCheckpointsPermissionsListParams> {

		Reader() {
			super(FineTuningCheckpointsPermissionsListParams.class, "project_id", "after", "limit", "order");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 3 -> Order.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected FineTuningCheckpointsPermissionsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FineTuningCheckpointsPermissionsListParams((String) values[0], (String) values[1],
					(Long) values[2], (Order) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuningCheckpointsPermissionsListParams} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuningCheckpointsPermissionsListParams> {

		Writer() {
			super(FineTuningCheckpointsPermissionsListParams.class, "project_id", "after", "limit", "order");
		}

		@Override
		protected @Nullable Object value(FineTuningCheckpointsPermissionsListParams record, int index) {
			return switch (index) {
				case 0 -> record.projectId();
				case 1 -> record.after();
				case 2 -> record.limit();
				case 3 -> record.order();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuningCheckpointsPermissionsListParams record) {
			return record.additionalProperties();
		}

	}
}
