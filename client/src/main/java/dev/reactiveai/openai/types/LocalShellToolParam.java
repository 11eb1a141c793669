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
 * A tool that allows the model to execute shell commands in a local environment.
 *
 * @param type The type of the local shell tool. Always {@code local_shell}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = LocalShellToolParam.Reader.class)
public record LocalShellToolParam(@JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	/**
	 * Creates a {@link LocalShellToolParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the local shell tool.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public LocalShellToolParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link LocalShellToolParam}.
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
	 * Builds a {@link LocalShellToolParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "local_shell";
		}

		private Builder(LocalShellToolParam source) {
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
		public LocalShellToolParam build() {
			return new LocalShellToolParam(this.type, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link LocalShellToolParam} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<LocalShellToolParam> {

		Reader() {
			super(LocalShellToolParam.class, "type");
		}

		@Override
		protected LocalShellToolParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new LocalShellToolParam((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link LocalShellToolParam} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<LocalShellToolParam> {

		Writer() {
			super(LocalShellToolParam.class, "type");
		}

		@Override
		protected @Nullable Object value(LocalShellToolParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(LocalShellToolParam record) {
			return record.additionalProperties();
		}

	}
}
