// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A pending safety check for the computer call.
 *
 * @param id The ID of the pending safety check.
 * @param code The type of the pending safety check.
 * @param message Details about the pending safety check.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ComputerCallSafetyCheckParam.Reader.class)
public record ComputerCallSafetyCheckParam(@JsonProperty("id") String id, @JsonProperty("code") @Nullable String code,
		@JsonProperty("message") @Nullable String message,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ComputerCallSafetyCheckParam}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param id The ID of the pending safety check.
	 * @param code The type of the pending safety check.
	 * @param message Details about the pending safety check.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ComputerCallSafetyCheckParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ComputerCallSafetyCheckParam}.
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
	 * Builds a {@link ComputerCallSafetyCheckParam}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String code;

		private @Nullable String message;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ComputerCallSafetyCheckParam source) {
			this.id = source.id();
			this.code = source.code();
			this.message = source.message();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the pending safety check.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The type of the pending safety check.
		 * @param code the value
		 * @return this builder
		 */
		public Builder code(@Nullable String code) {
			this.code = code;
			return this;
		}

		/**
		 * Details about the pending safety check.
		 * @param message the value
		 * @return this builder
		 */
		public Builder message(@Nullable String message) {
			this.message = message;
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
		public ComputerCallSafetyCheckParam build() {
			return new ComputerCallSafetyCheckParam(Objects.requireNonNull(this.id, "'id' is required"), this.code,
					this.message, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ComputerCallSafetyCheckParam} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ComputerCallSafetyCheckParam> {

		Reader() {
			super(ComputerCallSafetyCheckParam.class, "id", "code", "message");
		}

		@Override
		protected ComputerCallSafetyCheckParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ComputerCallSafetyCheckParam((String) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ComputerCallSafetyCheckParam} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ComputerCallSafetyCheckParam> {

		Writer() {
			super(ComputerCallSafetyCheckParam.class, "id", "code", "message");
		}

		@Override
		protected @Nullable Object value(ComputerCallSafetyCheckParam record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.code();
				case 2 -> record.message();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ComputerCallSafetyCheckParam record) {
			return record.additionalProperties();
		}

	}
}
