// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A drag action.
 *
 * @param type Specifies the event type. For a drag action, this property is always set to
 * {@code drag}.
 * @param path An array of coordinates representing the path of the drag action.
 * Coordinates will appear as an array of objects, eg <pre>{@code
 * [
 *   { x: 100, y: 200 },
 *   { x: 200, y: 300 }
 * ]
 * }</pre>
 * @param keys The keys being held while dragging the mouse.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DragParam.Reader.class)
public record DragParam(@JsonProperty("type") String type, @JsonProperty("path") List<CoordParam> path,
		@JsonProperty("keys") @Nullable List<String> keys,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ComputerAction {

	/**
	 * Creates a {@link DragParam}, filling in {@code type} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param type Specifies the event type.
	 * @param path An array of coordinates representing the path of the drag action.
	 * @param keys The keys being held while dragging the mouse.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DragParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DragParam}.
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
	 * Builds a {@link DragParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<CoordParam> path;

		private @Nullable List<String> keys;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "drag";
		}

		private Builder(DragParam source) {
			this.type = source.type();
			this.path = (source.path() != null) ? new ArrayList<>(source.path()) : null;
			this.keys = (source.keys() != null) ? new ArrayList<>(source.keys()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * An array of coordinates representing the path of the drag action.
		 * <p>
		 * Takes a copy of the list.
		 * @param path the value (required)
		 * @return this builder
		 */
		public Builder path(@Nullable List<CoordParam> path) {
			this.path = (path != null) ? new ArrayList<>(path) : null;
			return this;
		}

		/**
		 * An array of coordinates representing the path of the drag action.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param path the item to add
		 * @return this builder
		 */
		public Builder addPath(CoordParam path) {
			Objects.requireNonNull(path, "'path' must not be null");
			if (this.path == null) {
				this.path = new ArrayList<>();
			}
			this.path.add(path);
			return this;
		}

		/**
		 * The keys being held while dragging the mouse.
		 * <p>
		 * Takes a copy of the list.
		 * @param keys the value
		 * @return this builder
		 */
		public Builder keys(@Nullable List<String> keys) {
			this.keys = (keys != null) ? new ArrayList<>(keys) : null;
			return this;
		}

		/**
		 * The keys being held while dragging the mouse.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param key the item to add
		 * @return this builder
		 */
		public Builder addKey(String key) {
			Objects.requireNonNull(key, "'key' must not be null");
			if (this.keys == null) {
				this.keys = new ArrayList<>();
			}
			this.keys.add(key);
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
		public DragParam build() {
			return new DragParam(this.type,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.path, "'path' is required"))),
					(this.keys != null) ? Collections.unmodifiableList(new ArrayList<>(this.keys)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DragParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DragParam> {

		Reader() {
			super(DragParam.class, "type", "path", "keys");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected DragParam create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new DragParam((String) values[0], (List<CoordParam>) values[1], (List<String>) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link DragParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DragParam> {

		Writer() {
			super(DragParam.class, "type", "path", "keys");
		}

		@Override
		protected @Nullable Object value(DragParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.path();
				case 2 -> record.keys();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DragParam record) {
			return record.additionalProperties();
		}

	}
}
