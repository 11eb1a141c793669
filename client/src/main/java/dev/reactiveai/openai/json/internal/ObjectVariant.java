package dev.reactiveai.openai.json.internal;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * An object variant of a union and what the API description says of its properties.
 *
 * @param <T> the union type
 * @param shape what the description says of the variant, or null for an object of any
 * shape (a map)
 * @param variant reads the variant
 * @param record the record the variant is, or null when it is a value that the union
 * wraps
 */
record ObjectVariant<T>(@Nullable VariantShape shape, Variant<T> variant, @Nullable Class<? extends T> record) {

	/** How many of these properties the variant does not declare: all, for a map. */
	int undeclared(Collection<String> properties) {
		return (this.shape != null) ? this.shape.undeclared(properties) : properties.size();
	}

}
