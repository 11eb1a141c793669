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
 * A collection of keypresses the model would like to perform.
 *
 * @param type Specifies the event type. For a keypress action, this property is always
 * set to {@code keypress}.
 * @param keys The combination of keys the model is requesting to be pressed. This is an
 * array of strings, each representing a key.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = KeyPressAction.Reader.class)
public record KeyPressAction(@JsonProperty("type") String type, @JsonProperty("keys") List<String> keys,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ComputerAction {

	/**
	 * Creates a {@link KeyPressAction}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type Specifies the event type.
	 * @param keys The combination of keys the model is requesting to be pressed.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public KeyPressAction {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link KeyPressAction}.
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
	 * Builds a {@link KeyPressAction}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<String> keys;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "keypress";
		}

		private Builder(KeyPressAction source) {
			this.type = source.type();
			this.keys = (source.keys() != null) ? new ArrayList<>(source.keys()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The combination of keys the model is requesting to be pressed.
		 * <p>
		 * Takes a copy of the list.
		 * @param keys the value (required)
		 * @return this builder
		 */
		public Builder keys(@Nullable List<String> keys) {
			this.keys = (keys != null) ? new ArrayList<>(keys) : null;
			return this;
		}

		/**
		 * The combination of keys the model is requesting to be pressed.
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
		public KeyPressAction build() {
			return new KeyPressAction(this.type,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.keys, "'keys' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link KeyPressAction} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<KeyPressAction> {

		Reader() {
			super(KeyPressAction.class, "type", "keys");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected KeyPressAction create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new KeyPressAction((String) values[0], (List<String>) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link KeyPressAction} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<KeyPressAction> {

		Writer() {
			super(KeyPressAction.class, "type", "keys");
		}

		@Override
		protected @Nullable Object value(KeyPressAction record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.keys();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(KeyPressAction record) {
			return record.additionalProperties();
		}

	}
}
