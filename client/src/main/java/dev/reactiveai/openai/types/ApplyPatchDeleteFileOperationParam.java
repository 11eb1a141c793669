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
 * Instruction for deleting an existing file via the apply_patch tool.
 *
 * @param type The operation type. Always {@code delete_file}.
 * @param path Path of the file to delete relative to the workspace root.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ApplyPatchDeleteFileOperationParam.Reader.class)
public record ApplyPatchDeleteFileOperationParam(@JsonProperty("type") String type, @JsonProperty("path") String path,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ApplyPatchOperationParam {

	/**
	 * Creates a {@link ApplyPatchDeleteFileOperationParam}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The operation type.
	 * @param path Path of the file to delete relative to the workspace root.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ApplyPatchDeleteFileOperationParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ApplyPatchDeleteFileOperationParam}.
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
	 * Builds a {@link ApplyPatchDeleteFileOperationParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String path;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "delete_file";
		}

		private Builder(ApplyPatchDeleteFileOperationParam source) {
			this.type = source.type();
			this.path = source.path();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Path of the file to delete relative to the workspace root.
		 * @param path the value (required)
		 * @return this builder
		 */
		public Builder path(@Nullable String path) {
			this.path = path;
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
		public ApplyPatchDeleteFileOperationParam build() {
			return new ApplyPatchDeleteFileOperationParam(this.type,
					Objects.requireNonNull(this.path, "'path' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ApplyPatchDeleteFileOperationParam} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ApplyPatchDeleteFileOperationParam> {

		Reader() {
			super(ApplyPatchDeleteFileOperationParam.class, "type", "path");
		}

		@Override
		protected ApplyPatchDeleteFileOperationParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ApplyPatchDeleteFileOperationParam((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ApplyPatchDeleteFileOperationParam} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ApplyPatchDeleteFileOperationParam> {

		Writer() {
			super(ApplyPatchDeleteFileOperationParam.class, "type", "path");
		}

		@Override
		protected @Nullable Object value(ApplyPatchDeleteFileOperationParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.path();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ApplyPatchDeleteFileOperationParam record) {
			return record.additionalProperties();
		}

	}
}
