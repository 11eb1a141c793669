package dev.reactiveai.openai.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a union (a {@code oneOf} or {@code anyOf} of the API) into the variant that the
 * JSON is. Strings, numbers, booleans and arrays go to the variant of their shape. An
 * object is told apart by a table that the generator writes for each union, one
 * {@link VariantShape} per object variant:
 * <ol>
 * <li>the discriminator, when the union has one: a value that no variant has makes the
 * JSON unknown;</li>
 * <li>every other property whose value a variant fixes (such as {@code role}): a variant
 * that does not allow the JSON's value, or requires a property that the JSON lacks, is
 * left out. When that would leave none, the JSON is unknown if the variants allow
 * different values for the property (a new {@code role}), and the property is passed over
 * otherwise (a new {@code status} that all of them lack);</li>
 * <li>a variant that none of these properties points to must have all its required
 * properties;</li>
 * <li>of those left, the one that declares the most of the JSON's properties (a verbose
 * transcription has {@code task} like a diarized one, but its {@code language} and
 * {@code words} are only the verbose variant's), then the one whose required properties
 * are all there, then the one that most of the telling properties point to, then the
 * first in the description's order.</li>
 * </ol>
 * A variant whose discriminator is optional still matches JSON without it by its other
 * properties. JSON that fits no known variant becomes the union's {@link UnknownVariant},
 * holding the JSON as it came, so that a newer API never breaks this client.
 *
 * @param <T> the union type
 */
public abstract class UnionDeserializer<T> extends ValueDeserializer<T> {

	private final @Nullable String discriminator;

	/** The discriminator first, then the other properties whose values tell apart. */
	private final List<String> telling;

	/** For each value of the discriminator, the object variants that allow it. */
	private final Map<String, List<ObjectVariant<T>>> byDiscriminator;

	/** Whether some object variant allows any value of the discriminator. */
	private final boolean openDiscriminator;

	private final @Nullable Variant<T> stringVariant;

	private final @Nullable Variant<T> integerVariant;

	private final @Nullable Variant<T> numberVariant;

	private final @Nullable Variant<T> booleanVariant;

	private final @Nullable Variant<T> arrayVariant;

	private final List<ObjectVariant<T>> objectVariants;

	private final List<Class<? extends T>> subUnions;

	private final Function<JsonNode, T> unknown;

	protected UnionDeserializer(Variants<T> variants) {
		this.discriminator = variants.discriminator;
		this.stringVariant = variants.stringVariant;
		this.integerVariant = variants.integerVariant;
		this.numberVariant = variants.numberVariant;
		this.booleanVariant = variants.booleanVariant;
		this.arrayVariant = variants.arrayVariant;
		this.objectVariants = List.copyOf(variants.objectVariants);
		this.subUnions = List.copyOf(variants.subUnions);
		this.unknown = variants.unknown;
		Set<String> telling = new LinkedHashSet<>();
		if (this.discriminator != null) {
			telling.add(this.discriminator);
		}
		Map<String, List<ObjectVariant<T>>> byDiscriminator = new HashMap<>();
		boolean openDiscriminator = false;
		for (ObjectVariant<T> variant : this.objectVariants) {
			if (variant.shape() == null) {
				openDiscriminator = true;
				continue;
			}
			telling.addAll(variant.shape().constrainedProperties());
			Set<String> values = (this.discriminator != null) ? variant.shape().values(this.discriminator) : null;
			if (values == null) {
				openDiscriminator = true;
				continue;
			}
			for (String value : values) {
				byDiscriminator.computeIfAbsent(value, (key) -> new ArrayList<>()).add(variant);
			}
		}
		this.telling = List.copyOf(telling);
		this.byDiscriminator = Map.copyOf(byDiscriminator);
		this.openDiscriminator = openDiscriminator;
	}

