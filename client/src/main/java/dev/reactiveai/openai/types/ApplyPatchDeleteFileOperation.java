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
 * Instruction describing how to delete a file via the apply_patch tool.
 *
 * @param type Delete the specified file.
 * @param path Path of the file to delete.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ApplyPatchDeleteFileOperation.Reader.class)
public record ApplyPatchDeleteFileOperation(@JsonProperty("type") String type, @JsonProperty("path") String path,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ApplyPatchToolCall.Operation {

	/**
	 * Creates a {@link ApplyPatchDeleteFileOperation}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type Delete the specified file.
	 * @param path Path of the file to delete.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ApplyPatchDeleteFileOperation {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ApplyPatchDeleteFileOperation}.
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
	 * Builds a {@link ApplyPatchDeleteFileOperation}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String path;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "delete_file";
		}

		private Builder(ApplyPatchDeleteFileOperation source) {
			this.type = source.type();
			this.path = source.path();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Path of the file to delete.
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
		public ApplyPatchDeleteFileOperation build() {
			return new ApplyPatchDeleteFileOperation(this.type, Objects.requireNonNull(this.path, "'path' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ApplyPatchDeleteFileOperation} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ApplyPatchDeleteFileOperation> {

		Reader() {
			super(ApplyPatchDeleteFileOperation.class, "type", "path");
		}

		@Override
		protected ApplyPatchDeleteFileOperation create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ApplyPatchDeleteFileOperation((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ApplyPatchDeleteFileOperation} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ApplyPatchDeleteFileOperation> {

		Writer() {
			super(ApplyPatchDeleteFileOperation.class, "type", "path");
		}

		@Override
		protected @Nullable Object value(ApplyPatchDeleteFileOperation record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.path();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ApplyPatchDeleteFileOperation record) {
			return record.additionalProperties();
		}

	}
}
