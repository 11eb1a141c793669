// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A filter used to compare a specified attribute key to a given value using a defined
 * comparison operation.
 *
 * @param type Specifies the comparison operator: {@code eq}, {@code ne}, {@code gt},
 * {@code gte}, {@code lt}, {@code lte}, {@code in}, {@code nin}.
 * <ul>
 * <li>{@code eq}: equals</li>
 * <li>{@code ne}: not equal</li>
 * <li>{@code gt}: greater than</li>
 * <li>{@code gte}: greater than or equal</li>
 * <li>{@code lt}: less than</li>
 * <li>{@code lte}: less than or equal</li>
 * <li>{@code in}: in</li>
 * <li>{@code nin}: not in</li>
 * </ul>
 * @param key The key to compare against the value.
 * @param value The value to compare against the attribute key; supports string, number,
 * or boolean types.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ComparisonFilter.Reader.class)
public record ComparisonFilter(@JsonProperty("type") ComparisonFilter.Type type, @JsonProperty("key") String key,
		@JsonProperty("value") ComparisonFilter.Value value,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CompoundFilter.Filter,
			Filters,
			VectorStoreSearchRequest.Filters {

	/**
	 * Creates a {@link ComparisonFilter}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type Specifies the comparison operator: {@code eq}, {@code ne}, {@code gt},
	 * {@code gte}, {@code lt}, {@code lte}, {@code in}, {@code nin}.
	 * @param key The key to compare against the value.
	 * @param value The value to compare against the attribute key; supports string,
	 * number, or boolean types.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ComparisonFilter {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ComparisonFilter}.
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
	 * Specifies the comparison operator: {@code eq}, {@code ne}, {@code gt}, {@code gte},
	 * {@code lt}, {@code lte}, {@code in}, {@code nin}.
	 * <ul>
	 * <li>{@code eq}: equals</li>
	 * <li>{@code ne}: not equal</li>
	 * <li>{@code gt}: greater than</li>
	 * <li>{@code gte}: greater than or equal</li>
	 * <li>{@code lt}: less than</li>
	 * <li>{@code lte}: less than or equal</li>
	 * <li>{@code in}: in</li>
	 * <li>{@code nin}: not in</li>
	 * </ul>
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code eq}.
		 */
		public static final Type EQ = new Type("eq");

		/**
		 * The value {@code ne}.
		 */
		public static final Type NE = new Type("ne");

		/**
		 * The value {@code gt}.
		 */
		public static final Type GT = new Type("gt");

		/**
		 * The value {@code gte}.
		 */
		public static final Type GTE = new Type("gte");

		/**
		 * The value {@code lt}.
		 */
		public static final Type LT = new Type("lt");

		/**
		 * The value {@code lte}.
		 */
		public static final Type LTE = new Type("lte");

		/**
		 * The value {@code in}.
		 */
		public static final Type IN = new Type("in");

		/**
		 * The value {@code nin}.
		 */
		public static final Type NIN = new Type("nin");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Type {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Type of(String value) {
			return switch (value) {
				case "eq" -> EQ;
				case "ne" -> NE;
				case "gt" -> GT;
				case "gte" -> GTE;
				case "lt" -> LT;
				case "lte" -> LTE;
				case "in" -> IN;
				case "nin" -> NIN;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "eq", "ne", "gt", "gte", "lt", "lte", "in", "nin" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The value to compare against the attribute key; supports string, number, or boolean
	 * types.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Value.Deserializer.class)
	public sealed interface Value
			permits Value.StringValue, Value.DoubleValue, Value.BooleanValue, Value.ItemList, Value.Unknown {

		/**
		 * A {@link Value} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements Value {
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Value} that is a {@code Double}.
		 *
		 * @param value the value
		 */
		record DoubleValue(@JsonValue Double value) implements Value {
			/**
			 * Creates a {@link DoubleValue}, rejecting a null value.
			 * @param value the value
			 */
			public DoubleValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Value} that is a {@code Boolean}.
		 *
		 * @param value the value
		 */
		record BooleanValue(@JsonValue Boolean value) implements Value {
			/**
			 * Creates a {@link BooleanValue}, rejecting a null value.
			 * @param value the value
			 */
			public BooleanValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * An item of one of the forms of a {@link Value}.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = Item.Deserializer.class)
		sealed interface Item permits Item.StringValue, Item.DoubleValue, Item.Unknown {

			/**
			 * A {@link Item} that is a {@code String}.
			 *
			 * @param value the value
			 */
			record StringValue(@JsonValue String value) implements Item {
				/**
				 * Creates a {@link StringValue}, rejecting a null value.
				 * @param value the value
				 */
				public StringValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link Item} that is a {@code Double}.
			 *
			 * @param value the value
			 */
			record DoubleValue(@JsonValue Double value) implements Item {
				/**
				 * Creates a {@link DoubleValue}, rejecting a null value.
				 * @param value the value
				 */
				public DoubleValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link Item} that this version of the client does not recognize, kept as
			 * it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements Item, UnknownVariant {
			}

			/**
			 * Reads a {@link Item} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<Item> {

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<Item>variants(Unknown::new)
						.string(String.class, StringValue::new)
						.number(Double.class, DoubleValue::new));
				}

			}

		}

		/**
		 * A {@link Value} that is a {@code List<Item>}.
		 *
		 * @param value the value
		 */
		record ItemList(@JsonValue List<Item> value) implements Value {
			/**
			 * Creates a {@link ItemList}, rejecting a null value.
			 * @param value the value
			 */
			public ItemList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Value} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Value, UnknownVariant {
		}

		/**
		 * Reads a {@link Value} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Value> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Value>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.number(Double.class, DoubleValue::new)
					.bool(Boolean.class, BooleanValue::new)
					.array(new TypeReference<List<Item>>() {
					}, ItemList::new));
			}

		}

	}

	/**
	 * Builds a {@link ComparisonFilter}.
	 */
	public static final class Builder {

		private @Nullable Type type;

		private @Nullable String key;

		private @Nullable Value value;

		/**
		 * The list that {@code value} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<Value.Item> valueAdded;

		private Value.@Nullable ItemList valueAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ComparisonFilter source) {
			this.type = source.type();
			this.key = source.key();
			this.value = source.value();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Specifies the comparison operator: {@code eq}, {@code ne}, {@code gt},
		 * {@code gte}, {@code lt}, {@code lte}, {@code in}, {@code nin}.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * Specifies the comparison operator: {@code eq}, {@code ne}, {@code gt},
		 * {@code gte}, {@code lt}, {@code lte}, {@code in}, {@code nin}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
		}

		/**
		 * The key to compare against the value.
		 * @param key the value (required)
		 * @return this builder
		 */
		public Builder key(@Nullable String key) {
			this.key = key;
			return this;
		}

		/**
		 * The value to compare against the attribute key; supports string, number, or
		 * boolean types.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder value(@Nullable Value value) {
			this.value = value;
			return this;
		}

		/**
		 * The value to compare against the attribute key; supports string, number, or
		 * boolean types.
		 * <p>
		 * Takes the value of a {@link Value.StringValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder value(String value) {
			return value(new Value.StringValue(value));
		}

		/**
		 * The value to compare against the attribute key; supports string, number, or
		 * boolean types.
		 * <p>
		 * Takes the value of a {@link Value.DoubleValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder value(Double value) {
			return value(new Value.DoubleValue(value));
		}

		/**
		 * The value to compare against the attribute key; supports string, number, or
		 * boolean types.
		 * <p>
		 * Takes the value of a {@link Value.BooleanValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder value(Boolean value) {
			return value(new Value.BooleanValue(value));
		}

		/**
		 * The value to compare against the attribute key; supports string, number, or
		 * boolean types.
		 * <p>
		 * Takes the value of a {@link Value.ItemList}, copying the list.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder value(List<? extends Value.Item> value) {
			return value(new Value.ItemList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * The value to compare against the attribute key; supports string, number, or
		 * boolean types.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addValue(Value.Item value) {
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.valueAdded == null || this.value != this.valueAddedTo) {
				List<Value.Item> items = new ArrayList<>();
				if (this.value instanceof Value.ItemList held) {
					items.addAll(held.value());
				}
				else if (this.value != null) {
					throw new IllegalStateException("Cannot add to 'value', which holds a "
							+ this.value.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.valueAdded = items;
				this.valueAddedTo = new Value.ItemList(Collections.unmodifiableList(items));
				this.value = this.valueAddedTo;
			}
			this.valueAdded.add(value);
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
		public ComparisonFilter build() {
			ComparisonFilter value = new ComparisonFilter(Objects.requireNonNull(this.type, "'type' is required"),
					Objects.requireNonNull(this.key, "'key' is required"),
					Objects.requireNonNull(this.value, "'value' is required"), this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.valueAdded = null;
			this.valueAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link ComparisonFilter} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ComparisonFilter> {

		Reader() {
			super(ComparisonFilter.class, "type", "key", "value");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Type.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ComparisonFilter create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ComparisonFilter((Type) values[0], (String) values[1], (Value) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ComparisonFilter} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ComparisonFilter> {

		Writer() {
			super(ComparisonFilter.class, "type", "key", "value");
		}

		@Override
		protected @Nullable Object value(ComparisonFilter record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.key();
				case 2 -> record.value();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ComparisonFilter record) {
			return record.additionalProperties();
		}

	}
}