	@Override
	public T deserialize(JsonParser parser, DeserializationContext context) {
		JsonNode json = context.readTree(parser);
		T value = readByShape(json, context);
		if (value == null) {
			value = readBySubUnion(json, context);
		}
		return (value != null) ? value : this.unknown.apply(json);
	}

	/** JSON {@code null} reads as no value, not as a variant. */
	@Override
	public @Nullable T getNullValue(DeserializationContext context) {
		return null;
	}

	/**
	 * A union among the variants may know a shape that this one does not, such as a
	 * string or a map.
	 */
	private @Nullable T readBySubUnion(JsonNode json, DeserializationContext context) {
		for (Class<? extends T> subUnion : this.subUnions) {
			T value = attempt((variantJson, variantContext) -> variantContext.readTreeAsValue(variantJson, subUnion),
					json, context);
			if (value != null && !(value instanceof UnknownVariant)) {
				return value;
			}
		}
		return null;
	}

	private @Nullable T readByShape(JsonNode json, DeserializationContext context) {
		if (json.isObject()) {
			for (ObjectVariant<T> variant : candidates(json)) {
				T value = attempt(variant.variant(), json, context);
				if (value != null) {
					return value;
				}
			}
			return null;
		}
		if (json.isString()) {
			return read(this.stringVariant, json, context);
		}
		if (json.isIntegralNumber()) {
			return read((this.integerVariant != null) ? this.integerVariant : this.numberVariant, json, context);
		}
		if (json.isNumber()) {
			return read(this.numberVariant, json, context);
		}
		if (json.isBoolean()) {
			return read(this.booleanVariant, json, context);
		}
		if (json.isArray()) {
			return read(this.arrayVariant, json, context);
		}
		return null;
	}

	/** The object variants that the JSON may be, the best fit first. */
	private List<ObjectVariant<T>> candidates(JsonNode json) {
		if (this.discriminator != null && !this.openDiscriminator) {
			JsonNode value = json.get(this.discriminator);
			if (value != null && !value.isNull()) {
				List<ObjectVariant<T>> matching = value.isValueNode() ? this.byDiscriminator.get(value.asString())
						: null;
				if (matching == null) {
					// A discriminator value that no variant has: a newer API's variant.
					return List.of();
				}
				if (matching.size() == 1) {
					return matching;
				}
			}
		}
		List<Candidate<T>> candidates = new ArrayList<>(this.objectVariants.size());
		for (ObjectVariant<T> variant : this.objectVariants) {
			candidates.add(new Candidate<>(variant));
		}
		for (String property : this.telling) {
			JsonNode value = json.get(property);
			boolean present = value != null && !value.isNull();
			List<Candidate<T>> kept = new ArrayList<>(candidates.size());
			List<Candidate<T>> pointedTo = new ArrayList<>(candidates.size());
			for (Candidate<T> candidate : candidates) {
				Fit fit = candidate.fit(property, present ? value : null);
				if (fit != Fit.EXCLUDED) {
					kept.add(candidate);
				}
				if (fit == Fit.POINTED_TO) {
					pointedTo.add(candidate);
				}
			}
			if (kept.isEmpty()) {
				if (present && (property.equals(this.discriminator) || tellsApart(candidates, property))) {
					// A value that no variant has, where the value makes the variant: a
					// newer API's variant.
					return List.of();
				}
				// A value or an absence that no variant expects, in a property that does
				// not tell them apart (a new status): the other properties decide.
				continue;
			}
			pointedTo.forEach((candidate) -> candidate.pointers++);
			candidates = kept;
		}
		candidates.removeIf((candidate) -> candidate.pointers == 0 && !candidate.hasRequired(json));
		if (candidates.size() > 1) {
			Collection<String> properties = json.propertyNames();
			candidates
				.sort(Comparator.comparingInt((Candidate<T> candidate) -> candidate.variant.undeclared(properties))
					.thenComparing((candidate) -> !candidate.hasRequired(json))
					.thenComparingInt((candidate) -> -candidate.pointers));
		}
		List<ObjectVariant<T>> result = new ArrayList<>(candidates.size());
		for (Candidate<T> candidate : candidates) {
			result.add(candidate.variant);
		}
		return result;
	}

