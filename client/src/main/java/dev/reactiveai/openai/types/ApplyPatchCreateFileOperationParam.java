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
 * Instruction for creating a new file via the apply_patch tool.
 *
 * @param type The operation type. Always {@code create_file}.
 * @param path Path of the file to create relative to the workspace root.
 * @param diff Unified diff content to apply when creating the file.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ApplyPatchCreateFileOperationParam.Reader.class)
public record ApplyPatchCreateFileOperationParam(@JsonProperty("type") String type, @JsonProperty("path") String path,
		@JsonProperty("diff") String diff,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ApplyPatchOperationParam {

	/**
	 * Creates a {@link ApplyPatchCreateFileOperationParam}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The operation type.
	 * @param path Path of the file to create relative to the workspace root.
	 * @param diff Unified diff content to apply when creating the file.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ApplyPatchCreateFileOperationParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ApplyPatchCreateFileOperationParam}.
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
	 * Builds a {@link ApplyPatchCreateFileOperationParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String path;

		private @Nullable String diff;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "create_file";
		}

		private Builder(ApplyPatchCreateFileOperationParam source) {
			this.type = source.type();
			this.path = source.path();
			this.diff = source.diff();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Path of the file to create relative to the workspace root.
		 * @param path the value (required)
		 * @return this builder
		 */
		public Builder path(@Nullable String path) {
			this.path = path;
			return this;
		}

		/**
		 * Unified diff content to apply when creating the file.
		 * @param diff the value (required)
		 * @return this builder
		 */
		public Builder diff(@Nullable String diff) {
			this.diff = diff;
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
		public ApplyPatchCreateFileOperationParam build() {
			return new ApplyPatchCreateFileOperationParam(this.type,
					Objects.requireNonNull(this.path, "'path' is required"),
					Objects.requireNonNull(this.diff, "'diff' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ApplyPatchCreateFileOperationParam} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ApplyPatchCreateFileOperationParam> {

		Reader() {
			super(ApplyPatchCreateFileOperationParam.class, "type", "path", "diff");
		}

		@Override
		protected ApplyPatchCreateFileOperationParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ApplyPatchCreateFileOperationParam((String) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ApplyPatchCreateFileOperationParam} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ApplyPatchCreateFileOperationParam> {

		Writer() {
			super(ApplyPatchCreateFileOperationParam.class, "type", "path", "diff");
		}

		@Override
		protected @Nullable Object value(ApplyPatchCreateFileOperationParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.path();
				case 2 -> record.diff();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ApplyPatchCreateFileOperationParam record) {
			return record.additionalProperties();
		}

	}
}
