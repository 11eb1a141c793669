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
 * An object with {@code text}.
 *
 * @param text A string (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateTranslationResponseJson.Reader.class)
public record CreateTranslationResponseJson(@JsonProperty("text") String text,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			AudioTranslationsCreateResponse {

	/**
	 * Creates a {@link CreateTranslationResponseJson}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param text A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateTranslationResponseJson {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateTranslationResponseJson}.
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
	 * Builds a {@link CreateTranslationResponseJson}.
	 */
	public static final class Builder {

		private @Nullable String text;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateTranslationResponseJson source) {
			this.text = source.text();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A string (the API description says no more).
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
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
		public CreateTranslationResponseJson build() {
			return new CreateTranslationResponseJson(Objects.requireNonNull(this.text, "'text' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateTranslationResponseJson} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateTranslationResponseJson> {

		Reader() {
			super(CreateTranslationResponseJson.class, "text");
		}

		@Override
		protected CreateTranslationResponseJson create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateTranslationResponseJson((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateTranslationResponseJson} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateTranslationResponseJson> {

		Writer() {
			super(CreateTranslationResponseJson.class, "text");
		}

		@Override
		protected @Nullable Object value(CreateTranslationResponseJson record, int index) {
			return switch (index) {
				case 0 -> record.text();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateTranslationResponseJson record) {
			return record.additionalProperties();
		}

	}
}
