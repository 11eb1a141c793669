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
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Combine multiple filters using {@code and} or {@code or}.
 *
 * @param type Type of operation: {@code and} or {@code or}.
 * @param filters Array of filters to combine. Items can be {@code ComparisonFilter} or
 * {@code CompoundFilter}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CompoundFilter.Reader.class)
public record CompoundFilter(@JsonProperty("type") CompoundFilter.Type type,
		@JsonProperty("filters") List<CompoundFilter.Filter> filters,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			Filters,
			VectorStoreSearchRequest.Filters {

	/**
	 * Creates a {@link CompoundFilter}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type Type of operation: {@code and} or {@code or}.
	 * @param filters Array of filters to combine.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CompoundFilter {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CompoundFilter}.
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
	 * Type of operation: {@code and} or {@code or}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code and}.
		 */
		public static final Type AND = new Type("and");

		/**
		 * The value {@code or}.
		 */
		public static final Type OR = new Type("or");

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
				case "and" -> AND;
				case "or" -> OR;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "and", "or" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * An item of a {@link CompoundFilter}'s {@code filters}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Filter.Deserializer.class)
	public sealed interface Filter permits ComparisonFilter, Filter.AnyValue, Filter.Unknown {

		/**
		 * A {@link Filter} that is a {@code Object}.
		 *
		 * @param value the value
		 */
		record AnyValue(@JsonValue Object value) implements Filter {
			/**
			 * Creates a {@link AnyValue}, rejecting a null value.
			 * @param value the value
			 */
			public AnyValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Filter} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Filter, UnknownVariant {
		}

		/**
		 * Reads a {@link Filter} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Filter> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Filter>variants(Unknown::new)
					.discriminator("type")
					.object(ComparisonFilter.class,
							VariantShape.declaring("type", "key", "value")
								.requiring("type", "key", "value")
								.values("type", "eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"))
					.objectValue(Object.class, AnyValue::new));
			}

		}

	}

	/**
	 * Builds a {@link CompoundFilter}.
	 */
	public static final class Builder {

		private @Nullable Type type;

		private @Nullable List<Filter> filters;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CompoundFilter source) {
			this.type = source.type();
			this.filters = (source.filters() != null) ? new ArrayList<>(source.filters()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Type of operation: {@code and} or {@code or}.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * Type of operation: {@code and} or {@code or}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
		}

		/**
		 * Array of filters to combine.
		 * <p>
		 * Takes a copy of the list.
		 * @param filters the value (required)
		 * @return this builder
		 */
		public Builder filters(@Nullable List<? extends Filter> filters) {
			this.filters = (filters != null) ? new ArrayList<>(filters) : null;
			return this;
		}

		/**
		 * Array of filters to combine.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param filter the item to add
		 * @return this builder
		 */
		public Builder addFilter(Filter filter) {
			Objects.requireNonNull(filter, "'filter' must not be null");
			if (this.filters == null) {
				this.filters = new ArrayList<>();
			}
			this.filters.add(filter);
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
		public CompoundFilter build() {
			return new CompoundFilter(Objects.requireNonNull(this.type, "'type' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.filters, "'filters' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CompoundFilter} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CompoundFilter> {

		Reader() {
			super(CompoundFilter.class, "type", "filters");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Type.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CompoundFilter create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new CompoundFilter((Type) values[0], (List<Filter>) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CompoundFilter} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CompoundFilter> {

		Writer() {
			super(CompoundFilter.class, "type", "filters");
		}

		@Override
		protected @Nullable Object value(CompoundFilter record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.filters();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CompoundFilter record) {
			return record.additionalProperties();
		}

	}
}
