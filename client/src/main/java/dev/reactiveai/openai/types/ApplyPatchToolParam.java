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
 * Allows the assistant to create, delete, or update files using unified diffs.
 *
 * @param type The type of the tool. Always {@code apply_patch}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ApplyPatchToolParam.Reader.class)
public record ApplyPatchToolParam(@JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	/**
	 * Creates a {@link ApplyPatchToolParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the tool.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ApplyPatchToolParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ApplyPatchToolParam}.
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
	 * Builds a {@link ApplyPatchToolParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "apply_patch";
		}

		private Builder(ApplyPatchToolParam source) {
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
		public ApplyPatchToolParam build() {
			return new ApplyPatchToolParam(this.type, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ApplyPatchToolParam} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ApplyPatchToolParam> {

		Reader() {
			super(ApplyPatchToolParam.class, "type");
		}

		@Override
		protected ApplyPatchToolParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ApplyPatchToolParam((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ApplyPatchToolParam} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ApplyPatchToolParam> {

		Writer() {
			super(ApplyPatchToolParam.class, "type");
		}

		@Override
		protected @Nullable Object value(ApplyPatchToolParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ApplyPatchToolParam record) {
			return record.additionalProperties();
		}

	}
}
