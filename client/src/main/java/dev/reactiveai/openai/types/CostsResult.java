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
 * The aggregated costs details of the specific time bucket.
 *
 * @param object Always {@code organization.costs.result}.
 * @param amount The monetary value in its associated currency.
 * @param lineItem When {@code group_by=line_item}, this field provides the line item of
 * the grouped costs result.
 * @param projectId When {@code group_by=project_id}, this field provides the project ID
 * of the grouped costs result.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CostsResult.Reader.class)
public record CostsResult(@JsonProperty("object") String object,
		@JsonProperty("amount") CostsResult.@Nullable Amount amount,
		@JsonProperty("line_item") @Nullable String lineItem, @JsonProperty("project_id") @Nullable String projectId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements UsageTimeBucket.ResultItem {

	/**
	 * Creates a {@link CostsResult}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param object Always {@code organization.costs.result}.
	 * @param amount The monetary value in its associated currency.
	 * @param lineItem When {@code group_by=line_item}, this field provides the line item
	 * of the grouped costs result.
	 * @param projectId When {@code group_by=project_id}, this field provides the project
	 * ID of the grouped costs result.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CostsResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CostsResult}.
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
	 * The monetary value in its associated currency.
	 *
	 * @param value The numeric value of the cost.
	 * @param currency Lowercase ISO-4217 currency e.g. "usd"
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Amount.Reader.class)
	public static record Amount(@JsonProperty("value") @Nullable Double value,
			@JsonProperty("currency") @Nullable String currency,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Amount}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param value The numeric value of the cost.
		 * @param currency Lowercase ISO-4217 currency e.g. "usd"
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Amount {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Amount}.
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
		 * Builds a {@link Amount}.
		 */
		public static final class Builder {

			private @Nullable Double value;

			private @Nullable String currency;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Amount source) {
				this.value = source.value();
				this.currency = source.currency();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The numeric value of the cost.
			 * @param value the value
			 * @return this builder
			 */
			public Builder value(@Nullable Double value) {
				this.value = value;
				return this;
			}

			/**
			 * Lowercase ISO-4217 currency e.g. "usd"
			 * @param currency the value
			 * @return this builder
			 */
			public Builder currency(@Nullable String currency) {
				this.currency = currency;
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
			public Amount build() {
				return new Amount(this.value, this.currency, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Amount} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Amount> {

			Reader() {
				super(Amount.class, "value", "currency");
			}

			@Override
			protected Amount create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Amount((Double) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Amount} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Amount> {

			Writer() {
				super(Amount.class, "value", "currency");
			}

			@Override
			protected @Nullable Object value(Amount record, int index) {
				return switch (index) {
					case 0 -> record.value();
					case 1 -> record.currency();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Amount record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link CostsResult}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Amount amount;

		private @Nullable String lineItem;

		private @Nullable String projectId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.costs.result";
		}

		private Builder(CostsResult source) {
			this.object = source.object();
			this.amount = source.amount();
			this.lineItem = source.lineItem();
			this.projectId = source.projectId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The monetary value in its associated currency.
		 * @param amount the value
		 * @return this builder
		 */
		public Builder amount(@Nullable Amount amount) {
			this.amount = amount;
			return this;
		}

		/**
		 * When {@code group_by=line_item}, this field provides the line item of the
		 * grouped costs result.
		 * @param lineItem the value
		 * @return this builder
		 */
		public Builder lineItem(@Nullable String lineItem) {
			this.lineItem = lineItem;
			return this;
		}

		/**
		 * When {@code group_by=project_id}, this field provides the project ID of the
		 * grouped costs result.
		 * @param projectId the value
		 * @return this builder
		 */
		public Builder projectId(@Nullable String projectId) {
			this.projectId = projectId;
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
		public CostsResult build() {
			return new CostsResult(this.object, this.amount, this.lineItem, this.projectId, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CostsResult} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CostsResult> {

		Reader() {
			super(CostsResult.class, "object", "amount", "line_item", "project_id");
		}

		@Override
		protected CostsResult create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new CostsResult((String) values[0], (Amount) values[1], (String) values[2], (String) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CostsResult} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CostsResult> {

		Writer() {
			super(CostsResult.class, "object", "amount", "line_item", "project_id");
		}

		@Override
		protected @Nullable Object value(CostsResult record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.amount();
				case 2 -> record.lineItem();
				case 3 -> record.projectId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CostsResult record) {
			return record.additionalProperties();
		}

	}
}
