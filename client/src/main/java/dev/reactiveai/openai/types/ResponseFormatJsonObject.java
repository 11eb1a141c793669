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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * JSON object response format. An older method of generating JSON responses. Using
 * {@code json_schema} is recommended for models that support it. Note that the model will
 * not generate JSON without a system or user message instructing it to do so.
 *
 * @param type The type of response format being defined. Always {@code json_object}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseFormatJsonObject.Reader.class)
public record ResponseFormatJsonObject(@JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			AssistantsApiResponseFormatOption,
			CreateChatCompletionRequest.ResponseFormat,
			CreateEvalCompletionsRunDataSource.SamplingParams.ResponseFormat,
			TextResponseFormatConfiguration {

	/**
	 * Creates a {@link ResponseFormatJsonObject}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of response format being defined.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseFormatJsonObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseFormatJsonObject}.
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
	 * Builds a {@link ResponseFormatJsonObject}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "json_object";
		}

		private Builder(ResponseFormatJsonObject source) {
			this.type = source.type();
			this.additionalProperties.putAll(source.additionalProperties());
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
		public ResponseFormatJsonObject build() {
			return new ResponseFormatJsonObject(this.type, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseFormatJsonObject} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseFormatJsonObject> {

		Reader() {
			super(ResponseFormatJsonObject.class, "type");
		}

		@Override
		protected ResponseFormatJsonObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseFormatJsonObject((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseFormatJsonObject} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseFormatJsonObject> {

		Writer() {
			super(ResponseFormatJsonObject.class, "type");
		}

		@Override
		protected @Nullable Object value(ResponseFormatJsonObject record, int index) {
			return switch (index) {
				case 0 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseFormatJsonObject record) {
			return record.additionalProperties();
		}

	}
}
