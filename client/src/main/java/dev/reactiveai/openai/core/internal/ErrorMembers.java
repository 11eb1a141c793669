package dev.reactiveai.openai.core.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Tells from an event already read whether its JSON could have reported an error, so that
 * most events need no search of their bytes for one ({@link ErrorDecoder#streamError}).
 * <p>
 * An event reports an error through a top-level {@code error} member or a top-level
 * {@code type} of {@code error}. A generated record that has no property of either name
 * keeps every top-level member it does not know among its additional properties: when
 * those hold neither name either, its JSON had neither member. Every other value (a
 * record with such a property, a union's variant, which names its {@code type}, a map)
 * could have, and its bytes are searched as before.
 */
final class ErrorMembers {

	private static final ClassValue<@Nullable Function<Object, Map<?, ?>>> OTHER_MEMBERS = new ClassValue<>() {

		@Override
		protected @Nullable Function<Object, Map<?, ?>> computeValue(Class<?> type) {
			return otherMembersOf(type);
		}

	};

	private ErrorMembers() {
	}

	/**
	 * Whether the JSON of an event read as a value certainly had no member that reports
	 * an error.
	 * @param value the value read
	 * @return true when it certainly had none; false when it may have had one
	 */
	static boolean certainlyNoneIn(Object value) {
		Function<Object, Map<?, ?>> otherMembers = OTHER_MEMBERS.get(value.getClass());
		if (otherMembers == null) {
			return false;
		}
		Map<?, ?> members = otherMembers.apply(value);
		return !members.containsKey("error") && !members.containsKey("type");
	}

	/**
	 * The accessor of a record's additional properties, when the record has no property
	 * named {@code error} or {@code type}; otherwise null. A function of its own for each
	 * record, not a method handle, so that the compiler can inline it where one type of
	 * event is read.
	 */
	@SuppressWarnings("unchecked")
	private static @Nullable Function<Object, Map<?, ?>> otherMembersOf(Class<?> type) {
		if (!type.isRecord()) {
			return null;
		}
		RecordComponent otherMembers = null;
		for (RecordComponent component : type.getRecordComponents()) {
			// Jackson's annotations reach a record component's accessor, not the
			// component.
			JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
			if (property != null && (property.value().equals("error") || property.value().equals("type"))) {
				return null;
			}
			if (component.getAccessor().isAnnotationPresent(JsonAnySetter.class) && Map.class == component.getType()) {
				otherMembers = component;
			}
		}
		if (otherMembers == null) {
			return null;
		}
		try {
			MethodHandles.Lookup lookup = MethodHandles.lookup();
			MethodHandle accessor = lookup.unreflect(otherMembers.getAccessor());
			return (Function<Object, Map<?, ?>>) LambdaMetafactory
				.metafactory(lookup, "apply", MethodType.methodType(Function.class),
						MethodType.methodType(Object.class, Object.class), accessor,
						MethodType.methodType(Map.class, type))
				.getTarget()
				.invokeExact();
		}
		catch (Throwable ex) {
			// Not accessible as a function: its bytes are searched.
			return null;
		}
	}

}
