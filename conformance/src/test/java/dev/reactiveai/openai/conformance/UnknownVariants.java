package dev.reactiveai.openai.conformance;

import java.lang.reflect.RecordComponent;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Finds, in a model the client read, a union value that the client did not recognize (its
 * {@code Unknown} variant). A schema-valid answer is always one of the union's variants,
 * so an {@code Unknown} there means the answer was not read into its typed model.
 */
final class UnknownVariants {

	private static final int MAX_DEPTH = 64;

	private UnknownVariants() {
	}

	/**
	 * The first unrecognized union value in the model.
	 * @param model the model
	 * @return where it is and what it held, or {@code null} if there is none
	 */
	static @Nullable String find(Object model) {
		return find(model, "$", 0, new IdentityHashMap<>());
	}

	private static @Nullable String find(@Nullable Object value, String path, int depth, Map<Object, Boolean> seen) {
		if (value == null || depth > MAX_DEPTH || !value.getClass().getName().startsWith("dev.reactiveai.openai.")
				&& !(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
			return null;
		}
		if (seen.put(value, Boolean.TRUE) != null) {
			return null;
		}
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				String found = find(list.get(i), path + "[" + i + "]", depth + 1, seen);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String found = find(entry.getValue(), path + "." + entry.getKey(), depth + 1, seen);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		Class<?> type = value.getClass();
		if (type.getSimpleName().equals("Unknown") && type.getEnclosingClass() != null
				&& type.getEnclosingClass().isSealed()) {
			String json = String.valueOf(value);
			return path + " is an unrecognized " + type.getEnclosingClass().getSimpleName() + ": "
					+ ((json.length() > 300) ? json.substring(0, 300) + "..." : json);
		}
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				if (component.getName().equals("additionalProperties")) {
					continue;
				}
				try {
					component.getAccessor().setAccessible(true);
					Object child = component.getAccessor().invoke(value);
					String found = find(child, path + "." + component.getName(), depth + 1, seen);
					if (found != null) {
						return found;
					}
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					return path + "." + component.getName() + " could not be read: " + ex;
				}
			}
		}
		return null;
	}

}
