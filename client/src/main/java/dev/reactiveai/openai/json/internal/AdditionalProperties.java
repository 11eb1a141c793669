package dev.reactiveai.openai.json.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

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
	 * <p>
	 * Records seldom carry more than one or two unknown properties (a stream's chunks
	 * carry one each, {@code obfuscation}): up to {@link #MAX_ARRAY_SIZE} they are kept
	 * in an array of names and values searched in order, which costs a third of a hash
	 * table's allocation; beyond that in a {@link LinkedHashMap}.
	 */
	static final class Read extends AbstractMap<String, Object> {

		private static final int MAX_ARRAY_SIZE = 8;

		/** Names at even indexes, each followed by its value; null once in the map. */
		private @Nullable Object @Nullable [] array = new Object[4];

		private int size;

		private @Nullable Map<String, @Nullable Object> map;

		void add(String name, @Nullable Object value) {
			Object[] array = this.array;
			if (array == null) {
				map().put(name, value);
				return;
			}
			int index = indexOf(array, name);
			if (index >= 0) {
				// Of a property given twice the last one counts, in the first one's
				// place.
				array[index + 1] = value;
				return;
			}
			if (this.size == MAX_ARRAY_SIZE) {
				Map<String, @Nullable Object> map = new LinkedHashMap<>();
				for (int i = 0; i < 2 * this.size; i += 2) {
					map.put((String) array[i], array[i + 1]);
				}
				map.put(name, value);
				this.map = map;
				this.array = null;
				return;
			}
			if (2 * this.size == array.length) {
				array = Arrays.copyOf(array, 2 * array.length);
				this.array = array;
			}
			array[2 * this.size] = name;
			array[2 * this.size + 1] = value;
			this.size++;
		}

		private int indexOf(@Nullable Object[] array, @Nullable Object name) {
			for (int i = 0; i < 2 * this.size; i += 2) {
				if (array[i].equals(name)) {
					return i;
				}
			}
			return -1;
		}

		private Map<String, @Nullable Object> map() {
			Map<String, @Nullable Object> map = this.map;
			if (map == null) {
				throw new IllegalStateException("Not a map");
			}
			return map;
		}

		@Override
		public int size() {
			return (this.array != null) ? this.size : map().size();
		}

		@Override
		public boolean containsKey(@Nullable Object key) {
			Object[] array = this.array;
			return (array != null) ? indexOf(array, key) >= 0 : map().containsKey(key);
		}

		@Override
		public @Nullable Object get(@Nullable Object key) {
			Object[] array = this.array;
			if (array == null) {
				return map().get(key);
			}
			int index = indexOf(array, key);
			return (index >= 0) ? array[index + 1] : null;
		}

		@Override
		public Set<Entry<String, Object>> entrySet() {
			return new AbstractSet<>() {

				@Override
				public Iterator<Entry<String, Object>> iterator() {
					Object[] array = Read.this.array;
					if (array == null) {
						return Collections.unmodifiableMap(map()).entrySet().iterator();
					}
					return new Iterator<>() {

						private int next;

						@Override
						public boolean hasNext() {
							return this.next < 2 * Read.this.size;
						}

						@Override
						public Entry<String, Object> next() {
							if (!hasNext()) {
								throw new NoSuchElementException();
							}
							Entry<String, Object> entry = new SimpleImmutableEntry<>((String) array[this.next],
									array[this.next + 1]);
							this.next += 2;
							return entry;
						}

					};
				}

				@Override
				public int size() {
					return Read.this.size();
				}

			};
		}

		@Override
		public Set<String> keySet() {
			return Collections.unmodifiableSet(super.keySet());
		}

		@Override
		public Collection<Object> values() {
			return Collections.unmodifiableCollection(super.values());
		}

		@Override
		public @Nullable Object remove(@Nullable Object key) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void clear() {
			throw new UnsupportedOperationException();
		}

	}

}
