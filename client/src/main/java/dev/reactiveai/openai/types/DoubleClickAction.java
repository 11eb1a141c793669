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
 * A double click action.
 *
 * @param type Specifies the event type. For a double click action, this property is
 * always set to {@code double_click}.
 * @param x The x-coordinate where the double click occurred.
 * @param y The y-coordinate where the double click occurred.
 * @param keys The keys being held while double-clicking.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DoubleClickAction.Reader.class)
public record DoubleClickAction(@JsonProperty("type") String type, @JsonProperty("x") Long x, @JsonProperty("y") Long y,
		@JsonProperty("keys") @Nullable List<String> keys,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ComputerAction {

	/**
	 * Creates a {@link DoubleClickAction}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Specifies the event type.
	 * @param x The x-coordinate where the double click occurred.
	 * @param y The y-coordinate where the double click occurred.
	 * @param keys The keys being held while double-clicking.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DoubleClickAction {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DoubleClickAction}.
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
	 * Builds a {@link DoubleClickAction}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long x;

		private @Nullable Long y;

		private @Nullable List<String> keys;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "double_click";
		}

		private Builder(DoubleClickAction source) {
			this.type = source.type();
			this.x = source.x();
			this.y = source.y();
			this.keys = (source.keys() != null) ? new ArrayList<>(source.keys()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The x-coordinate where the double click occurred.
		 * @param x the value (required)
		 * @return this builder
		 */
		public Builder x(@Nullable Long x) {
			this.x = x;
			return this;
		}

		/**
		 * The y-coordinate where the double click occurred.
		 * @param y the value (required)
		 * @return this builder
		 */
		public Builder y(@Nullable Long y) {
			this.y = y;
			return this;
		}

		/**
		 * The keys being held while double-clicking.
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
		 * The keys being held while double-clicking.
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
		public DoubleClickAction build() {
			return new DoubleClickAction(this.type, Objects.requireNonNull(this.x, "'x' is required"),
					Objects.requireNonNull(this.y, "'y' is required"),
					(this.keys != null) ? Collections.unmodifiableList(new ArrayList<>(this.keys)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DoubleClickAction} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DoubleClickAction> {

		Reader() {
			super(DoubleClickAction.class, "type", "x", "y", "keys");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected DoubleClickAction create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new DoubleClickAction((String) values[0], (Long) values[1], (Long) values[2],
					(List<String>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link DoubleClickAction} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DoubleClickAction> {

		Writer() {
			super(DoubleClickAction.class, "type", "x", "y", "keys");
		}

		@Override
		protected @Nullable Object value(DoubleClickAction record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.x();
				case 2 -> record.y();
				case 3 -> record.keys();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DoubleClickAction record) {
			return record.additionalProperties();
		}

	}
}
