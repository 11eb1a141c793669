package dev.reactiveai.openai.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * The variants of a union and how to tell them apart, as the generated code describes
 * them for a {@link UnionDeserializer}; start with
 * {@link UnionDeserializer#variants(Function)}.
 *
 * @param <T> the union type
 */
public final class UnionVariants<T> {

	final Function<JsonNode, T> unknown;

	@Nullable String discriminator;

	@Nullable Variant<T> stringVariant;

	@Nullable Variant<T> integerVariant;

	@Nullable Variant<T> numberVariant;

	@Nullable Variant<T> booleanVariant;

	@Nullable Variant<T> arrayVariant;

	final List<ObjectVariant<T>> objectVariants = new ArrayList<>();

	final List<Class<? extends T>> subUnions = new ArrayList<>();

	UnionVariants(Function<JsonNode, T> unknown) {
		this.unknown = unknown;
	}

	/**
	 * Objects are told apart first by this property: a value that no variant allows makes
	 * the JSON unknown.
	 * @param property the discriminator's JSON name
	 * @return this description
	 */
	public UnionVariants<T> discriminator(String property) {
		this.discriminator = property;
		return this;
	}

	/**
	 * A union that is a variant of this one: JSON that no other variant takes is tried on
	 * it.
	 * @param type the union
	 * @return this description
	 */
	public UnionVariants<T> union(Class<? extends T> type) {
		this.subUnions.add(type);
		return this;
	}

	/**
	 * An object variant, its shape as the API description says.
	 * @param type the variant
	 * @param shape its properties
	 * @return this description
	 */
	public UnionVariants<T> object(Class<? extends T> type, VariantShape shape) {
		this.objectVariants
			.add(new ObjectVariant<>(shape, (json, context) -> context.readTreeAsValue(json, type), type));
		return this;
	}

	/**
	 * Any other object is a value of this type, wrapped, such as a map.
	 * @param <V> the value type
	 * @param type the value type
	 * @param wrap wraps a value into its variant
	 * @return this description
	 */
	public <V> UnionVariants<T> objectValue(TypeReference<V> type, Function<V, T> wrap) {
		this.objectVariants.add(new ObjectVariant<>(null, wrapped(type, wrap), null));
		return this;
	}

	/**
	 * A string is a value of this type, wrapped.
	 * @param <V> the value type
	 * @param type the value type
	 * @param wrap wraps a value into its variant
	 * @return this description
	 */
	public <V> UnionVariants<T> string(TypeReference<V> type, Function<V, T> wrap) {
		this.stringVariant = wrapped(type, wrap);
		return this;
	}

	/**
	 * An integral number is a value of this type, wrapped.
	 * @param <V> the value type
	 * @param type the value type
	 * @param wrap wraps a value into its variant
	 * @return this description
	 */
	public <V> UnionVariants<T> integer(TypeReference<V> type, Function<V, T> wrap) {
		this.integerVariant = wrapped(type, wrap);
		return this;
	}

	/**
	 * A number is a value of this type, wrapped; also an integral one when no
	 * {@code integer} variant is described.
	 * @param <V> the value type
	 * @param type the value type
	 * @param wrap wraps a value into its variant
	 * @return this description
	 */
	public <V> UnionVariants<T> number(TypeReference<V> type, Function<V, T> wrap) {
		this.numberVariant = wrapped(type, wrap);
		return this;
	}

	/**
	 * A boolean is a value of this type, wrapped.
	 * @param <V> the value type
	 * @param type the value type
	 * @param wrap wraps a value into its variant
	 * @return this description
	 */
	public <V> UnionVariants<T> bool(TypeReference<V> type, Function<V, T> wrap) {
		this.booleanVariant = wrapped(type, wrap);
		return this;
	}

	/**
	 * An array is a value of this type, wrapped.
	 * @param <V> the value type
	 * @param type the value type
	 * @param wrap wraps a value into its variant
	 * @return this description
	 */
	public <V> UnionVariants<T> array(TypeReference<V> type, Function<V, T> wrap) {
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
	public <V> UnionVariants<T> objectValue(Class<V> type, Function<V, T> wrap) {
		this.objectVariants.add(new ObjectVariant<>(null, wrapped(type, wrap), null));
		return this;
	}

	/**
	 * A string is a value of this type, wrapped.
	 * @param <V> the value type
	 * @param type the value type
	 * @param wrap wraps a value into its variant
	 * @return this description
	 */
	public <V> UnionVariants<T> string(Class<V> type, Function<V, T> wrap) {
		this.stringVariant = wrapped(type, wrap);
		return this;
	}

	/**
	 * An integral number is a value of this type, wrapped.
	 * @param <V> the value type
	 * @param type the value type
	 * @param wrap wraps a value into its variant
	 * @return this description
	 */
	public <V> UnionVariants<T> integer(Class<V> type, Function<V, T> wrap) {
		this.integerVariant = wrapped(type, wrap);
		return this;
	}

	/**
	 * A number is a value of this type, wrapped; also an integral one when no
	 * {@code integer} variant is described.
	 * @param <V> the value type
	 * @param type the value type
	 * @param wrap wraps a value into its variant
	 * @return this description
	 */
	public <V> UnionVariants<T> number(Class<V> type, Function<V, T> wrap) {
		this.numberVariant = wrapped(type, wrap);
		return this;
	}

	/**
	 * A boolean is a value of this type, wrapped.
	 * @param <V> the value type
	 * @param type the value type
	 * @param wrap wraps a value into its variant
	 * @return this description
	 */
	public <V> UnionVariants<T> bool(Class<V> type, Function<V, T> wrap) {
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