	/** Whether the variants allow different values for the property. */
	private static <T> boolean tellsApart(List<Candidate<T>> candidates, String property) {
		Set<Set<String>> values = new HashSet<>();
		for (Candidate<T> candidate : candidates) {
			VariantShape shape = candidate.variant.shape();
			values.add((shape != null && shape.values(property) != null) ? shape.values(property) : Set.of());
		}
		return values.size() > 1;
	}

	private @Nullable T read(@Nullable Variant<T> variant, JsonNode json, DeserializationContext context) {
		return (variant != null) ? attempt(variant, json, context) : null;
	}

	/**
	 * Read a variant, or null when the JSON does not fit it after all: the next
	 * candidate, or the unknown variant, keeps the value rather than failing the whole
	 * answer.
	 */
	private @Nullable T attempt(Variant<T> variant, JsonNode json, DeserializationContext context) {
		try {
			return variant.read(json, context);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Start describing a union's variants.
	 * @param <T> the union type
	 * @param unknown wraps JSON that fits no variant
	 * @return the description
	 */
	public static <T> Variants<T> variants(Function<JsonNode, T> unknown) {
		return new Variants<>(unknown);
	}

	/**
	 * The variants of a union and how to tell them apart.
	 *
	 * @param <T> the union type
	 */
	public static final class Variants<T> {

		private final Function<JsonNode, T> unknown;

		private @Nullable String discriminator;

		private @Nullable Variant<T> stringVariant;

		private @Nullable Variant<T> integerVariant;

		private @Nullable Variant<T> numberVariant;

		private @Nullable Variant<T> booleanVariant;

		private @Nullable Variant<T> arrayVariant;

		private final List<ObjectVariant<T>> objectVariants = new ArrayList<>();

		private final List<Class<? extends T>> subUnions = new ArrayList<>();

		private Variants(Function<JsonNode, T> unknown) {
			this.unknown = unknown;
		}

		/**
		 * Objects are told apart first by this property: a value that no variant allows
		 * makes the JSON unknown.
		 * @param property the discriminator's JSON name
		 * @return this description
		 */
		public Variants<T> discriminator(String property) {
			this.discriminator = property;
			return this;
		}

		/**
		 * A union that is a variant of this one: JSON that no other variant takes is
		 * tried on it.
		 * @param type the union
		 * @return this description
		 */
		public Variants<T> union(Class<? extends T> type) {
			this.subUnions.add(type);
			return this;
		}

		/**
		 * An object variant, its shape as the API description says.
		 * @param type the variant
		 * @param shape its properties
		 * @return this description
		 */
		public Variants<T> object(Class<? extends T> type, VariantShape shape) {
			this.objectVariants.add(new ObjectVariant<>(shape, (json, context) -> context.readTreeAsValue(json, type)));
			return this;
		}

		/**
		 * Any other object is a value of this type, wrapped, such as a map.
		 * @param <V> the value type
		 * @param type the value type
		 * @param wrap wraps a value into its variant
		 * @return this description
		 */
		public <V> Variants<T> objectValue(TypeReference<V> type, Function<V, T> wrap) {
			this.objectVariants.add(new ObjectVariant<>(null, wrapped(type, wrap)));
			return this;
		}

		public <V> Variants<T> string(TypeReference<V> type, Function<V, T> wrap) {
			this.stringVariant = wrapped(type, wrap);
			return this;
		}

		public <V> Variants<T> integer(TypeReference<V> type, Function<V, T> wrap) {
			this.integerVariant = wrapped(type, wrap);
			return this;
		}

		public <V> Variants<T> number(TypeReference<V> type, Function<V, T> wrap) {
			this.numberVariant = wrapped(type, wrap);
			return this;
		}

		public <V> Variants<T> bool(TypeReference<V> type, Function<V, T> wrap) {
			this.booleanVariant = wrapped(type, wrap);
			return this;
		}

		public <V> Variants<T> array(TypeReference<V> type, Function<V, T> wrap) {
			this.arrayVariant = wrapped(type, wrap);
			return this;
		}

		/**
		 * Any other object is a value of this type, wrapped.
		 * @param <V> the value type
		 * @param type the value type
		 * @param wrap wraps a value into its variant
		 * @return this description
		 */
		public <V> Variants<T> objectValue(Class<V> type, Function<V, T> wrap) {
			this.objectVariants.add(new ObjectVariant<>(null, wrapped(type, wrap)));
			return this;
		}

		public <V> Variants<T> string(Class<V> type, Function<V, T> wrap) {
			this.stringVariant = wrapped(type, wrap);
			return this;
		}

		public <V> Variants<T> integer(Class<V> type, Function<V, T> wrap) {
			this.integerVariant = wrapped(type, wrap);
			return this;
		}

		public <V> Variants<T> number(Class<V> type, Function<V, T> wrap) {
			this.numberVariant = wrapped(type, wrap);
			return this;
		}

		public <V> Variants<T> bool(Class<V> type, Function<V, T> wrap) {
			this.booleanVariant = wrapped(type, wrap);
			return this;
		}

		private static <T, V> Variant<T> wrapped(Class<V> type, Function<V, T> wrap) {
			return (json, context) -> wrap.apply(context.readTreeAsValue(json, type));
		}

		private static <T, V> Variant<T> wrapped(TypeReference<V> type, Function<V, T> wrap) {
			return (json, context) -> {
				JavaType javaType = context.getTypeFactory().constructType(type);
				V value = context.readTreeAsValue(json, javaType);
				return wrap.apply(value);
			};
		}

	}

	@FunctionalInterface
	private interface Variant<T> {

		T read(JsonNode json, DeserializationContext context);

	}

	/**
	 * @param shape what the description says of the variant, or null for an object of any
	 * shape (a map)
	 */
	private record ObjectVariant<T>(@Nullable VariantShape shape, Variant<T> variant) {

		/** How many of these properties the variant does not declare: all, for a map. */
		int undeclared(Collection<String> properties) {
			return (this.shape != null) ? this.shape.undeclared(properties) : properties.size();
		}

	}

	/** How a variant fits one of the JSON's telling properties. */
	private enum Fit {

		/** The property's value is one that the variant allows. */
		POINTED_TO,

		/** The variant lets the property be anything, or absent. */
		NEUTRAL,

		/** The variant allows other values, or requires the property the JSON lacks. */
		EXCLUDED

	}

	/** An object variant being weighed for one JSON object. */
	private static final class Candidate<T> {

		private final ObjectVariant<T> variant;

		/** How many of the JSON's telling properties have a value this variant allows. */
		private int pointers;

		private @Nullable Boolean hasRequired;

		Candidate(ObjectVariant<T> variant) {
			this.variant = variant;
		}

		Fit fit(String property, @Nullable JsonNode value) {
			VariantShape shape = this.variant.shape();
			if (shape == null) {
				return Fit.NEUTRAL;
			}
			if (value == null) {
				return shape.requires(property) ? Fit.EXCLUDED : Fit.NEUTRAL;
			}
			Set<String> values = shape.values(property);
			if (values == null) {
				return Fit.NEUTRAL;
			}
			return (value.isValueNode() && values.contains(value.asString())) ? Fit.POINTED_TO : Fit.EXCLUDED;
		}

		boolean hasRequired(JsonNode json) {
			if (this.hasRequired == null) {
				VariantShape shape = this.variant.shape();
				this.hasRequired = shape == null || shape.hasRequired(json);
			}
			return this.hasRequired;
		}

	}

}
