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
 * Code interpreter tool
 *
 * @param type The type of tool being defined: {@code code_interpreter}
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AssistantToolsCode.Reader.class)
@SuppressWarnings("deprecation")
public record AssistantToolsCode(@JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			Assistant.Tool,
			CreateAssistantRequest.Tool,
			CreateMessageRequest.Attachment.Tool,
			CreateRunRequest.Tool,
			CreateThreadAndRunRequest.Tool,
			MessageObject.Attachment.Tool,
			ModifyAssistantRequest.Tool,
			Run.Tool {

	/**
	 * Creates a {@link AssistantToolsCode}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of tool being defined: {@code code_interpreter}
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AssistantToolsCode {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AssistantToolsCode}.
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
	 * Builds a {@link AssistantToolsCode}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "code_interpreter";
		}

		private Builder(AssistantToolsCode source) {
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
		public AssistantToolsCode build() {
			return new AssistantToolsCode(this.type, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AssistantToolsCode} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AssistantToolsCode> {

		Reader() {
			super(AssistantToolsCode.class, "type");
		}

		@Override
		protected AssistantToolsCode create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AssistantToolsCode((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AssistantToolsCode} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AssistantToolsCode> {

		Writer() {
			super(AssistantToolsCode.class, "type");
		}

		@Override
		protected @Nullable Object value(AssistantToolsCode record, int index) {
			return switch (index) {
				case 0 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AssistantToolsCode record) {
			return record.additionalProperties();
		}

	}
}
