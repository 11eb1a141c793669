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
 * A click action.
 *
 * @param type Specifies the event type. For a click action, this property is always
 * {@code click}.
 * @param button Indicates which mouse button was pressed during the click. One of
 * {@code left}, {@code right}, {@code wheel}, {@code back}, or {@code forward}.
 * @param x The x-coordinate where the click occurred.
 * @param y The y-coordinate where the click occurred.
 * @param keys The keys being held while clicking.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ClickParam.Reader.class)
public record ClickParam(@JsonProperty("type") String type, @JsonProperty("button") ClickButtonType button,
		@JsonProperty("x") Long x, @JsonProperty("y") Long y, @JsonProperty("keys") @Nullable List<String> keys,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ComputerAction {

	/**
	 * Creates a {@link ClickParam}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type Specifies the event type.
	 * @param button Indicates which mouse button was pressed during the click.
	 * @param x The x-coordinate where the click occurred.
	 * @param y The y-coordinate where the click occurred.
	 * @param keys The keys being held while clicking.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ClickParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ClickParam}.
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
	 * Builds a {@link ClickParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable ClickButtonType button;

		private @Nullable Long x;

		private @Nullable Long y;

		private @Nullable List<String> keys;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "click";
		}

		private Builder(ClickParam source) {
			this.type = source.type();
			this.button = source.button();
			this.x = source.x();
			this.y = source.y();
			this.keys = (source.keys() != null) ? new ArrayList<>(source.keys()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Indicates which mouse button was pressed during the click.
		 * @param button the value (required)
		 * @return this builder
		 */
		public Builder button(@Nullable ClickButtonType button) {
			this.button = button;
			return this;
		}

		/**
		 * Indicates which mouse button was pressed during the click.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder button(String value) {
			return button(ClickButtonType.of(value));
		}

		/**
		 * The x-coordinate where the click occurred.
		 * @param x the value (required)
		 * @return this builder
		 */
		public Builder x(@Nullable Long x) {
			this.x = x;
			return this;
		}

		/**
		 * The y-coordinate where the click occurred.
		 * @param y the value (required)
		 * @return this builder
		 */
		public Builder y(@Nullable Long y) {
			this.y = y;
			return this;
		}

		/**
		 * The keys being held while clicking.
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
		 * The keys being held while clicking.
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
		public ClickParam build() {
			return new ClickParam(this.type, Objects.requireNonNull(this.button, "'button' is required"),
					Objects.requireNonNull(this.x, "'x' is required"),
					Objects.requireNonNull(this.y, "'y' is required"),
					(this.keys != null) ? Collections.unmodifiableList(new ArrayList<>(this.keys)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ClickParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ClickParam> {

		Reader() {
			super(ClickParam.class, "type", "button", "x", "y", "keys");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> ClickButtonType.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ClickParam create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ClickParam((String) values[0], (ClickButtonType) values[1], (Long) values[2], (Long) values[3],
					(List<String>) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ClickParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ClickParam> {

		Writer() {
			super(ClickParam.class, "type", "button", "x", "y", "keys");
		}

		@Override
		protected @Nullable Object value(ClickParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.button();
				case 2 -> record.x();
				case 3 -> record.y();
				case 4 -> record.keys();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ClickParam record) {
			return record.additionalProperties();
		}

	}
}
