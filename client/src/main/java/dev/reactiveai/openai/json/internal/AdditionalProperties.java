package dev.reactiveai.openai.json.internal;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * The properties that a generated record does not know, as it keeps them.
 */
public final class AdditionalProperties {

	private AdditionalProperties() {
	}

	/**
	 * What a record keeps of the unknown properties it is created with: an unmodifiable
	 * copy, empty for null. The properties its deserializer read are kept as they are:
	 * they are already unmodifiable and nothing else holds them, so a copy would only
	 * cost time (a tenth of reading a stream chunk).
	 * @param properties the properties, or null
	 * @return what the record keeps
	 */
	public static Map<String, Object> copyOf(@Nullable Map<String, Object> properties) {
		if (properties == null) {
			return Map.of();
		}
		if (properties instanceof Read read) {
			return read;
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	/**
	 * The unknown properties of one record, in the order they were read, collected by its
	 * deserializer and unmodifiable to anyone else.
	 */
	static final class Read extends AbstractMap<String, Object> {

		/** Records seldom carry more than one or two unknown properties. */
		private static final int INITIAL_CAPACITY = 4;

		private final Map<String, Object> properties = new LinkedHashMap<>(INITIAL_CAPACITY);

		private final Map<String, Object> view = Collections.unmodifiableMap(this.properties);

		void add(String name, @Nullable Object value) {
			this.properties.put(name, value);
		}

		@Override
		public int size() {
			return this.properties.size();
		}

		@Override
		public boolean containsKey(Object key) {
			return this.properties.containsKey(key);
		}

		@Override
		public @Nullable Object get(Object key) {
			return this.properties.get(key);
		}

		@Override
		public Set<String> keySet() {
			return this.view.keySet();
		}

		@Override
		public Collection<Object> values() {
			return this.view.values();
		}

		@Override
		public Set<Entry<String, Object>> entrySet() {
			return this.view.entrySet();
		}

		@Override
		public void forEach(BiConsumer<? super String, ? super Object> action) {
			this.view.forEach(action);
		}

	}

}
