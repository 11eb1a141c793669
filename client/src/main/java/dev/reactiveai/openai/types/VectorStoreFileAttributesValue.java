// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A value in one of the forms {@code string}, {@code number} or {@code boolean}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = VectorStoreFileAttributesValue.Deserializer.class)
public sealed interface VectorStoreFileAttributesValue
		permits VectorStoreFileAttributesValue.StringValue, VectorStoreFileAttributesValue.DoubleValue,
		VectorStoreFileAttributesValue.BooleanValue, VectorStoreFileAttributesValue.Unknown {

	/**
	 * A {@link VectorStoreFileAttributesValue} that is a {@code String}.
	 *
	 * @param value the value
	 */
	record StringValue(@JsonValue String value) implements VectorStoreFileAttributesValue {
		/**
		 * Creates a {@link StringValue}, rejecting a null value.
		 * @param value the value
		 */
		public StringValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link VectorStoreFileAttributesValue} that is a {@code Double}.
	 *
	 * @param value the value
	 */
	record DoubleValue(@JsonValue Double value) implements VectorStoreFileAttributesValue {
		/**
		 * Creates a {@link DoubleValue}, rejecting a null value.
		 * @param value the value
		 */
		public DoubleValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link VectorStoreFileAttributesValue} that is a {@code Boolean}.
	 *
	 * @param value the value
	 */
	record BooleanValue(@JsonValue Boolean value) implements VectorStoreFileAttributesValue {
		/**
		 * Creates a {@link BooleanValue}, rejecting a null value.
		 * @param value the value
		 */
		public BooleanValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link VectorStoreFileAttributesValue} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements VectorStoreFileAttributesValue, UnknownVariant {
	}

	/**
	 * Reads a {@link VectorStoreFileAttributesValue} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<VectorStoreFileAttributesValue> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<VectorStoreFileAttributesValue>variants(Unknown::new)
				.string(String.class, StringValue::new)
				.number(Double.class, DoubleValue::new)
				.bool(Boolean.class, BooleanValue::new));
		}

	}

}
