package dev.reactiveai.openai.json;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * JSON is: by its discriminator property when it has one, otherwise by its shape (string,
 * number, array, object with the variant's required properties). JSON that fits no known
 * variant becomes the union's unknown variant, holding the JSON as it came, so that a
 * newer API never breaks this client.
 *
 * @param <T> the union type
 */
public abstract class UnionDeserializer<T> extends ValueDeserializer<T> {

	private final @Nullable String discriminator;

	private final Map<String, Class<? extends T>> byDiscriminator;

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
		this.byDiscriminator = Map.copyOf(variants.byDiscriminator);
		this.stringVariant = variants.stringVariant;
		this.integerVariant = variants.integerVariant;
		this.numberVariant = variants.numberVariant;
		this.booleanVariant = variants.booleanVariant;
		this.arrayVariant = variants.arrayVariant;
		this.objectVariants = List.copyOf(variants.objectVariants);
		this.subUnions = List.copyOf(variants.subUnions);
		this.unknown = variants.unknown;
	}

	@Override
	public T deserialize(JsonParser parser, DeserializationContext context) {
		JsonNode json = context.readTree(parser);
		T value = read(json, context);
		return (value != null) ? value : this.unknown.apply(json);
	}

	@Override
	public T getNullValue(DeserializationContext context) {
		return null;
	}

	private @Nullable T read(JsonNode json, DeserializationContext context) {
		T value = readByShape(json, context);
		return (value != null || json.isObject()) ? value : readBySubUnion(json, context);
	}

	/**
	 * A union among the variants may know a shape that this one does not, such as a
	 * string.
	 */
	private @Nullable T readBySubUnion(JsonNode json, DeserializationContext context) {
		for (Class<? extends T> subUnion : this.subUnions) {
			T value = attempt((variantJson, variantContext) -> variantContext.readTreeAsValue(variantJson, subUnion),
					json, context);
			if (value != null && !isUnknownOf(value, subUnion)) {
				return value;
			}
		}
		return null;
	}

	private static boolean isUnknownOf(Object value, Class<?> union) {
		return value.getClass().getEnclosingClass() == union && value.getClass().getSimpleName().equals("Unknown");
	}

	private @Nullable T readByShape(JsonNode json, DeserializationContext context) {
		if (json.isObject()) {
			if (this.discriminator != null && json.path(this.discriminator).isString()) {
				Class<? extends T> type = this.byDiscriminator.get(json.path(this.discriminator).asString());
				if (type != null) {
					return attempt((variantJson, variantContext) -> variantContext.readTreeAsValue(variantJson, type),
							json, context);
				}
			}
			for (ObjectVariant<T> variant : candidates(json)) {
				T value = attempt(variant.variant, json, context);
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

	/**
	 * The object variants whose required properties the JSON has, the best fit first: the
	 * one that declares the most of the JSON's properties (a verbose transcription has
	 * {@code task} like a diarized one, but its {@code language} and {@code words} are
	 * only the verbose variant's); on a tie, the order of the description.
	 */
	private List<ObjectVariant<T>> candidates(JsonNode json) {
		List<ObjectVariant<T>> candidates = new ArrayList<>(this.objectVariants.size());
		for (ObjectVariant<T> variant : this.objectVariants) {
			if (variant.matches(json)) {
				candidates.add(variant);
			}
		}
		if (candidates.size() > 1) {
			Collection<String> properties = json.propertyNames();
			candidates.sort(Comparator.comparingInt((variant) -> variant.undeclared(properties)));
		}
		return candidates;
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

		private final Map<String, Class<? extends T>> byDiscriminator = new LinkedHashMap<>();

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

		/** Objects are told apart by this property. */
		public Variants<T> discriminator(String property) {
			this.discriminator = property;
			return this;
		}

		/** An object whose discriminator has this value is of this type. */
		public Variants<T> when(String value, Class<? extends T> type) {
			this.byDiscriminator.putIfAbsent(value, type);
			return this;
		}

		/**
		 * A union that is a variant of this one: JSON of a shape no other variant takes
		 * is tried on it.
		 */
		public Variants<T> union(Class<? extends T> type) {
			this.subUnions.add(type);
			return this;
		}

		/** An object with all of these properties is of this type. */
		public Variants<T> object(Class<? extends T> type, String... requiredProperties) {
			this.objectVariants.add(new ObjectVariant<>(List.of(requiredProperties), declaredProperties(type),
					(json, context) -> context.readTreeAsValue(json, type)));
			return this;
		}

		/** An object with all of these properties is a value of this type, wrapped. */
		public <V> Variants<T> object(TypeReference<V> type, Function<V, T> wrap, String... requiredProperties) {
			this.objectVariants.add(new ObjectVariant<>(List.of(requiredProperties), null, wrapped(type, wrap)));
			return this;
		}

		/** Any other object is a value of this type, wrapped, such as a map. */
		public <V> Variants<T> objectValue(TypeReference<V> type, Function<V, T> wrap) {
			this.objectVariants.add(new ObjectVariant<>(List.of(), null, wrapped(type, wrap)));
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

		public <V> Variants<T> objectValue(Class<V> type, Function<V, T> wrap) {
			this.objectVariants.add(new ObjectVariant<>(List.of(), null, wrapped(type, wrap)));
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

		/**
		 * The JSON names of a record's properties, or null for a type that is not one.
		 */
		private static @Nullable Set<String> declaredProperties(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			if (components == null) {
				return null;
			}
			Set<String> names = new HashSet<>();
			for (RecordComponent component : components) {
				JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
				if (property != null) {
					names.add(property.value());
				}
			}
			return names;
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
	 * @param declaredProperties the JSON names of the variant's properties, or null when
	 * they are not known (a map, a wrapped value)
	 */
	private record ObjectVariant<T>(List<String> requiredProperties, @Nullable Set<String> declaredProperties,
			Variant<T> variant) {

		/** How many of these properties the variant does not declare. */
		int undeclared(Collection<String> properties) {
			if (this.declaredProperties == null) {
				return properties.size();
			}
			int count = 0;
			for (String property : properties) {
				if (!this.declaredProperties.contains(property)) {
					count++;
				}
			}
			return count;
		}

		boolean matches(JsonNode json) {
			for (String property : this.requiredProperties) {
				if (!json.has(property)) {
					return false;
				}
			}
			return true;
		}

	}

}
