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
 * {@code type} of {@code error}. A generated record keeps every top-level member it does
 * not know among its additional properties. So a record without an {@code error} property
 * whose additional properties hold no {@code error} had no such member; and its
 * {@code type} was not {@code error} when it has none (and no {@code type} among its
 * additional properties either), or when it has a string {@code type}, such as a union's
 * variant, whose value is another. Every other value (a record with an {@code error}
 * property, or a {@code type} of another kind, a map) could have reported one, and its
 * bytes are searched as before.
 */
final class ErrorMembers {

	private static final ClassValue<@Nullable Members> MEMBERS = new ClassValue<>() {

		@Override
		protected @Nullable Members computeValue(Class<?> type) {
			return Members.of(type);
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
		Members members = MEMBERS.get(value.getClass());
		if (members == null) {
			return false;
		}
		Map<?, ?> others = members.others().apply(value);
		if (others.containsKey("error")) {
			return false;
		}
		Function<Object, Object> type = members.type();
		return (type != null) ? !"error".equals(type.apply(value)) : !others.containsKey("type");
	}

	/**
	 * How to read a record's members that may report an error: functions of their own for
	 * each record, not method handles, so that the compiler can inline them where one
	 * type of event is read.
	 *
	 * @param others the record's additional properties
	 * @param type its string {@code type} property, or null when it has none
	 */
	private record Members(Function<Object, Map<?, ?>> others, @Nullable Function<Object, Object> type) {

		/** The members of a record that has no {@code error} property, or null. */
		@SuppressWarnings("unchecked")
		static @Nullable Members of(Class<?> record) {
			if (!record.isRecord()) {
				return null;
			}
			RecordComponent others = null;
			RecordComponent type = null;
			for (RecordComponent component : record.getRecordComponents()) {
				// Jackson's annotations reach a record component's accessor, not the
				// component.
				JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
				String name = (property != null) ? property.value() : null;
				if ("error".equals(name) || ("type".equals(name) && component.getType() != String.class)) {
					return null;
				}
				if ("type".equals(name)) {
					type = component;
				}
				if (component.getAccessor().isAnnotationPresent(JsonAnySetter.class)
						&& Map.class == component.getType()) {
					others = component;
				}
			}
			if (others == null) {
				return null;
			}
			try {
				return new Members((Function<Object, Map<?, ?>>) accessor(record, others),
						(type != null) ? (Function<Object, Object>) accessor(record, type) : null);
			}
			catch (Throwable ex) {
				// Not accessible as a function: its bytes are searched.
				return null;
			}
		}

		private static Function<?, ?> accessor(Class<?> record, RecordComponent component) throws Throwable {
			MethodHandles.Lookup lookup = MethodHandles.lookup();
			MethodHandle accessor = lookup.unreflect(component.getAccessor());
			return (Function<?, ?>) LambdaMetafactory
				.metafactory(lookup, "apply", MethodType.methodType(Function.class),
						MethodType.methodType(Object.class, Object.class), accessor,
						MethodType.methodType(component.getType(), record))
				.getTarget()
				.invokeExact();
		}

	}

}
