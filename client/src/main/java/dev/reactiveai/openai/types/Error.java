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
 * An object with {@code code}, {@code message}, {@code param} and {@code type}.
 *
 * @param code A string (the API description says no more).
 * @param message A string (the API description says no more).
 * @param param A string (the API description says no more).
 * @param type A string (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Error.Reader.class)
public record Error(@JsonProperty("code") @Nullable String code, @JsonProperty("message") String message,
		@JsonProperty("param") @Nullable String param, @JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Error}; {@code additionalProperties} becomes an unmodifiable copy,
	 * empty for null.
	 * @param code A string (the API description says no more).
	 * @param message A string (the API description says no more).
	 * @param param A string (the API description says no more).
	 * @param type A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Error {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Error}.
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
	 * Builds a {@link Error}.
	 */
	public static final class Builder {

		private @Nullable String code;

		private @Nullable String message;

		private @Nullable String param;

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(Error source) {
			this.code = source.code();
			this.message = source.message();
			this.param = source.param();
			this.type = source.type();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A string (the API description says no more).
		 * @param code the value
		 * @return this builder
		 */
		public Builder code(@Nullable String code) {
			this.code = code;
			return this;
		}

		/**
		 * A string (the API description says no more).
		 * @param message the value (required)
		 * @return this builder
		 */
		public Builder message(@Nullable String message) {
			this.message = message;
			return this;
		}

		/**
		 * A string (the API description says no more).
		 * @param param the value
		 * @return this builder
		 */
		public Builder param(@Nullable String param) {
			this.param = param;
			return this;
		}

		/**
		 * A string (the API description says no more).
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
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
		public Error build() {
			return new Error(this.code, Objects.requireNonNull(this.message, "'message' is required"), this.param,
					Objects.requireNonNull(this.type, "'type' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Error} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Error> {

		Reader() {
			super(Error.class, "code", "message", "param", "type");
		}

		@Override
		protected Error create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Error((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link Error} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Error> {

		Writer() {
			super(Error.class, "code", "message", "param", "type");
		}

		@Override
		protected @Nullable Object value(Error record, int index) {
			return switch (index) {
				case 0 -> record.code();
				case 1 -> record.message();
				case 2 -> record.param();
				case 3 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Error record) {
			return record.additionalProperties();
		}

	}
}
