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
 * Confirmation payload returned after deleting a thread.
 *
 * @param id Identifier of the deleted thread.
 * @param object Type discriminator that is always {@code chatkit.thread.deleted}.
 * @param deleted Indicates that the thread has been deleted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DeletedThreadResource.Reader.class)
public record DeletedThreadResource(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("deleted") Boolean deleted,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link DeletedThreadResource}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id Identifier of the deleted thread.
	 * @param object Type discriminator that is always {@code chatkit.thread.deleted}.
	 * @param deleted Indicates that the thread has been deleted.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DeletedThreadResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DeletedThreadResource}.
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
	 * Builds a {@link DeletedThreadResource}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Boolean deleted;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "chatkit.thread.deleted";
		}

		private Builder(DeletedThreadResource source) {
			this.id = source.id();
			this.object = source.object();
			this.deleted = source.deleted();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the deleted thread.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Indicates that the thread has been deleted.
		 * @param deleted the value (required)
		 * @return this builder
		 */
		public Builder deleted(@Nullable Boolean deleted) {
			this.deleted = deleted;
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
		public DeletedThreadResource build() {
			return new DeletedThreadResource(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.deleted, "'deleted' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DeletedThreadResource} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DeletedThreadResource> {

		Reader() {
			super(DeletedThreadResource.class, "id", "object", "deleted");
		}

		@Override
		protected DeletedThreadResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new DeletedThreadResource((String) values[0], (String) values[1], (Boolean) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link DeletedThreadResource} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DeletedThreadResource> {

		Writer() {
			super(DeletedThreadResource.class, "id", "object", "deleted");
		}

		@Override
		protected @Nullable Object value(DeletedThreadResource record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.deleted();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DeletedThreadResource record) {
			return record.additionalProperties();
		}

	}
}
