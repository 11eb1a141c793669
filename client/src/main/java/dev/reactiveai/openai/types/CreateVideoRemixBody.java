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
 * Parameters for remixing an existing generated video.
 *
 * @param prompt Updated text prompt that directs the remix generation.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateVideoRemixBody.Reader.class)
public record CreateVideoRemixBody(@JsonProperty("prompt") String prompt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateVideoRemixBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param prompt Updated text prompt that directs the remix generation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateVideoRemixBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateVideoRemixBody}.
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
	 * Builds a {@link CreateVideoRemixBody}.
	 */
	public static final class Builder {

		private @Nullable String prompt;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateVideoRemixBody source) {
			this.prompt = source.prompt();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Updated text prompt that directs the remix generation.
		 * @param prompt the value (required)
		 * @return this builder
		 */
		public Builder prompt(@Nullable String prompt) {
			this.prompt = prompt;
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
		public CreateVideoRemixBody build() {
			return new CreateVideoRemixBody(Objects.requireNonNull(this.prompt, "'prompt' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateVideoRemixBody} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateVideoRemixBody> {

		Reader() {
			super(CreateVideoRemixBody.class, "prompt");
		}

		@Override
		protected CreateVideoRemixBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateVideoRemixBody((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateVideoRemixBody} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateVideoRemixBody> {

		Writer() {
			super(CreateVideoRemixBody.class, "prompt");
		}

		@Override
		protected @Nullable Object value(CreateVideoRemixBody record, int index) {
			return switch (index) {
				case 0 -> record.prompt();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateVideoRemixBody record) {
			return record.additionalProperties();
		}

	}
}
