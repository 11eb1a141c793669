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
 * A scroll action.
 *
 * @param type Specifies the event type. For a scroll action, this property is always set
 * to {@code scroll}.
 * @param x The x-coordinate where the scroll occurred.
 * @param y The y-coordinate where the scroll occurred.
 * @param scrollX The horizontal scroll distance.
 * @param scrollY The vertical scroll distance.
 * @param keys The keys being held while scrolling.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ScrollParam.Reader.class)
public record ScrollParam(@JsonProperty("type") String type, @JsonProperty("x") Long x, @JsonProperty("y") Long y,
		@JsonProperty("scroll_x") Long scrollX, @JsonProperty("scroll_y") Long scrollY,
		@JsonProperty("keys") @Nullable List<String> keys,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ComputerAction {

	/**
	 * Creates a {@link ScrollParam}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type Specifies the event type.
	 * @param x The x-coordinate where the scroll occurred.
	 * @param y The y-coordinate where the scroll occurred.
	 * @param scrollX The horizontal scroll distance.
	 * @param scrollY The vertical scroll distance.
	 * @param keys The keys being held while scrolling.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ScrollParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ScrollParam}.
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
	 * Builds a {@link ScrollParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long x;

		private @Nullable Long y;

		private @Nullable Long scrollX;

		private @Nullable Long scrollY;

		private @Nullable List<String> keys;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "scroll";
		}

		private Builder(ScrollParam source) {
			this.type = source.type();
			this.x = source.x();
			this.y = source.y();
			this.scrollX = source.scrollX();
			this.scrollY = source.scrollY();
			this.keys = (source.keys() != null) ? new ArrayList<>(source.keys()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The x-coordinate where the scroll occurred.
		 * @param x the value (required)
		 * @return this builder
		 */
		public Builder x(@Nullable Long x) {
			this.x = x;
			return this;
		}

		/**
		 * The y-coordinate where the scroll occurred.
		 * @param y the value (required)
		 * @return this builder
		 */
		public Builder y(@Nullable Long y) {
			this.y = y;
			return this;
		}

		/**
		 * The horizontal scroll distance.
		 * @param scrollX the value (required)
		 * @return this builder
		 */
		public Builder scrollX(@Nullable Long scrollX) {
			this.scrollX = scrollX;
			return this;
		}

		/**
		 * The vertical scroll distance.
		 * @param scrollY the value (required)
		 * @return this builder
		 */
		public Builder scrollY(@Nullable Long scrollY) {
			this.scrollY = scrollY;
			return this;
		}

		/**
		 * The keys being held while scrolling.
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
		 * The keys being held while scrolling.
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
		public ScrollParam build() {
			return new ScrollParam(this.type, Objects.requireNonNull(this.x, "'x' is required"),
					Objects.requireNonNull(this.y, "'y' is required"),
					Objects.requireNonNull(this.scrollX, "'scrollX' is required"),
					Objects.requireNonNull(this.scrollY, "'scrollY' is required"),
					(this.keys != null) ? Collections.unmodifiableList(new ArrayList<>(this.keys)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ScrollParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ScrollParam> {

		Reader() {
			super(ScrollParam.class, "type", "x", "y", "scroll_x", "scroll_y", "keys");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ScrollParam create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ScrollParam((String) values[0], (Long) values[1], (Long) values[2], (Long) values[3],
					(Long) values[4], (List<String>) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ScrollParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ScrollParam> {

		Writer() {
			super(ScrollParam.class, "type", "x", "y", "scroll_x", "scroll_y", "keys");
		}

		@Override
		protected @Nullable Object value(ScrollParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.x();
				case 2 -> record.y();
				case 3 -> record.scrollX();
				case 4 -> record.scrollY();
				case 5 -> record.keys();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ScrollParam record) {
			return record.additionalProperties();
		}

	}
}
